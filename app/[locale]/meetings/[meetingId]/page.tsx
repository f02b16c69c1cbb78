import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MeetingToolbar } from "@/components/editing/record-editing";
import { MeetingDetailView } from "@/components/meetings/meeting-detail";
import { loadTimeline } from "@/components/timeline/load";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../../not-found-metadata";
import { getMeeting } from "@/lib/meetings/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; meetingId: string }> };

const load = cache(async (meetingId: string) => getMeeting(await getViewer(), meetingId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, meetingId } = await params;
  const locale = requireLocale(segment);
  const meeting = await load(meetingId);
  return meeting ? { title: pickText(meeting.title, locale).text } : notFoundMetadata(locale);
}

export default async function MeetingPage({ params }: Props) {
  const { locale: segment, meetingId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const [viewer, meeting] = await Promise.all([getViewer(), load(meetingId)]);
  if (!meeting) notFound();
  const history = await loadTimeline(viewer, "meeting", meeting.id);
  return (
    <MeetingDetailView
      meeting={meeting}
      slots={{
        // Editing links only for roles the permissions table lets edit; the server checks every write.
        actions: can(viewer, "update", "meeting") && <MeetingToolbar meetingId={meeting.id} />,
        footer: history && <RecordTimeline resource="meeting" events={history} />,
      }}
    />
  );
}
