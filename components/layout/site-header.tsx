import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/locales";
import { AccountNav } from "@/components/auth/account-nav";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader() {
  const t = useTranslations();
  const locale = useLocale();
  const other = locales.find((l) => l !== locale) ?? locale;

  return (
    <header className="bg-brand-900 text-white" data-print="hide">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-3 rounded text-white no-underline">
          <Mark />
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold">{t("app.name")}</span>
            <span className="hidden text-xs text-brand-100 sm:block">{t("footer.process")}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <nav aria-label={t("a11y.mainNav")}>
            <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm font-medium">
              <li>
                <Link href="/plans" className="text-white underline-offset-4 hover:underline">
                  {t("nav.plans")}
                </Link>
              </li>
              <li>
                <Link href="/activities" className="text-white underline-offset-4 hover:underline">
                  {t("nav.activities")}
                </Link>
              </li>
              <li>
                <Link href="/meetings" className="text-white underline-offset-4 hover:underline">
                  {t("nav.meetings")}
                </Link>
              </li>
              <li>
                <Link href="/deliverables" className="text-white underline-offset-4 hover:underline">
                  {t("nav.documents")}
                </Link>
              </li>
              <li>
                <Link href="/member-states" className="text-white underline-offset-4 hover:underline">
                  {t("nav.memberStates")}
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitch
            locale={other}
            label={t("languageSwitch.label")}
            className="rounded border border-brand-200/60 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800"
          />
          <AccountNav />
        </div>
      </div>
    </header>
  );
}

/** Decorative mark: two arcs converging, for a process that follows plans through to results. */
function Mark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-9 shrink-0">
      <rect width="32" height="32" rx="7" className="fill-brand-700" />
      <path
        d="M8 22 L14 12 L18 18 L24 9"
        fill="none"
        stroke="#e9d79f"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="24" cy="9" r="2.2" fill="#e9d79f" />
    </svg>
  );
}
