import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActivityDetailView } from "@/components/activities/activity-detail";
import { CommentSection } from "@/components/comments/comment-section";
import {
  ActivityStatusBadgeLive,
  ActivityStatusFields,
  ActivityToolbar,
  EditingScope,
} from "@/components/editing/record-editing";
import { loadTimeline } from "@/components/timeline/load";
import { RecordTimeline } from "@/components/timeline/record-timeline";
import { can } from "@/lib/auth/permissions";
import { getActivity } from "@/lib/activities/data";
import { listComments } from "@/lib/comments/data";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { requireLocale } from "@/lib/i18n/routing";
import { notFoundMetadata } from "../../not-found-metadata";
import { createCommentAction, deleteCommentAction, updateCommentAction } from "../comment-actions";

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
  const [history, comments] = await Promise.all([
    loadTimeline(viewer, "activity", activity.id),
    // Comments name people and states: visitors who may not read them see no section at all.
    can(viewer, "read", "comment") ? listComments(viewer, { activityId: activity.id }) : null,
  ]);
  const footer = (
    <>
      {comments && (
        <CommentSection
          activityId={activity.id}
          comments={comments}
          viewer={viewer}
          actions={{ create: createCommentAction, update: updateCommentAction, remove: deleteCommentAction }}
        />
      )}
      {history && <RecordTimeline resource="activity" events={history} />}
    </>
  );
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
