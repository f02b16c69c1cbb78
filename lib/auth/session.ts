import "server-only";
import type { Viewer } from "./viewer";

/**
 * The signed-in user behind the session cookie in `requestHeaders`, or null.
 * Placeholder until better-auth is wired in (issue: accounts and roles): no sessions exist yet.
 */
export async function viewerForSession(_requestHeaders: Headers): Promise<Viewer | null> {
  return null;
}
