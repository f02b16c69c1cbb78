import { useTranslations } from "next-intl";
import { DateRange } from "@/components/ui/dates";
import { Localized } from "@/components/ui/localized";
import { MeetingKindBadge, MeetingStatusBadge } from "@/components/records/status-badges";
import { Link } from "@/lib/i18n/navigation";
import type { MeetingSummary } from "@/lib/meetings/dto";

/** A meeting in the list view and under "during the month": title, dates, city, kind and status. */
export function MeetingItem({ meeting }: { meeting: MeetingSummary }) {
  const t = useTranslations("meeting");
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6 print:break-inside-avoid">
      <div className="min-w-0">
        <Link
          href={`/meetings/${meeting.id}`}
          className="font-medium text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
        >
          <Localized value={meeting.title} />
        </Link>
        <p className="mt-1 text-sm text-slate-600">
          <DateRange start={meeting.startDate} end={meeting.endDate} precision={meeting.datePrecision} />
          {meeting.city && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">{t("city")}: </span>
              <Localized value={meeting.city} />
            </>
          )}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <MeetingKindBadge kind={meeting.kind} />
        <MeetingStatusBadge status={meeting.status} />
      </div>
    </li>
  );
}
