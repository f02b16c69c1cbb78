import { useTranslations } from "next-intl";
import { DateRange, PartialDate } from "@/components/ui/dates";
import { Localized } from "@/components/ui/localized";
import { Num } from "@/components/ui/numbers";
import type { PillarProgress, PlanDashboard, TimelineActivity } from "@/lib/dashboard/dto";
import { placeDay, placeSpan, timelineScale, type Span } from "@/lib/dashboard/timeline";
import { Link } from "@/lib/i18n/navigation";

// The Gantt-like view: a CSS grid, no script. Every position is an `inset-inline-start` and a
// width in percent of the plan's period, so the same markup runs right-to-left in Arabic. The
// chart scrolls sideways inside its own labelled region on a phone; every bar carries its dates
// as text, so nothing is told by position alone.

const BAR: Record<TimelineActivity["status"], string> = {
  completed: "bg-emerald-600",
  in_progress: "bg-sky-600",
  not_started: "bg-slate-400",
  postponed: "bg-amber-600",
  cancelled: "bg-rose-300",
};

const place = (span: Span) => ({ insetInlineStart: `${span.offset}%`, width: `${span.width}%` });

export function PlanTimeline({ dashboard, pillars }: { dashboard: PlanDashboard; pillars: PillarProgress[] }) {
  const t = useTranslations();
  const { plan, timeline } = dashboard;
  const scale = timelineScale(plan.startYear, plan.endYear);
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const today = placeDay(scale, dashboard.today);
  const undated = timeline.activities.filter((a) => !a.start && !a.end).length;
  const track = "relative h-6 flex-1";
  const label = "w-40 shrink-0 pe-3 text-xs sm:w-56";

  return (
    <div>
      <div
        role="region"
        aria-labelledby="dashboard-timeline"
        // A scrolling region must be reachable by keyboard to be scrolled.
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-3 focus-visible:outline-2 focus-visible:outline-brand-600 print:overflow-visible"
        data-testid="plan-timeline"
      >
        <div className="relative min-w-[44rem] print:min-w-0">
          <div className="flex" aria-hidden="true">
            <div className={label} />
            <div className="relative h-5 flex-1 border-b border-slate-300">
              {years.map((year, i) => (
                <span
                  key={year}
                  className="absolute top-0 border-s border-slate-300 ps-1 text-xs font-semibold text-slate-800"
                  style={{ insetInlineStart: `${(i / years.length) * 100}%`, width: `${100 / years.length}%` }}
                >
                  <PartialDate iso={`${year}-01-01`} precision="year" />
                </span>
              ))}
            </div>
          </div>
          <div className="flex" aria-hidden="true">
            <div className={label} />
            <div className="relative h-5 flex-1">
              {scale.months.map((month) => (
                <span
                  key={month.iso}
                  className="absolute top-0 border-s border-slate-200 text-center text-[0.65rem] text-slate-700"
                  style={{ insetInlineStart: `${month.offset}%`, width: `${month.width}%` }}
                  data-testid="timeline-month"
                  data-month={month.iso}
                >
                  <Num value={Number(month.iso.slice(5, 7))} />
                </span>
              ))}
            </div>
          </div>

          {pillars.map((pillar, index) => {
            const activities = timeline.activities.filter((a) => a.pillarId === pillar.id && (a.start || a.end));
            if (activities.length === 0) return null;
            return (
              <div key={pillar.id} className="mt-3">
                <h3 className="text-xs font-semibold text-gold-700">
                  {t("dashboard.progress.pillarShort", { number: String(index + 1) })}:{" "}
                  <Localized value={pillar.title} />
                </h3>
                <ul className="mt-1 space-y-1">
                  {activities.map((activity) => {
                    const span = placeSpan(scale, activity.start, activity.end, activity.datePrecision);
                    return (
                      <li key={activity.id} className="flex items-center" data-testid="timeline-activity">
                        <div className={label}>
                          <Link
                            href={`/activities/${activity.id}`}
                            className="line-clamp-1 text-brand-800 underline decoration-brand-200 underline-offset-2 hover:decoration-brand-700"
                          >
                            <Localized value={activity.title} />
                          </Link>
                          <span className="block text-slate-700">
                            <span className="sr-only">
                              {t(activity.actual ? "dashboard.timeline.actual" : "dashboard.timeline.planned")}:{" "}
                            </span>
                            {activity.start ? (
                              <DateRange start={activity.start} end={activity.end} precision={activity.datePrecision} />
                            ) : (
                              <PartialDate iso={activity.end!} precision={activity.datePrecision} />
                            )}
                            <span className="sr-only">, {t(`activityStatus.${activity.status}`)}</span>
                          </span>
                        </div>
                        <div className={`${track} rounded bg-slate-50`}>
                          {span ? (
                            <span
                              aria-hidden="true"
                              className={`absolute inset-y-1 rounded-sm ${BAR[activity.status]} ${activity.actual ? "" : "opacity-80 [background-image:repeating-linear-gradient(45deg,transparent_0_4px,rgb(255_255_255/0.35)_4px_8px)]"}`}
                              style={place(span)}
                            />
                          ) : (
                            <span className="absolute inset-y-0 start-1 text-xs text-slate-700">
                              {t("dashboard.timeline.outside")}
                            </span>
                          )}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}

          {timeline.meetings.length > 0 && (
            <div className="mt-4 flex items-center border-t border-slate-200 pt-2">
              <h3 className={`${label} font-semibold text-slate-800`}>{t("dashboard.timeline.meetings")}</h3>
              <ul className={track}>
                {timeline.meetings.map((meeting) => {
                  const at = placeDay(scale, meeting.date);
                  if (at === null) return null;
                  return (
                    <li
                      key={meeting.id}
                      className="absolute inset-y-0 flex items-center"
                      style={{ insetInlineStart: `${at}%` }}
                      data-testid="timeline-meeting"
                    >
                      <span
                        aria-hidden="true"
                        className="size-3 -translate-x-1/2 rotate-45 bg-brand-700 rtl:translate-x-1/2"
                      />
                      <span className="sr-only">
                        <Localized value={meeting.title} />,{" "}
                        <PartialDate iso={meeting.date} precision={meeting.datePrecision} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {today !== null && (
            <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 start-40 end-0 sm:start-56">
              <div
                className="absolute inset-y-0 border-s-2 border-dashed border-rose-500"
                style={{ insetInlineStart: `${today}%` }}
              >
                <span className="absolute -top-1 ms-1 text-[0.65rem] font-semibold text-rose-800">
                  {t("dashboard.timeline.today")}
                </span>
              </div>
            </div>
          )}
        </div>
      </div>
      {undated > 0 && (
        <p className="mt-2 text-sm text-slate-600">{t("dashboard.timeline.undated", { count: undated })}</p>
      )}
    </div>
  );
}
