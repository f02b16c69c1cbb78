import "server-only";
import { DeleteInput, generatedKey, ReorderInput } from "@/lib/validation/fields";
import { givenFields, pickChanged, selectFields, snapshotOf, writeData, type FieldKind } from "@/lib/audit/record";
import { diff, expectVersion, guardedWrite, transaction, writeAudit, type Tx } from "@/lib/audit/write";
import { reorder } from "@/lib/audit/reorder";
import { assertCan } from "@/lib/auth/permissions";
import { readablePillars, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/db/dto";
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

async function findPillar(tx: Tx, viewer: Viewer, id: string) {
  const row = isUuid(id)
    ? await tx.pillar.findFirst({ where: { AND: [{ id }, readablePillars(viewer)] }, select: pillarRecordSelect })
    : null;
  if (!row) throw new AppError("not_found");
  return row;
}

const reload = (tx: Tx, id: string) => () =>
  tx.pillar.findUnique({ where: { id }, select: { version: true, updatedAt: true } });

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
    await expectVersion(tx, "pillar", before.id, before, version);
    const old = snapshotOf(before, PILLAR_FIELDS);
    const next = { ...old, ...givenFields(fields, PILLAR_FIELDS) };
    const changes = diff(old, next);
    if (Object.keys(changes).length === 0) return;
    const data = writeData(pickChanged(next, changes), PILLAR_FIELDS) as Prisma.PillarUncheckedUpdateManyInput;
    await guardedWrite(
      tx,
      "pillar",
      before.id,
      () => tx.pillar.updateMany({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } }),
      reload(tx, before.id),
    );
    await writeAudit(tx, viewer, { action: "update", resource: "pillar", entityId: before.id, changes });
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
    await expectVersion(tx, "pillar", before.id, before, version);
    await guardedWrite(
      tx,
      "pillar",
      before.id,
      () => tx.pillar.deleteMany({ where: { id: before.id, version } }),
      reload(tx, before.id),
    );
    await writeAudit(tx, viewer, {
      action: "delete",
      resource: "pillar",
      entityId: before.id,
      changes: diff(
        { key: before.key, planId: before.planId, position: before.position, ...snapshotOf(before, PILLAR_FIELDS) },
        null,
      ),
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
    const plan = isUuid(planId)
      ? await tx.actionPlan.findFirst({
          where: { AND: [{ id: planId }, readablePlans(viewer)] },
          select: { id: true, isPublic: true },
        })
      : null;
    if (!plan) throw new AppError("not_found");
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
      (id) => reload(tx, id)(),
    );
  });
  return listPillars(viewer, { planId });
}
