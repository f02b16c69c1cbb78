import "server-only";
import { DeleteInput, generatedKey, ReorderInput } from "@/lib/validation/fields";
import { givenFields, pickChanged, selectFields, snapshotOf, writeData, type FieldKind } from "@/lib/audit/record";
import { diff, transaction, writeAudit, type Tx } from "@/lib/audit/write";
import {
  NEXT_VERSION,
  currentVersion,
  deleteVersioned,
  expectRecordVersion,
  findInScope,
  updateVersioned,
} from "@/lib/audit/versioned";
import { reorder } from "@/lib/audit/reorder";
import { assertCan } from "@/lib/auth/permissions";
import { readablePillars, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, assertKeyFree, orNotFound, parseInput } from "@/lib/errors";
import { getPillar, listPillars, type PillarDto } from "./data";
import { PillarCreateInput, PillarUpdateInput } from "./schema";

const PILLAR_FIELDS = {
  title: "json",
  description: "json",
} satisfies Partial<Record<keyof Prisma.PillarSelect, FieldKind>>;

const pillarRecordSelect = {
  id: true,
  key: true,
  planId: true,
  position: true,
  version: true,
  updatedAt: true,
  plan: { select: { isPublic: true } },
  ...selectFields(PILLAR_FIELDS),
} satisfies Prisma.PillarSelect;

const findPillar = (tx: Tx, viewer: Viewer, id: string) =>
  findInScope(id, () =>
    tx.pillar.findFirst({ where: { AND: [{ id }, readablePillars(viewer)] }, select: pillarRecordSelect }),
  );

export async function createPillar(viewer: Viewer, input: unknown): Promise<PillarDto> {
  assertCan(viewer, "create", "pillar");
  const data = parseInput(PillarCreateInput, input);
  const id = await transaction(async (tx) => {
    const plan = await tx.actionPlan.findFirst({
      where: { AND: [{ id: data.planId }, readablePlans(viewer)] },
      select: {
        id: true,
        isPublic: true,
        pillars: { select: { position: true }, orderBy: { position: "desc" }, take: 1 },
      },
    });
    if (!plan) throw new AppError("validation", { fields: { planId: ["unknown_reference"] } });
    const key = data.key ?? generatedKey("pillar");
    assertKeyFree(await tx.pillar.findUnique({ where: { key }, select: { id: true } }));
    const values = givenFields(data, PILLAR_FIELDS);
    const position = data.position ?? (plan.pillars[0]?.position ?? 0) + 1;
    const row = await tx.pillar.create({
      data: {
        key,
        planId: plan.id,
        position,
        ...(writeData(values, PILLAR_FIELDS) as { title: Prisma.InputJsonValue }),
      },
      select: pillarRecordSelect,
    });
    await writeAudit(tx, viewer, {
      action: "create",
      resource: "pillar",
      entityId: row.id,
      changes: diff(null, { key, planId: plan.id, position, ...snapshotOf(row, PILLAR_FIELDS) }),
    });
    return row.id;
  });
  return orNotFound(getPillar(viewer, id));
}

export async function updatePillar(viewer: Viewer, pillarId: string, input: unknown): Promise<PillarDto> {
  assertCan(viewer, "update", "pillar");
  const { version, ...fields } = parseInput(PillarUpdateInput, input);
  await transaction(async (tx) => {
    const before = await findPillar(tx, viewer, pillarId);
    assertCan(viewer, "update", "pillar", { isPublic: before.plan.isPublic });
    await expectRecordVersion(tx, "pillar", before, version);
    const old = snapshotOf(before, PILLAR_FIELDS);
    const next = { ...old, ...givenFields(fields, PILLAR_FIELDS) };
    const changes = diff(old, next);
    if (Object.keys(changes).length === 0) return;
    const data = writeData(pickChanged(next, changes), PILLAR_FIELDS) as Prisma.PillarUncheckedUpdateManyInput;
    await updateVersioned(tx, viewer, {
      resource: "pillar",
      before,
      version,
      changes,
      write: (where) => tx.pillar.updateMany({ where, data: { ...data, ...NEXT_VERSION } }),
    });
  });
  return orNotFound(getPillar(viewer, pillarId));
}

/** Deletes a pillar with its activities. */
export async function deletePillar(viewer: Viewer, pillarId: string, input: unknown): Promise<void> {
  assertCan(viewer, "delete", "pillar");
  const { version } = parseInput(DeleteInput, input);
  await transaction(async (tx) => {
    const before = await findPillar(tx, viewer, pillarId);
    assertCan(viewer, "delete", "pillar", { isPublic: before.plan.isPublic });
    await deleteVersioned(tx, viewer, {
      resource: "pillar",
      before,
      version,
      snapshot: {
        key: before.key,
        planId: before.planId,
        position: before.position,
        ...snapshotOf(before, PILLAR_FIELDS),
      },
      remove: (where) => tx.pillar.deleteMany({ where }),
    });
  });
}

/**
 * Puts a plan's pillars in the given order. The list must name every pillar of the plan once,
 * each with the version the client saw, so a pillar added or edited meanwhile is a 409.
 */
export async function reorderPillars(viewer: Viewer, planId: string, input: unknown): Promise<PillarDto[]> {
  assertCan(viewer, "update", "pillar");
  const { order } = parseInput(ReorderInput, input);
  await transaction(async (tx) => {
    const plan = await findInScope(planId, () =>
      tx.actionPlan.findFirst({
        where: { AND: [{ id: planId }, readablePlans(viewer)] },
        select: { id: true, isPublic: true },
      }),
    );
    assertCan(viewer, "update", "pillar", { isPublic: plan.isPublic });
    const current = await tx.pillar.findMany({
      where: { planId: plan.id },
      select: { id: true, position: true, version: true, updatedAt: true },
    });
    await reorder(
      tx,
      viewer,
      "pillar",
      current,
      order,
      (id, version, position) =>
        tx.pillar.updateMany({
          where: { id, version, planId: plan.id },
          data: { position, version: { increment: 1 } },
        }),
      (id) => currentVersion(tx, "pillar", id),
    );
  });
  return listPillars(viewer, { planId });
}
