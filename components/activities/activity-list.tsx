import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DateRange } from "@/components/ui/dates";
import { Localized } from "@/components/ui/localized";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ActivityStatusBadge } from "@/components/records/status-badges";
import type { ActivitySummary } from "@/lib/activities/dto";
import { Link } from "@/lib/i18n/navigation";

/** Replaces an activity's status badge and progress bar (the editors' quick status update). */
export type ActivityStatusSlot = (activity: ActivitySummary) => ReactNode;

export function ActivityList({ activities, status }: { activities: ActivitySummary[]; status?: ActivityStatusSlot }) {
  const t = useTranslations("activityType");
  return (
    <ul className="divide-y divide-slate-100">
      {activities.map((activity) => (
        <li
          key={activity.id}
          className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6"
        >
          <div className="min-w-0">
            <Link
              href={`/activities/${activity.id}`}
              className="font-medium text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
            >
              <Localized value={activity.title} />
            </Link>
            <p className="mt-1 text-sm text-slate-600">
              {t(activity.type)}
              {activity.plannedStart && (
                <>
                  <span aria-hidden="true"> · </span>
                  <DateRange
                    start={activity.plannedStart}
                    end={activity.plannedEnd}
                    precision={activity.datePrecision}
                  />
                </>
              )}
            </p>
          </div>
          {status ? (
            <div className="shrink-0">{status(activity)}</div>
          ) : (
            <div className="flex shrink-0 flex-wrap items-center gap-3 sm:flex-nowrap">
              <span className="sm:flex sm:w-28 sm:justify-end">
                <ActivityStatusBadge status={activity.status} />
              </span>
              <ProgressBar value={activity.progress} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
