"use server";

import { decodeActivity, version } from "@/lib/forms/decode";
import type { EditState } from "@/lib/forms/edit-state";
import { movedOrder, runEdit } from "@/lib/actions/run-action";
import { createActivity, deleteActivity, reorderActivities, updateActivity } from "@/lib/activities/mutations";
import { ActivityCreateInput } from "@/lib/activities/schema";
import { parseInput } from "@/lib/errors";

// Server actions of the activity forms (the quick status update goes through the API instead).

export async function createActivityAction(previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const activity = await createActivity(viewer, parseInput(ActivityCreateInput, decodeActivity(formData)));
    return `/activities/${activity.id}`;
  });
}

export async function updateActivityAction(
  activityId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer, _formData, locale) => {
    const input = parseInput(ActivityCreateInput, decodeActivity(formData));
    await updateActivity(viewer, activityId, { ...input, version: version(formData) }, { locale });
    return `/activities/${activityId}`;
  });
}

export async function deleteActivityAction(
  planId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await deleteActivity(viewer, String(formData.get("id")), { version: version(formData) });
    return `/plans/${planId}`;
  });
}

/** One step up or down among the pillar's activities. */
export async function moveActivityAction(previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const { parentId, order } = movedOrder(formData);
    await reorderActivities(viewer, parentId, { order });
    return null;
  });
}
