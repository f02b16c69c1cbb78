import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MeetingsView, type CalendarView } from "@/components/calendar/meetings-view";
import { cleanParams } from "@/components/lists/params";
import { getViewer } from "@/lib/auth/viewer";
import { monthBounds, monthOf, parseMonth } from "@/lib/calendar/month";
import { requireLocale } from "@/lib/i18n/routing";
import { parseListParams, type RawSearchParams } from "@/lib/lists/query";
import { countMeetings, listMeetings, nextMeetingDate } from "@/lib/meetings/data";
import { MeetingListQuery } from "@/lib/meetings/schema";
import { listMemberStates } from "@/lib/member-states/data";
import { listPlans } from "@/lib/plans/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment } = await params;
  const t = await getTranslations({ locale: requireLocale(segment), namespace: "calendar" });
  return { title: t("title") };
}

// /meetings?view=month&month=2023-12 (the default view, opening on the month of the next
// meeting) or ?view=list (chronological, paged), both with the list filters.
export default async function MeetingsPage({ params, searchParams }: Props) {
  const { locale: segment } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const raw = await searchParams;
  const { query, ignored } = parseListParams(MeetingListQuery, raw);
  const viewer = await getViewer();
  const today = new Date().toISOString().slice(0, 10);
  const asked = typeof raw.month === "string" ? parseMonth(raw.month) : null;
  if (raw.month !== undefined && !asked) ignored.push("month");

  let calendar: CalendarView;
  let meetings;
  if (raw.view === "list") {
    const page = query.page ?? 1;
    const [rows, total] = await Promise.all([
      listMeetings(viewer, { ...query, page }, { locale }),
      countMeetings(viewer, query),
    ]);
    calendar = { view: "list", page, total };
    meetings = rows;
  } else {
    const month = asked ?? monthOf((await nextMeetingDate(viewer, today)) ?? today);
    const { first, last } = monthBounds(month);
    // The month replaces any from/to of the list view.
    meetings = await listMeetings(viewer, { ...query, from: first, to: last, sort: undefined, page: undefined });
    calendar = { view: "month", month };
  }
  const [plans, memberStates, requestHeaders] = await Promise.all([
    listPlans(viewer),
    listMemberStates(viewer),
    headers(),
  ]);
  return (
    <MeetingsView
      calendar={calendar}
      meetings={meetings}
      params={cleanParams(raw, ignored)}
      ignored={ignored}
      today={today}
      host={requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost"}
      plans={plans}
      memberStates={memberStates}
    />
  );
}
