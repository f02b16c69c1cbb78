import "server-only";
import { headers } from "next/headers";
import type { UserRole } from "@/lib/db/generated/enums";
import type { DisplayPreferences } from "@/lib/i18n/display";

/** Who is asking. Every read and write in lib/<feature>/data.ts and mutations.ts takes one. */
export type Viewer =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      role: UserRole;
      memberStateId: string | null;
      name?: string;
      /** The reader's digits and Hijri choice, when the session lookup read them with the account. */
      display?: DisplayPreferences;
    };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/**
 * The viewer behind a request's headers: a personal API token (`Authorization: Bearer`) or the
 * browser's session cookie. Anything else, including a disabled account, is anonymous.
 */
export async function viewerFromHeaders(requestHeaders: Headers): Promise<Viewer> {
  const authorization = requestHeaders.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    const { viewerForApiToken } = await import("./api-tokens");
    return (await viewerForApiToken(authorization.slice(7).trim())) ?? ANONYMOUS;
  }
  const { viewerForSession } = await import("./session");
  return (await viewerForSession(requestHeaders)) ?? ANONYMOUS;
}

/** For route handlers. */
export function viewerFromRequest(request: Request): Promise<Viewer> {
  return viewerFromHeaders(request.headers);
}

/** For server components and server actions (reads the current request's headers). */
export async function getViewer(): Promise<Viewer> {
  return viewerFromHeaders(await headers());
}
