"use server";

import { version } from "@/lib/forms/decode";
import type { EditState } from "@/lib/forms/edit-state";
import { runEdit } from "@/lib/actions/run-action";
import { decodePledge, decodePledgeUpdate, decodeReview } from "@/components/pledges/form-data";
import { parseInput } from "@/lib/errors";
import {
  createPledge,
  deletePledge,
  editPledgeUpdate,
  postPledgeUpdate,
  reviewPledgeUpdate,
  updatePledge,
} from "@/lib/pledges/mutations";
import { PledgeCreateInput } from "@/lib/pledges/schema";

// Server actions of a member state's page: pledges (the secretariat), progress updates (the
// state's focal point) and the review of updates (the secretariat). Each answers with the
// state's page at the pledge concerned.

const pledgeOnPage = (code: string, pledgeId: string) => `/member-states/${code}#pledge-${pledgeId}`;

export async function createPledgeAction(code: string, previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const pledge = await createPledge(viewer, parseInput(PledgeCreateInput, decodePledge(formData, code)));
    return pledgeOnPage(code, pledge.id);
  });
}

export async function updatePledgeAction(
  code: string,
  pledgeId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await updatePledge(viewer, pledgeId, { ...decodePledge(formData, code), version: version(formData) });
    return pledgeOnPage(code, pledgeId);
  });
}

export async function deletePledgeAction(code: string, previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await deletePledge(viewer, String(formData.get("id")), { version: version(formData) });
    return `/member-states/${code}`;
  });
}

export async function postPledgeUpdateAction(
  code: string,
  pledgeId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await postPledgeUpdate(viewer, pledgeId, decodePledgeUpdate(formData));
    return pledgeOnPage(code, pledgeId);
  });
}

export async function editPledgeUpdateAction(
  code: string,
  pledgeId: string,
  updateId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await editPledgeUpdate(viewer, updateId, { ...decodePledgeUpdate(formData), version: version(formData) });
    return pledgeOnPage(code, pledgeId);
  });
}

export async function reviewPledgeUpdateAction(
  code: string,
  pledgeId: string,
  updateId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await reviewPledgeUpdate(viewer, updateId, { ...decodeReview(formData), version: version(formData) });
    return pledgeOnPage(code, pledgeId);
  });
}
