import { useTranslations } from "next-intl";
import { PartialDate } from "@/components/ui/dates";
import { agendaGroups } from "@/lib/calendar/month";
import type { MeetingSummary } from "@/lib/meetings/dto";
import { MeetingItem } from "./meeting-item";

/** The list view: meetings in the order given, under "past" / "upcoming" and month headings. */
export function MeetingAgenda({ meetings, today }: { meetings: MeetingSummary[]; today: string }) {
  const t = useTranslations("calendar");
  if (meetings.length === 0) return <p className="text-sm text-slate-600">{t("noMeetings")}</p>;
  return (
    <div className="flex flex-col gap-8" data-testid="calendar-list">
      {agendaGroups(meetings, today).map((group, index) => (
        <section key={`${group.when}-${index}`} aria-labelledby={`agenda-${index}`}>
          <h2 id={`agenda-${index}`} className="border-b border-slate-200 pb-2 text-xl font-semibold text-brand-900">
            {t(group.when)}
          </h2>
          {group.months.map((run) => (
            <div key={run.month} className="mt-4">
              <h3 className="text-base font-semibold text-slate-800">
                <PartialDate iso={`${run.month}-01`} precision="month" />
              </h3>
              <ul className="divide-y divide-slate-100">
                {run.meetings.map((meeting) => (
                  <MeetingItem key={meeting.id} meeting={meeting} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
