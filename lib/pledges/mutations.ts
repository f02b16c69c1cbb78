import "server-only";
import { DeleteInput, generatedKey } from "@/lib/validation/fields";
import {
  FieldCheck,
  givenFields,
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
import { readableMeetings } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/db/generated/client";
import type { PledgeStatus } from "@/lib/db/generated/enums";
import { AppError, assertKeyFree, orNotFound, parseInput } from "@/lib/errors";
import { getPledge, getPledgeUpdate, type PledgeDto, type PledgeUpdateDto } from "./data";
import {
  PledgeCreateInput,
  PledgeUpdateEditInput,
  PledgeUpdateInput,
  PledgeUpdatePostInput,
  PledgeUpdateReviewInput,
} from "./schema";
import { readablePledgeUpdates, readablePledges } from "./scope";

// Writes to pledges (the secretariat's) and to their updates: a focal point reports progress on
// their own state's pledge; the secretariat accepts the report, which moves the pledge's progress
// to the reported value in the same transaction, or returns it with a note saying why.

const PLEDGE_FIELDS = {
  memberStateId: "value",
  meetingId: "value",
  title: "json",
  description: "json",
  status: "value",
  progress: "value",
} satisfies Partial<Record<keyof Prisma.PledgeSelect, FieldKind>>;

const UPDATE_FIELDS = {
  reportedOn: "date",
  progress: "value",
  body: "json",
} satisfies Partial<Record<keyof Prisma.PledgeUpdateSelect, FieldKind>>;

const pledgeRecordSelect = {
  id: true,
  key: true,
  version: true,
  updatedAt: true,
  ...selectFields(PLEDGE_FIELDS),
} satisfies Prisma.PledgeSelect;

const updateRecordSelect = {
  id: true,
  version: true,
  updatedAt: true,
  status: true,
  reviewNote: true,
  ...selectFields(UPDATE_FIELDS),
  pledge: { select: pledgeRecordSelect },
} satisfies Prisma.PledgeUpdateSelect;

const findPledge = (tx: Tx, viewer: Viewer, id: string) =>
  findInScope(id, () =>
    tx.pledge.findFirst({ where: { AND: [{ id }, readablePledges(viewer)] }, select: pledgeRecordSelect }),
  );

const findUpdate = (tx: Tx, viewer: Viewer, id: string) =>
  findInScope(id, () =>
    tx.pledgeUpdate.findFirst({ where: { AND: [{ id }, readablePledgeUpdates(viewer)] }, select: updateRecordSelect }),
  );

/** The state and the forum a pledge names exist (and the forum is readable). */
async function checkReferences(
  tx: Tx,
  viewer: Viewer,
  next: Snapshot,
  changed: (field: string) => boolean,
): Promise<void> {
  const errors = new FieldCheck();
  if (changed("memberStateId") && typeof next.memberStateId === "string") {
    if ((await tx.memberState.count({ where: { id: next.memberStateId } })) === 0)
      errors.add("memberStateId", "unknown_reference");
  }
  if (changed("meetingId") && typeof next.meetingId === "string") {
    const found = await tx.meeting.count({ where: { AND: [{ id: next.meetingId }, readableMeetings(viewer)] } });
    if (found === 0) errors.add("meetingId", "unknown_reference");
  }
  errors.throwIfAny();
}

export async function createPledge(viewer: Viewer, input: unknown): Promise<PledgeDto> {
  assertCan(viewer, "create", "pledge");
  const { key: givenKey, ...fields } = parseInput(PledgeCreateInput, input);
  assertCan(viewer, "create", "pledge", { memberStateId: fields.memberStateId });
  const values = givenFields(fields, PLEDGE_FIELDS);
  const id = await transaction(async (tx) => {
    await checkReferences(tx, viewer, values, (field) => field in values);
    const key = givenKey ?? generatedKey("pledge");
    assertKeyFree(await tx.pledge.findUnique({ where: { key }, select: { id: true } }));
    const row = await tx.pledge.create({
      data: { key, ...(writeData(values, PLEDGE_FIELDS) as Omit<Prisma.PledgeUncheckedCreateInput, "key">) },
      select: pledgeRecordSelect,
    });
    await writeAudit(tx, viewer, {
      action: "create",
      resource: "pledge",
      entityId: row.id,
      changes: diff(null, { key, ...snapshotOf(row, PLEDGE_FIELDS) }),
    });
    return row.id;
  });
  return orNotFound(getPledge(viewer, id));
}

/** Changes any subset of a pledge's fields (`version` required). */
export async function updatePledge(viewer: Viewer, pledgeId: string, input: unknown): Promise<PledgeDto> {
  assertCan(viewer, "update", "pledge");
  const { version, ...fields } = parseInput(PledgeUpdateInput, input);
  await transaction(async (tx) => {
    const before = await findPledge(tx, viewer, pledgeId);
    assertCan(viewer, "update", "pledge", before);
    await expectRecordVersion(tx, "pledge", before, version);
    const old = snapshotOf(before, PLEDGE_FIELDS);
    const next = { ...old, ...givenFields(fields, PLEDGE_FIELDS) };
    const changes = diff(old, next);
    if (Object.keys(changes).length === 0) return;
    await checkReferences(tx, viewer, next, (field) => field in changes);
    const data = writeData(pickChanged(next, changes), PLEDGE_FIELDS) as Prisma.PledgeUncheckedUpdateManyInput;
    await updateVersioned(tx, viewer, {
      resource: "pledge",
      before,
      version,
      changes,
      write: (where) => tx.pledge.updateMany({ where, data: { ...data, ...NEXT_VERSION } }),
    });
  });
  return orNotFound(getPledge(viewer, pledgeId));
}

/** Deletes a pledge with its updates (at the version read). */
export async function deletePledge(viewer: Viewer, pledgeId: string, input: unknown): Promise<void> {
  assertCan(viewer, "delete", "pledge");
  const { version } = parseInput(DeleteInput, input);
  await transaction(async (tx) => {
    const before = await findPledge(tx, viewer, pledgeId);
    assertCan(viewer, "delete", "pledge", before);
    await deleteVersioned(tx, viewer, {
      resource: "pledge",
      before,
      version,
      snapshot: { key: before.key, ...snapshotOf(before, PLEDGE_FIELDS) },
      remove: (where) => tx.pledge.deleteMany({ where }),
    });
  });
}

/** A progress report on a pledge: by its state's focal point, or by the secretariat on the state's behalf. */
export async function postPledgeUpdate(viewer: Viewer, pledgeId: string, input: unknown): Promise<PledgeUpdateDto> {
  assertCan(viewer, "create", "pledgeUpdate");
  const fields = parseInput(PledgeUpdatePostInput, input);
  if (viewer.kind !== "user") throw new AppError("unauthorized");
  const id = await transaction(async (tx) => {
    const pledge = await findPledge(tx, viewer, pledgeId);
    assertCan(viewer, "create", "pledgeUpdate", { memberStateId: pledge.memberStateId, authorId: viewer.userId });
    const values = givenFields({ progress: null, ...fields }, UPDATE_FIELDS);
    const row = await tx.pledgeUpdate.create({
      data: {
        pledgeId: pledge.id,
        authorId: viewer.userId,
        ...(writeData(values, UPDATE_FIELDS) as Pick<
          Prisma.PledgeUpdateUncheckedCreateInput,
          "reportedOn" | "progress" | "body"
        >),
      },
      select: { id: true },
    });
    await writeAudit(tx, viewer, {
      action: "create",
      resource: "pledgeUpdate",
      entityId: row.id,
      changes: diff(null, { pledgeId: pledge.id, status: "submitted", ...values }),
    });
    return row.id;
  });
  return orNotFound(getPledgeUpdate(viewer, id));
}

/**
 * Rewords an update that is waiting for review or was returned; it goes (back) to the review
 * queue. An accepted update is part of the pledge's record and stays as it is.
 */
export async function editPledgeUpdate(viewer: Viewer, updateId: string, input: unknown): Promise<PledgeUpdateDto> {
  assertCan(viewer, "update", "pledgeUpdate");
  const { version, ...fields } = parseInput(PledgeUpdateEditInput, input);
  await transaction(async (tx) => {
    const before = await findUpdate(tx, viewer, updateId);
    assertCan(viewer, "update", "pledgeUpdate", { memberStateId: before.pledge.memberStateId });
    await expectRecordVersion(tx, "pledgeUpdate", before, version);
    if (before.status === "accepted") throw new AppError("forbidden");
    const old = { ...snapshotOf(before, UPDATE_FIELDS), status: before.status };
    const next = { ...old, ...givenFields(fields, UPDATE_FIELDS), status: "submitted" };
    const changes = diff(old, next);
    if (Object.keys(changes).length === 0) return;
    const data = writeData(pickChanged(next, changes), UPDATE_FIELDS) as Prisma.PledgeUpdateUncheckedUpdateManyInput;
    await updateVersioned(tx, viewer, {
      resource: "pledgeUpdate",
      before,
      version,
      changes,
      write: (where) => tx.pledgeUpdate.updateMany({ where, data: { ...data, status: "submitted", ...NEXT_VERSION } }),
    });
  });
  return orNotFound(getPledgeUpdate(viewer, updateId));
}

/** The pledge's status once an update reporting `progress` is accepted. */
export function statusAfterProgress(current: PledgeStatus, progress: number): PledgeStatus {
  if (progress >= 100) return "fulfilled";
  return current === "withdrawn" ? "withdrawn" : "in_progress";
}

/**
 * The secretariat's decision on a submitted update. Accepting moves the pledge's progress (and
 * status) to what the update reports, in the same transaction; returning needs a note.
 */
export async function reviewPledgeUpdate(viewer: Viewer, updateId: string, input: unknown): Promise<PledgeUpdateDto> {
  assertCan(viewer, "update", "pledge");
  const { decision, note, version } = parseInput(PledgeUpdateReviewInput, input);
  if (viewer.kind !== "user") throw new AppError("unauthorized");
  await transaction(async (tx) => {
    const before = await findUpdate(tx, viewer, updateId);
    const pledge = before.pledge;
    assertCan(viewer, "update", "pledge", { memberStateId: pledge.memberStateId });
    await expectRecordVersion(tx, "pledgeUpdate", before, version);
    if (before.status !== "submitted") throw new AppError("validation", { fields: { decision: ["invalid_option"] } });
    const status = decision === "accept" ? "accepted" : "returned";
    const reviewNote = note ?? null;
    await updateVersioned(tx, viewer, {
      resource: "pledgeUpdate",
      before,
      version,
      action: "status_change",
      changes: diff({ status: before.status, reviewNote: before.reviewNote }, { status, reviewNote }),
      note: reviewNote,
      write: (where) =>
        tx.pledgeUpdate.updateMany({
          where,
          data: {
            status,
            reviewerId: viewer.userId,
            reviewedAt: new Date(),
            reviewNote: reviewNote ?? Prisma.DbNull,
            ...NEXT_VERSION,
          },
        }),
    });
    if (decision !== "accept" || before.progress === null) return;
    const next = { progress: before.progress, status: statusAfterProgress(pledge.status, before.progress) };
    const changes = diff({ progress: pledge.progress, status: pledge.status }, next);
    if (Object.keys(changes).length === 0) return;
    // The reviewer acts on the update's version; the pledge is moved whatever its own version is.
    await tx.pledge.update({ where: { id: pledge.id }, data: { ...next, version: { increment: 1 } } });
    await writeAudit(tx, viewer, {
      action: "update",
      resource: "pledge",
      entityId: pledge.id,
      changes,
      note: reviewNote,
    });
  });
  return orNotFound(getPledgeUpdate(viewer, updateId));
}
