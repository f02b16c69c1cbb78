import { useLocale, useTranslations } from "next-intl";

/**
 * Feed addresses for calendar apps: webcal:// opens the subscription dialog of the system's
 * calendar, the https address downloads the file (or pastes into "subscribe by URL" forms).
 */
export function SubscribeLinks({ host, planId }: { host: string; planId?: string }) {
  const t = useTranslations("calendar.subscribe");
  const locale = useLocale();
  const feeds = [
    { path: "/api/v1/meetings.ics", plan: false },
    ...(planId ? [{ path: `/api/v1/plans/${planId}/meetings.ics`, plan: true }] : []),
  ];
  const linkClass = "text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700";
  return (
    <section
      aria-labelledby="calendar-subscribe"
      className="mt-10 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:hidden"
    >
      <h2 id="calendar-subscribe" className="text-lg font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("intro")}</p>
      {feeds.map((feed) => {
        const address = `${feed.path}?locale=${locale}`;
        return (
          <div key={feed.path} className="mt-3">
            {feed.plan && <p className="text-sm font-medium text-slate-800">{t("plan")}</p>}
            <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-2 text-sm">
              <li>
                <a href={`webcal://${host}${address}`} className={linkClass}>
                  {t("webcal")}
                </a>
              </li>
              <li>
                <a href={address} className={linkClass}>
                  {t("download")}
                </a>
              </li>
            </ul>
          </div>
        );
      })}
      <p className="mt-3 text-xs text-slate-600">{t("tokenNote")}</p>
    </section>
  );
}
