import "server-only";
import { DeleteInput, generatedKey } from "@/lib/validation/fields";
import {
  FieldCheck,
  givenFields,
  idSet,
  pickChanged,
  selectFields,
  sequentialUuids,
  snapshotOf,
  toJson,
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
import { readableActivities, readableDeliverables, readableMeetings } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { isoDate } from "@/lib/db/dto";
import { Prisma } from "@/lib/db/generated/client";
import type { DatePrecision, DeliverableStageKind } from "@/lib/db/generated/enums";
import { assertKeyFree, orNotFound, parseInput } from "@/lib/errors";
import { knownFrameworkTargets } from "@/lib/frameworks/mutations";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { party } from "@/lib/meetings/mutations";
import type { PartyInput } from "@/lib/meetings/schema";
import { getDeliverable, type DeliverableDetail } from "./data";
import { DeliverableCreateInput, DeliverableUpdateInput, type StageInput } from "./schema";

// Writes to deliverables: their links (producing meeting and activity, target forum, framework
// targets) and their dated stages with recipients, which an update replaces as one ordered list.

const DELIVERABLE_FIELDS = {
  type: "value",
  title: "json",
  description: "json",
  meetingId: "value",
  activityId: "value",
  targetMeetingId: "value",
  documentUrl: "value",
} satisfies Partial<Record<keyof Prisma.DeliverableSelect, FieldKind>>;

const deliverableRecordSelect = {
  id: true,
  key: true,
  version: true,
  updatedAt: true,
  ...selectFields(DELIVERABLE_FIELDS),
  frameworks: { select: { targetId: true } },
  stages: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      stage: true,
      completed: true,
      date: true,
      datePrecision: true,
      language: true,
      note: true,
      recipients: { select: { organizationId: true, memberStateId: true, note: true }, orderBy: { id: "asc" } },
    },
  },
} satisfies Prisma.DeliverableSelect;

type DeliverableRecord = Prisma.DeliverableGetPayload<{ select: typeof deliverableRecordSelect }>;

/** A stage in its snapshot form: every field present, defaults filled in. */
interface Stage {
  stage: DeliverableStageKind;
  completed: boolean;
  date: string | null;
  datePrecision: DatePrecision;
  language: string | null;
  note: LocalizedText | null;
  recipients: (PartyInput & { note: LocalizedText | null })[];
}

function stageFromInput(s: StageInput): Stage {
  return {
    stage: s.stage,
    completed: s.completed ?? true,
    date: s.date ?? null,
    datePrecision: s.datePrecision ?? "day",
    language: s.language ?? null,
    note: s.note ?? null,
    recipients: (s.recipients ?? []).map((r) => ({ ...party(r), note: r.note ?? null })),
  };
}

function stageFromRow(s: DeliverableRecord["stages"][number]): Stage {
  return {
    stage: s.stage,
    completed: s.completed,
    date: isoDate(s.date),
    datePrecision: s.datePrecision,
    language: s.language,
    note: s.note as LocalizedText | null,
    recipients: s.recipients.map((r) => ({ ...party(r), note: r.note as LocalizedText | null })),
  };
}

function snapshot(row: DeliverableRecord): Snapshot {
  return {
    ...snapshotOf(row, DELIVERABLE_FIELDS),
    frameworkTargetIds: idSet(row.frameworks.map((f) => f.targetId)),
    stages: toJson(row.stages.map(stageFromRow)),
  };
}

function given(fields: Omit<DeliverableUpdateInput, "version">): Snapshot {
  const values = givenFields(fields, DELIVERABLE_FIELDS);
  if (fields.frameworkTargetIds) values.frameworkTargetIds = idSet(fields.frameworkTargetIds);
  if (fields.stages) values.stages = toJson(fields.stages.map(stageFromInput));
  return values;
}

async function check(tx: Tx, viewer: Viewer, next: Snapshot, changed: (field: string) => boolean): Promise<void> {
  const errors = new FieldCheck();
  const ref = (field: string) => (changed(field) && typeof next[field] === "string" ? (next[field] as string) : null);
  const [meetingId, targetMeetingId, activityId] = [ref("meetingId"), ref("targetMeetingId"), ref("activityId")];
  const stages = changed("stages") ? (next.stages as unknown as Stage[]) : [];
  const recipients = stages.flatMap((s) => s.recipients);
  const orgs = [...new Set(recipients.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
  const states = [...new Set(recipients.flatMap((r) => (r.memberStateId ? [r.memberStateId] : [])))];
  const meetingIds = [meetingId, targetMeetingId].filter((id): id is string => id !== null);
  // One query at a time: a transaction is one connection.
  const meetings = meetingIds.length
    ? await tx.meeting.findMany({
        where: { AND: [{ id: { in: meetingIds } }, readableMeetings(viewer)] },
        select: { id: true },
      })
    : [];
  const activity = activityId
    ? await tx.activity.count({ where: { AND: [{ id: activityId }, readableActivities(viewer)] } })
    : 1;
  const foundOrgs = orgs.length
    ? await tx.organization.findMany({ where: { id: { in: orgs } }, select: { id: true } })
    : [];
  const foundStates = states.length
    ? await tx.memberState.findMany({ where: { id: { in: states } }, select: { id: true } })
    : [];
  const targetsOk =
    !changed("frameworkTargetIds") ||
    (await knownFrameworkTargets(tx, next.frameworkTargetIds as string[] | undefined));
  const meetingOk = new Set(meetings.map((m) => m.id));
  if (meetingId && !meetingOk.has(meetingId)) errors.add("meetingId", "unknown_reference");
  if (targetMeetingId && !meetingOk.has(targetMeetingId)) errors.add("targetMeetingId", "unknown_reference");
  if (activity === 0) errors.add("activityId", "unknown_reference");
  if (!targetsOk) errors.add("frameworkTargetIds", "unknown_reference");
  const orgOk = new Set(foundOrgs.map((o) => o.id));
  const stateOk = new Set(foundStates.map((s) => s.id));
  stages.forEach((stage, i) =>
    stage.recipients.forEach((r, j) => {
      if (!(r.organizationId ? orgOk.has(r.organizationId) : stateOk.has(r.memberStateId!))) {
        errors.add(`stages.${i}.recipients.${j}`, "unknown_reference");
      }
    }),
  );
  errors.throwIfAny();
}

/** Replaces the stage list (recipients go with their stages). */
async function writeStages(tx: Tx, deliverableId: string, stages: Stage[]): Promise<void> {
  await tx.deliverableStage.deleteMany({ where: { deliverableId } });
  const stageIds = sequentialUuids(stages.length);
  await tx.deliverableStage.createMany({
    data: stages.map((s, i) => ({
      id: stageIds[i]!,
      deliverableId,
      position: i + 1,
      stage: s.stage,
      completed: s.completed,
      date: s.date === null ? null : new Date(`${s.date}T00:00:00Z`),
      datePrecision: s.datePrecision,
      language: s.language,
      note: s.note ?? Prisma.DbNull,
    })),
  });
  const recipients = stages.flatMap((s, i) => s.recipients.map((r) => ({ stageId: stageIds[i]!, ...r })));
  const recipientIds = sequentialUuids(recipients.length);
  await tx.stageRecipient.createMany({
    data: recipients.map((r, i) => ({
      id: recipientIds[i]!,
      stageId: r.stageId,
      organizationId: r.organizationId ?? null,
      memberStateId: r.memberStateId ?? null,
      note: r.note ?? Prisma.DbNull,
    })),
  });
}

/** Replaces the framework tags. */
async function writeFrameworkTags(tx: Tx, deliverableId: string, targetIds: string[]): Promise<void> {
  await tx.deliverableFramework.deleteMany({ where: { deliverableId } });
  await tx.deliverableFramework.createMany({ data: targetIds.map((targetId) => ({ deliverableId, targetId })) });
}

const findDeliverable = (tx: Tx, viewer: Viewer, id: string): Promise<DeliverableRecord> =>
  findInScope(id, () =>
    tx.deliverable.findFirst({
      where: { AND: [{ id }, readableDeliverables(viewer)] },
      select: deliverableRecordSelect,
    }),
  );

export async function createDeliverable(viewer: Viewer, input: unknown): Promise<DeliverableDetail> {
  assertCan(viewer, "create", "deliverable");
  const { key: givenKey, ...fields } = parseInput(DeliverableCreateInput, input);
  const values = given(fields);
  const id = await transaction(async (tx) => {
    await check(tx, viewer, values, (f) => f in values);
    const key = givenKey ?? generatedKey("deliverable");
    assertKeyFree(await tx.deliverable.findUnique({ where: { key }, select: { id: true } }));
    const { id } = await tx.deliverable.create({
      data: { key, ...(writeData(values, DELIVERABLE_FIELDS) as Omit<Prisma.DeliverableUncheckedCreateInput, "key">) },
      select: { id: true },
    });
    await writeStages(tx, id, (values.stages ?? []) as unknown as Stage[]);
    await writeFrameworkTags(tx, id, (values.frameworkTargetIds ?? []) as string[]);
    const row = await findDeliverable(tx, viewer, id);
    await writeAudit(tx, viewer, {
      action: "create",
      resource: "deliverable",
      entityId: id,
      changes: diff(null, { key, ...snapshot(row) }),
    });
    return id;
  });
  return orNotFound(getDeliverable(viewer, id));
}

/**
 * The update of a deliverable inside the caller's transaction: the one write behind the API, the
 * forms and the spreadsheet import. `auditNote` marks a change made in bulk.
 */
export async function writeDeliverableUpdate(
  tx: Tx,
  viewer: Viewer,
  deliverableId: string,
  input: DeliverableUpdateInput,
  options: { auditNote?: Record<string, string> } = {},
): Promise<void> {
  const { version, ...fields } = input;
  const before = await findDeliverable(tx, viewer, deliverableId);
  await expectRecordVersion(tx, "deliverable", before, version);
  const old = snapshot(before);
  const next = { ...old, ...given(fields) };
  const changes = diff(old, next);
  if (Object.keys(changes).length === 0) return;
  const changed = (field: string) => field in changes;
  await check(tx, viewer, next, changed);
  const data = writeData(pickChanged(next, changes), DELIVERABLE_FIELDS) as Prisma.DeliverableUncheckedUpdateManyInput;
  await updateVersioned(tx, viewer, {
    resource: "deliverable",
    before,
    version,
    changes,
    note: options.auditNote,
    write: (where) => tx.deliverable.updateMany({ where, data: { ...data, ...NEXT_VERSION } }),
  });
  if (changed("stages")) await writeStages(tx, before.id, next.stages as unknown as Stage[]);
  if (changed("frameworkTargetIds")) await writeFrameworkTags(tx, before.id, next.frameworkTargetIds as string[]);
}

/** Changes any subset of a deliverable's fields; `stages` replaces the whole list. */
export async function updateDeliverable(
  viewer: Viewer,
  deliverableId: string,
  input: unknown,
): Promise<DeliverableDetail> {
  assertCan(viewer, "update", "deliverable");
  const parsed = parseInput(DeliverableUpdateInput, input);
  await transaction((tx) => writeDeliverableUpdate(tx, viewer, deliverableId, parsed));
  return orNotFound(getDeliverable(viewer, deliverableId));
}

export async function deleteDeliverable(viewer: Viewer, deliverableId: string, input: unknown): Promise<void> {
  assertCan(viewer, "delete", "deliverable");
  const { version } = parseInput(DeleteInput, input);
  await transaction(async (tx) => {
    const before = await findDeliverable(tx, viewer, deliverableId);
    await deleteVersioned(tx, viewer, {
      resource: "deliverable",
      before,
      version,
      snapshot: { key: before.key, ...snapshot(before) },
      remove: (where) => tx.deliverable.deleteMany({ where }),
    });
  });
}
