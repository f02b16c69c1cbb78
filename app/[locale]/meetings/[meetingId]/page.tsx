import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MeetingDetailView } from "@/components/meetings/meeting-detail";
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
  const meeting = await load(meetingId);
  if (!meeting) notFound();
  return <MeetingDetailView meeting={meeting} />;
}
