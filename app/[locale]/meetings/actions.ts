"use server";

import { decodeMeeting, version } from "@/lib/forms/decode";
import type { EditState } from "@/lib/forms/edit-state";
import { runEdit } from "@/lib/actions/run-action";
import { parseInput } from "@/lib/errors";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { MeetingCreateInput } from "@/lib/meetings/schema";

// Server actions of the meeting forms, participating states and agenda included.

export async function createMeetingAction(previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const meeting = await createMeeting(viewer, parseInput(MeetingCreateInput, decodeMeeting(formData)));
    return `/meetings/${meeting.id}`;
  });
}

export async function updateMeetingAction(
  meetingId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const input = parseInput(MeetingCreateInput, decodeMeeting(formData));
    await updateMeeting(viewer, meetingId, { ...input, version: version(formData) });
    return `/meetings/${meetingId}`;
  });
}

/** `back`: where to go once it is gone (its plan's page, or the plan list). */
export async function deleteMeetingAction(back: string, previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await deleteMeeting(viewer, String(formData.get("id")), { version: version(formData) });
    return back.startsWith("/plans") ? back : "/plans";
  });
}
