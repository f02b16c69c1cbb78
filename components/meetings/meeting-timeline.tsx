import { useTranslations } from "next-intl";
import { DateRange } from "@/components/ui/dates";
import { Localized } from "@/components/ui/localized";
import { MeetingStatusBadge } from "@/components/records/status-badges";
import { Link } from "@/lib/i18n/navigation";
import type { MeetingSummary } from "@/lib/meetings/dto";

/** Meetings in the order given (the data layer sorts by date), drawn as a vertical timeline. */
export function MeetingTimeline({ meetings }: { meetings: MeetingSummary[] }) {
  const t = useTranslations();
  return (
    <ol
      aria-label={t("meeting.timelineLabel")}
      className="relative border-s-2 border-brand-100 ps-6"
      data-testid="meeting-timeline"
    >
      {meetings.map((meeting) => (
        <li key={meeting.id} className="relative pb-6 last:pb-0" data-testid="meeting-item">
          <span
            aria-hidden="true"
            className="absolute -start-[1.95rem] top-1.5 size-3 rounded-full border-2 border-white bg-brand-600 ring-2 ring-brand-100"
          />
          <p className="text-sm font-semibold text-slate-700">
            <DateRange start={meeting.startDate} end={meeting.endDate} precision={meeting.datePrecision} />
          </p>
          <p className="mt-0.5">
            <Link
              href={`/meetings/${meeting.id}`}
              className="font-medium text-brand-800 underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700"
            >
              <Localized value={meeting.title} />
            </Link>
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
            <span>{t(`meetingKind.${meeting.kind}`)}</span>
            {meeting.city && (
              <>
                <span aria-hidden="true">·</span>
                <Localized value={meeting.city} />
              </>
            )}
            <MeetingStatusBadge status={meeting.status} />
          </p>
        </li>
      ))}
    </ol>
  );
}
