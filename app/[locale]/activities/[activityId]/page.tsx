import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActivityDetailView } from "@/components/activities/activity-detail";
import { ActivityStatusBadgeLive, ActivityStatusFields, ActivityToolbar, EditingScope } from "@/components/editing/record-editing";
import { loadTimeline } from "@/components/timeline/load";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { can } from "@/lib/auth/permissions";
import { getActivity } from "@/lib/activities/data";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../../not-found-metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; activityId: string }> };

const load = cache(async (activityId: string) => getActivity(await getViewer(), activityId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, activityId } = await params;
  const locale = requireLocale(segment);
  const activity = await load(activityId);
  return activity ? { title: pickText(activity.title, locale).text } : notFoundMetadata(locale);
}

export default async function ActivityPage({ params }: Props) {
  const { locale: segment, activityId } = await params;
  const locale = requireLocale(segment);
  setRequestLocale(locale);
  const [viewer, activity] = await Promise.all([getViewer(), load(activityId)]);
  if (!activity) notFound();
  const history = await loadTimeline(viewer, "activity", activity.id);
  const footer = history && <RecordTimeline resource="activity" events={history} />;
  // Editing controls only for roles the permissions table lets edit; the server checks every write.
  if (!can(viewer, "update", "activity")) return <ActivityDetailView activity={activity} slots={{ footer }} />;
  return (
    <EditingScope>
      <ActivityDetailView
        activity={activity}
        slots={{
          actions: <ActivityToolbar activityId={activity.id} />,
          statusBadge: <ActivityStatusBadgeLive activity={activity} />,
          statusFields: <ActivityStatusFields activity={activity} />,
          footer,
        }}
      />
    </EditingScope>
  );
}
