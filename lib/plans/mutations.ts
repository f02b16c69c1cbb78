import "server-only";
import { DeleteInput, generatedKey } from "@/lib/validation/fields";
import {
  FieldCheck,
  givenFields,
  isUniqueViolation,
  pickChanged,
  selectFields,
  snapshotOf,
  writeData,
  type FieldKind,
} from "@/lib/audit/record";
import { diff, transaction, writeAudit, type Snapshot, type Tx } from "@/lib/audit/write";
import {
  NEXT_VERSION,
  deleteVersioned,
  expectRecordVersion,
  findInScope,
  updateVersioned,
} from "@/lib/audit/versioned";
import { assertCan } from "@/lib/auth/permissions";
import { readableMeetings, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, assertKeyFree, orNotFound, parseInput } from "@/lib/errors";
import { getPlan, type PlanDetail } from "./data";
import { PLAN_RANGES } from "./rules";
import { PlanCreateInput, PlanUpdateInput } from "./schema";

// Writes to action plans: permission checked here (not in the route), input parsed with the
// schemas, optimistic version, audit event in the same transaction, a DTO back.

const PLAN_FIELDS = {
  startYear: "value",
  endYear: "value",
  title: "json",
  summary: "json",
  status: "value",
  isPublic: "value",
  adoptionMeetingId: "value",
  circulatedOn: "date",
  adoptedOn: "date",
  adoptedPrecision: "value",
} satisfies Partial<Record<keyof Prisma.ActionPlanSelect, FieldKind>>;

const planRecordSelect = {
  id: true,
  key: true,
  version: true,
  updatedAt: true,
  ...selectFields(PLAN_FIELDS),
} satisfies Prisma.ActionPlanSelect;

type PlanRecord = Prisma.ActionPlanGetPayload<{ select: typeof planRecordSelect }>;

/** Invariants over the record as it would be after the write; `changed` limits them to what the write touches. */
async function check(tx: Tx, viewer: Viewer, next: Snapshot, changed: (field: string) => boolean) {
  const errors = new FieldCheck();
  errors.ranges(next, PLAN_RANGES, changed);
  const meetingId = next.adoptionMeetingId;
  if (typeof meetingId === "string" && changed("adoptionMeetingId")) {
    const found = await tx.meeting.count({ where: { AND: [{ id: meetingId }, readableMeetings(viewer)] } });
    if (found === 0) errors.add("adoptionMeetingId", "unknown_reference");
  }
  errors.throwIfAny();
}

const findPlan = (tx: Tx, viewer: Viewer, id: string): Promise<PlanRecord> =>
  findInScope(id, () =>
    tx.actionPlan.findFirst({ where: { AND: [{ id }, readablePlans(viewer)] }, select: planRecordSelect }),
  );

export async function createPlan(viewer: Viewer, input: unknown): Promise<PlanDetail> {
  assertCan(viewer, "create", "plan");
  const data = parseInput(PlanCreateInput, input);
  const values = givenFields(data, PLAN_FIELDS);
  const id = await transaction(async (tx) => {
    await check(tx, viewer, values, () => true);
    const key = data.key ?? generatedKey("plan");
    assertKeyFree(await tx.actionPlan.findUnique({ where: { key }, select: { id: true } }));
    const row = await tx.actionPlan
      .create({
        data: { key, ...(writeData(values, PLAN_FIELDS) as Omit<Prisma.ActionPlanUncheckedCreateInput, "key">) },
        select: planRecordSelect,
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new AppError("validation", { fields: { key: ["taken"] } }) : error;
      });
    await writeAudit(tx, viewer, {
      action: "create",
      resource: "plan",
      entityId: row.id,
      changes: diff(null, { key, ...snapshotOf(row, PLAN_FIELDS) }),
    });
    return row.id;
  });
  return orNotFound(getPlan(viewer, id));
}

/** Changes any subset of the plan's fields, including its status and whether it is public. */
export async function updatePlan(viewer: Viewer, planId: string, input: unknown): Promise<PlanDetail> {
  assertCan(viewer, "update", "plan");
  const { version, ...fields } = parseInput(PlanUpdateInput, input);
  await transaction(async (tx) => {
    const before = await findPlan(tx, viewer, planId);
    assertCan(viewer, "update", "plan", { isPublic: before.isPublic });
    await expectRecordVersion(tx, "plan", before, version);
    const old = snapshotOf(before, PLAN_FIELDS);
    const next = { ...old, ...givenFields(fields, PLAN_FIELDS) };
    const changes = diff(old, next);
    if (Object.keys(changes).length === 0) return;
    await check(tx, viewer, next, (f) => f in changes);
    const data = writeData(pickChanged(next, changes), PLAN_FIELDS) as Prisma.ActionPlanUncheckedUpdateManyInput;
    const statusOnly = Object.keys(changes).every((f) => f === "status");
    await updateVersioned(tx, viewer, {
      resource: "plan",
      before,
      version,
      changes,
      action: statusOnly ? "status_change" : "update",
      write: (where) => tx.actionPlan.updateMany({ where, data: { ...data, ...NEXT_VERSION } }),
    });
  });
  return orNotFound(getPlan(viewer, planId));
}

/** Deletes a plan with its pillars and activities (their comments go with them). */
export async function deletePlan(viewer: Viewer, planId: string, input: unknown): Promise<void> {
  assertCan(viewer, "delete", "plan");
  const { version } = parseInput(DeleteInput, input);
  await transaction(async (tx) => {
    const before = await findPlan(tx, viewer, planId);
    assertCan(viewer, "delete", "plan", { isPublic: before.isPublic });
    await deleteVersioned(tx, viewer, {
      resource: "plan",
      before,
      version,
      snapshot: { key: before.key, ...snapshotOf(before, PLAN_FIELDS) },
      remove: (where) => tx.actionPlan.deleteMany({ where }),
    });
  });
}
