import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { getAuth, SESSION_COOKIE } from "./auth";
import type { Viewer } from "./viewer";

/**
 * The signed-in user behind the session cookie in `requestHeaders`, or null: no cookie, an
 * unknown or expired session, or a disabled account. better-auth resolves the session (database,
 * no cookie cache); role, member state and the disabled flag are then read from our User row, so
 * a role change or a disabling applies to the very next request.
 */
export async function viewerForSession(requestHeaders: Headers): Promise<Viewer | null> {
  const cookie = requestHeaders.get("cookie");
  // Anonymous readers are most requests: no session cookie, no query.
  if (!cookie?.includes(SESSION_COOKIE)) return null;
  return viewerForCookie(cookie);
}

// Once per request in server components (the header and the page both ask); React's cache is a
// plain call elsewhere (route handlers, tests).
const viewerForCookie = cache(async (cookie: string): Promise<Viewer | null> => {
  const session = await getAuth().api.getSession({ headers: new Headers({ cookie }) });
  if (!session) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, role: true, memberStateId: true, disabledAt: true, digits: true, showHijri: true },
  });
  if (!user || user.disabledAt) return null;
  return {
    kind: "user",
    userId: user.id,
    role: user.role,
    memberStateId: user.memberStateId,
    name: user.name,
    // Read here with the account, so pages need no second query for them.
    display: { digits: user.digits, hijri: user.showHijri },
  };
});
