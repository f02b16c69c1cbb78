import "server-only";
import type { z } from "zod";
import { viewerFromRequest, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/errors";
import { requestLocale } from "./locale";
import { isCrossOrigin } from "./origin";
import { errorResponse } from "./respond";

// The one wrapper every /api/v1 route handler goes through: it refuses cross-site changes,
// resolves the viewer (API token or session) and the locale, and turns anything thrown into the
// error shape. Authorisation is not decided here but in the data layer each handler calls.

export interface ApiContext<P> {
  request: Request;
  viewer: Viewer;
  locale: Locale;
  params: P;
  /** The JSON body; 400 `bad_request` when it is not JSON. An empty body is `undefined`. */
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

export function api<P extends Record<string, string> = Record<string, never>>(
  handler: (context: ApiContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    const locale = requestLocale(request);
    try {
      if (isCrossOrigin(request)) throw new AppError("cross_origin");
      const [viewer, params] = await Promise.all([viewerFromRequest(request), context.params]);
      const url = new URL(request.url);
      const body = async (): Promise<unknown> => {
        const text = await request.text();
        if (text.trim() === "") return undefined;
        try {
          return JSON.parse(text) as unknown;
        } catch (cause) {
          throw new AppError("bad_request", { cause });
        }
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
