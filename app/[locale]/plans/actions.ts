"use server";

import { decodePillar, decodePlan, version } from "@/lib/forms/decode";
import type { EditState } from "@/lib/forms/edit-state";
import { movedOrder, runEdit } from "@/lib/actions/run-action";
import { parseInput } from "@/lib/errors";
import { createPillar, deletePillar, reorderPillars, updatePillar } from "@/lib/pillars/mutations";
import { PillarCreateInput, PillarUpdateInput } from "@/lib/pillars/schema";
import { createPlan, deletePlan, updatePlan } from "@/lib/plans/mutations";
import { PlanCreateInput } from "@/lib/plans/schema";

// Server actions of the plan and pillar forms: viewer → shared zod schema → mutation (which
// checks the permission and the version again and writes the audit event) → the plan's page.

export async function createPlanAction(previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const plan = await createPlan(viewer, parseInput(PlanCreateInput, decodePlan(formData)));
    return `/plans/${plan.id}`;
  });
}

export async function updatePlanAction(planId: string, previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    // The create schema says which fields a plan cannot be without; the version guards the write.
    const input = parseInput(PlanCreateInput, decodePlan(formData));
    await updatePlan(viewer, planId, { ...input, version: version(formData) });
    return `/plans/${planId}`;
  });
}

export async function deletePlanAction(previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await deletePlan(viewer, String(formData.get("id")), { version: version(formData) });
    return "/plans";
  });
}

export async function createPillarAction(planId: string, previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const pillar = await createPillar(viewer, parseInput(PillarCreateInput, { planId, ...decodePillar(formData) }));
    return `/plans/${planId}#pillar-${pillar.id}`;
  });
}

export async function updatePillarAction(
  planId: string,
  pillarId: string,
  previous: EditState,
  formData: FormData,
): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await updatePillar(
      viewer,
      pillarId,
      parseInput(PillarUpdateInput, { ...decodePillar(formData), version: version(formData) }),
    );
    return `/plans/${planId}#pillar-${pillarId}`;
  });
}

export async function deletePillarAction(planId: string, previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    await deletePillar(viewer, String(formData.get("id")), { version: version(formData) });
    return `/plans/${planId}`;
  });
}

/** One step up or down among the plan's pillars. */
export async function movePillarAction(previous: EditState, formData: FormData): Promise<EditState> {
  return runEdit(previous, formData, async (viewer) => {
    const { parentId, order } = movedOrder(formData);
    await reorderPillars(viewer, parentId, { order });
    return null;
  });
}
