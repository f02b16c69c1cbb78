import "server-only";
import type { z } from "zod";
import { viewerFromRequest, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/errors";
import { checkAnnouncedLength, JSON_BODY_LIMIT, readJson } from "@/lib/http/body";
import { requestLocale } from "./locale";
import { isCrossOrigin } from "./origin";
import { errorResponse } from "./respond";

// The one wrapper every /api/v1 route handler goes through: it refuses cross-site changes,
// resolves the viewer (API token or session) and the locale, and turns anything thrown into the
// error shape. Authorisation is not decided here but in the data layer each handler calls;
// what is decided here is that nobody gets a body read before saying who they are: an anonymous
// caller may not send one (401 before a byte is read) unless the route says anonymous callers
// may (`anonymousBody`), and every body is read with a budget (lib/api/body.ts).

export interface ApiContext<P> {
  request: Request;
  viewer: Viewer;
  locale: Locale;
  params: P;
  /**
   * The JSON body; 400 `bad_request` when it is not JSON, 413 beyond 1 MB, 401 for an anonymous
   * caller of a route without `anonymousBody`. An empty body is `undefined`.
   */
  body(): Promise<unknown>;
  /** The query string parsed with `schema` (422 with fields when it does not fit). */
  query<S extends z.ZodType>(schema: S): z.output<S>;
  /**
   * A DELETE's input: `?version=` when given, else the JSON body (`{ "version" }`), so scripts
   * and browsers (where DELETE bodies are unusual) can both send it.
   */
  deleteInput(): Promise<unknown>;
}

type RouteContext<P> = { params: Promise<P> };

export interface ApiOptions {
  /** Anonymous callers may send a body (the report jobs of public plans). */
  anonymousBody?: boolean;
  /** The largest body the route takes, in bytes (JSON_BODY_LIMIT unless it takes uploads). */
  bodyLimit?: number;
}

export function api<P extends Record<string, string> = Record<string, never>>(
  handler: (context: ApiContext<P>) => Promise<Response>,
  options: ApiOptions = {},
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    const locale = requestLocale(request);
    try {
      if (isCrossOrigin(request)) throw new AppError("cross_origin");
      // An announced length over the limit costs nothing to refuse, not even a session lookup.
      checkAnnouncedLength(request, options.bodyLimit ?? JSON_BODY_LIMIT);
      const [viewer, params] = await Promise.all([viewerFromRequest(request), context.params]);
      const url = new URL(request.url);
      const body = async (): Promise<unknown> => {
        if (viewer.kind === "anonymous" && !options.anonymousBody) throw new AppError("unauthorized");
        return readJson(request);
      };
      return await handler({
        request,
        viewer,
        locale,
        params,
        body,
        query: (schema) => {
          const entries = Object.fromEntries([...url.searchParams].filter(([name]) => name !== "locale"));
          return parseInput(schema, entries);
        },
        deleteInput: async () => {
          const version = url.searchParams.get("version");
          if (version === null) return (await body()) ?? {};
          return { version: /^\d+$/.test(version) ? Number(version) : version };
        },
      });
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}
