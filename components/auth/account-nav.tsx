import { getLocale, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";
import { SignInLink } from "./sign-in-link";
import { signOutAction } from "./sign-out-action";

const linkClass = "text-white underline-offset-4 hover:underline";

/**
 * The header's account corner: a "Sign in" link for visitors; for a signed-in user their name and
 * role, a link to their account (and to user administration for admins) and a sign-out button.
 * Showing a link is never the guard: each page checks the viewer again.
 */
export async function AccountNav() {
  const [viewer, locale, t, statePage] = await Promise.all([
    getViewer(),
    getLocale(),
    getTranslations("auth"),
    getTranslations("memberStatePage"),
  ]);
  if (viewer.kind === "anonymous") {
    return (
      <SignInLink
        label={t("signIn")}
        className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-900 hover:bg-brand-50"
      />
    );
  }
  const role = t(`roles.${viewer.role}`);
  const state = viewer.memberStateId
    ? new Intl.DisplayNames([locale], { type: "region" }).of(viewer.memberStateId)
    : undefined;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="account-menu">
      <span className="flex flex-col leading-tight">
        <span className="font-semibold" data-testid="user-name">
          {viewer.name}
        </span>
        <span className="text-xs text-brand-100" data-testid="user-role">
          {state ? t("roleOfState", { role, state }) : role}
        </span>
      </span>
      <nav aria-label={t("accountMenu")}>
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
          {viewer.role === "focal_point" && viewer.memberStateId && (
            <li>
              <Link href={`/member-states/${viewer.memberStateId}`} className={linkClass} data-testid="my-state">
                {statePage("myState")}
              </Link>
            </li>
          )}
          <li>
            <Link href="/account" className={linkClass}>
              {t("myAccount")}
            </Link>
          </li>
          {viewer.role === "admin" && (
            <li>
              <Link href="/admin/users" className={linkClass}>
                {t("users")}
              </Link>
            </li>
          )}
          <li>
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button
                type="submit"
                className="rounded border border-brand-200/60 px-3 py-1 font-medium text-white hover:bg-brand-800"
              >
                {t("signOut")}
              </button>
            </form>
          </li>
        </ul>
      </nav>
    </div>
  );
}
