"use server";

import { decodeDeliverable, version } from "@/lib/forms/decode";
import type { EditState } from "@/lib/forms/edit-state";
import { runEdit } from "@/lib/actions/run-action";
import { createDeliverable, deleteDeliverable, updateDeliverable } from "@/lib/deliverables/mutations";
import { DeliverableCreateInput } from "@/lib/deliverables/schema";
import { parseInput } from "@/lib/errors";

// Server actions of the document (deliverable) forms, dated stages and recipients included.

export async function createDeliverableAction(previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const deliverable = await createDeliverable(
      viewer,
      parseInput(DeliverableCreateInput, decodeDeliverable(formData)),
    );
    return `/deliverables/${deliverable.id}`;
  });
}

export async function updateDeliverableAction(
  deliverableId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const input = parseInput(DeliverableCreateInput, decodeDeliverable(formData));
    await updateDeliverable(viewer, deliverableId, { ...input, version: version(formData) });
    return `/deliverables/${deliverableId}`;
  });
}

/** `back`: the page of what produced it (activity or meeting), or the plan list. */
export async function deleteDeliverableAction(
  back: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await deleteDeliverable(viewer, String(formData.get("id")), { version: version(formData) });
    return /^\/(activities|meetings|plans)(\/|$)/.test(back) ? back : "/plans";
  });
}
