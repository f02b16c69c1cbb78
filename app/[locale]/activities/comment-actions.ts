"use server";

import { text, version } from "@/lib/forms/decode";
import type { EditState } from "@/lib/forms/edit-state";
import { runEdit } from "@/lib/actions/run-action";
import { createComment, deleteComment, updateComment } from "@/lib/comments/mutations";

// Server actions of the comments on an activity's page; each leads back to the comments.

const comments = (activityId: string) => `/activities/${activityId}#comments`;

export async function createCommentAction(
  activityId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await createComment(viewer, { activityId, body: text(formData, "body") });
    return comments(activityId);
  });
}

export async function updateCommentAction(
  activityId: string,
  commentId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await updateComment(viewer, commentId, { body: text(formData, "body"), version: version(formData) });
    return comments(activityId);
  });
}

export async function deleteCommentAction(
  activityId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await deleteComment(viewer, String(formData.get("id")), { version: version(formData) });
    return comments(activityId);
  });
}
