import "server-only";
import { forbidden } from "next/navigation";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";

/**
 * The viewer of an editing page, when their role may `action` a `resource`: visitors are sent
 * to sign in (and back), other roles get the 403 "not allowed" page (app/[locale]/forbidden.tsx):
 * the record exists and they may read it, so "page not found" would be untrue. The mutations
 * check again on every write; this only spares them a form they cannot use.
 */
export async function requireEditor(
  locale: Locale,
  action: Action,
  resource: Resource,
  returnPath: string,
): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer.kind === "anonymous") {
    return redirect({ href: { pathname: "/sign-in", query: { next: returnPath } }, locale });
  }
  if (!can(viewer, action, resource)) forbidden();
  return viewer;
}
