import "server-only";
import { DeleteInput, generatedKey, ReorderInput } from "@/lib/validation/fields";
import {
  FieldCheck,
  allFound,
  givenFields,
  idSet,
  pickChanged,
  selectFields,
  snapshotOf,
  writeData,
  type FieldKind,
} from "@/lib/audit/record";
import { touchMeetingsOf } from "@/lib/audit/links";
import { knownFrameworkTargets } from "@/lib/frameworks/mutations";
import { reorder } from "@/lib/audit/reorder";
import { diff, transaction, writeAudit, type Snapshot, type Tx } from "@/lib/audit/write";
import {
  NEXT_VERSION,
  currentVersion,
  deleteVersioned,
  expectRecordVersion,
  findInScope,
  updateVersioned,
} from "@/lib/audit/versioned";
import { assertCan } from "@/lib/auth/permissions";
import { readableActivities, readableMeetings, readablePillars } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, assertKeyFree, orNotFound, parseInput } from "@/lib/errors";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { getActivity, listActivities, type ActivityDetail, type ActivityListItem } from "./data";
import { ACTIVITY_RANGES, isStatusChange, withCompletedProgress } from "./rules";
import { ActivityCreateInput, ActivityStatusInput, ActivityUpdateInput } from "./schema";

// Writes to activities, including the secretariat's quick status update (status, progress and a
// note in one action). Links to partners, meetings and framework targets are part of the
// activity's snapshot, so changing them bumps its version and shows in its history like any
// other field.

const ACTIVITY_FIELDS = {
  pillarId: "value",
  title: "json",
  description: "json",
  type: "value",
  status: "value",
  progress: "value",
  plannedStart: "date",
  plannedEnd: "date",
  actualStart: "date",
  actualEnd: "date",
  datePrecision: "value",
  leadUnit: "json",
  outcome: "json",
} satisfies Partial<Record<keyof Prisma.ActivitySelect, FieldKind>>;

const activityRecordSelect = {
  id: true,
  key: true,
  position: true,
  version: true,
  updatedAt: true,
  pillar: { select: { plan: { select: { isPublic: true } } } },
  partners: { select: { organizationId: true } },
  meetings: { select: { meetingId: true } },
  frameworks: { select: { targetId: true } },
  ...selectFields(ACTIVITY_FIELDS),
} satisfies Prisma.ActivitySelect;

type ActivityRecord = Prisma.ActivityGetPayload<{ select: typeof activityRecordSelect }>;

export interface MutationOptions {
  /** The language a status note is written in (the request's locale). */
  locale?: Locale;
  /** The note of a change made in bulk (the import's "Spreadsheet import"), recorded in place of a status note. */
  auditNote?: Record<string, string>;
}

function snapshot(row: ActivityRecord): Snapshot {
  return {
    ...snapshotOf(row, ACTIVITY_FIELDS),
    partnerIds: idSet(row.partners.map((p) => p.organizationId)),
    meetingIds: idSet(row.meetings.map((m) => m.meetingId)),
    frameworkTargetIds: idSet(row.frameworks.map((f) => f.targetId)),
  };
}

/** The input's fields as snapshot values: link lists as sorted sets, and the `completed` rule applied. */
function given(
  fields: Record<string, unknown> & { partnerIds?: string[]; meetingIds?: string[]; frameworkTargetIds?: string[] },
): Snapshot {
  const values = withCompletedProgress(givenFields(fields, ACTIVITY_FIELDS));
  if (fields.partnerIds) values.partnerIds = idSet(fields.partnerIds);
  if (fields.meetingIds) values.meetingIds = idSet(fields.meetingIds);
  if (fields.frameworkTargetIds) values.frameworkTargetIds = idSet(fields.frameworkTargetIds);
  return values;
}

/** Invariants and references of the activity as it would be after the write. */
async function check(tx: Tx, viewer: Viewer, next: Snapshot, changed: (field: string) => boolean): Promise<void> {
  const errors = new FieldCheck();
  errors.ranges(next, ACTIVITY_RANGES, changed);
  const partnerIds = (next.partnerIds ?? []) as string[];
  const meetingIds = (next.meetingIds ?? []) as string[];
  // One query at a time: a transaction is one connection.
  const partners =
    changed("partnerIds") && partnerIds.length > 0
      ? await tx.organization.findMany({ where: { id: { in: partnerIds } }, select: { id: true } })
      : null;
  const meetings =
    changed("meetingIds") && meetingIds.length > 0
      ? await tx.meeting.findMany({
          where: { AND: [{ id: { in: meetingIds } }, readableMeetings(viewer)] },
          select: { id: true },
        })
      : null;
  if (partners && !allFound(partnerIds, partners)) errors.add("partnerIds", "unknown_reference");
  if (meetings && !allFound(meetingIds, meetings)) errors.add("meetingIds", "unknown_reference");
  if (
    changed("frameworkTargetIds") &&
    !(await knownFrameworkTargets(tx, next.frameworkTargetIds as string[] | undefined))
  ) {
    errors.add("frameworkTargetIds", "unknown_reference");
  }
  errors.throwIfAny();
}

/** The target pillar, readable by the viewer, and the position after its last activity. */
async function pillarFor(tx: Tx, viewer: Viewer, pillarId: string) {
  const pillar = await tx.pillar.findFirst({
    where: { AND: [{ id: pillarId }, readablePillars(viewer)] },
    select: { id: true, activities: { select: { position: true }, orderBy: { position: "desc" }, take: 1 } },
  });
  if (!pillar) throw new AppError("validation", { fields: { pillarId: ["unknown_reference"] } });
  return { id: pillar.id, nextPosition: (pillar.activities[0]?.position ?? 0) + 1 };
}

const findActivity = (tx: Tx, viewer: Viewer, id: string): Promise<ActivityRecord> =>
  findInScope(id, () =>
    tx.activity.findFirst({ where: { AND: [{ id }, readableActivities(viewer)] }, select: activityRecordSelect }),
  );

export async function createActivity(viewer: Viewer, input: unknown): Promise<ActivityDetail> {
  assertCan(viewer, "create", "activity");
  const data = parseInput(ActivityCreateInput, input);
  const values = given(data);
  const id = await transaction(async (tx) => {
    const pillar = await pillarFor(tx, viewer, data.pillarId);
    await check(tx, viewer, values, () => true);
    const key = data.key ?? generatedKey("activity");
    assertKeyFree(await tx.activity.findUnique({ where: { key }, select: { id: true } }));
    const position = data.position ?? pillar.nextPosition;
    const partnerIds = (values.partnerIds ?? []) as string[];
    const meetingIds = (values.meetingIds ?? []) as string[];
    const frameworkTargetIds = (values.frameworkTargetIds ?? []) as string[];
    const row = await tx.activity.create({
      data: {
        ...(writeData(values, ACTIVITY_FIELDS) as Omit<Prisma.ActivityUncheckedCreateInput, "key" | "position">),
        key,
        position,
        partners: { createMany: { data: partnerIds.map((organizationId) => ({ organizationId })) } },
        meetings: { createMany: { data: meetingIds.map((meetingId) => ({ meetingId })) } },
        frameworks: { createMany: { data: frameworkTargetIds.map((targetId) => ({ targetId })) } },
      },
      select: activityRecordSelect,
    });
    await writeAudit(tx, viewer, {
      action: "create",
      resource: "activity",
      entityId: row.id,
      changes: diff(null, { key, position, ...snapshot(row) }),
    });
    await touchMeetingsOf(tx, viewer, row.id, [], meetingIds);
    return row.id;
  });
  return orNotFound(getActivity(viewer, id));
}

/**
 * The update of an activity inside the caller's transaction: the one write every caller goes
 * through (the API and the forms via updateActivity, the spreadsheet import row by row).
 */
export async function writeActivityUpdate(
  tx: Tx,
  viewer: Viewer,
  activityId: string,
  input: ActivityUpdateInput,
  options: MutationOptions = {},
): Promise<void> {
  const { version, note, ...fields } = input;
  const before = await findActivity(tx, viewer, activityId);
  assertCan(viewer, "update", "activity", { isPublic: before.pillar.plan.isPublic });
  await expectRecordVersion(tx, "activity", before, version);
  const old = snapshot(before);
  const next = { ...old, ...given(fields) };
  const changes = diff(old, next);
  const changed = (field: string) => field in changes;
  if (Object.keys(changes).length === 0 && note === undefined) return;
  await check(tx, viewer, next, changed);

  const data = writeData(pickChanged(next, changes), ACTIVITY_FIELDS) as Prisma.ActivityUncheckedUpdateManyInput;
  if (changed("pillarId")) {
    // Moving to another pillar puts the activity at its end.
    const pillar = await pillarFor(tx, viewer, next.pillarId as string);
    data.position = pillar.nextPosition;
    changes.position = { from: before.position, to: pillar.nextPosition };
  }
  await updateVersioned(tx, viewer, {
    resource: "activity",
    before,
    version,
    changes,
    action: isStatusChange(Object.keys(changes)) ? "status_change" : "update",
    note: options.auditNote ?? (note === undefined ? null : { [options.locale ?? defaultLocale]: note }),
    write: (where) => tx.activity.updateMany({ where, data: { ...data, ...NEXT_VERSION } }),
  });
  if (changed("partnerIds")) {
    await tx.activityPartner.deleteMany({ where: { activityId: before.id } });
    await tx.activityPartner.createMany({
      data: (next.partnerIds as string[]).map((organizationId) => ({ activityId: before.id, organizationId })),
    });
  }
  if (changed("meetingIds")) {
    await tx.activityMeeting.deleteMany({ where: { activityId: before.id } });
    await tx.activityMeeting.createMany({
      data: (next.meetingIds as string[]).map((meetingId) => ({ activityId: before.id, meetingId })),
    });
    await touchMeetingsOf(tx, viewer, before.id, old.meetingIds as string[], next.meetingIds as string[]);
  }
  if (changed("frameworkTargetIds")) {
    await tx.activityFramework.deleteMany({ where: { activityId: before.id } });
    await tx.activityFramework.createMany({
      data: (next.frameworkTargetIds as string[]).map((targetId) => ({ activityId: before.id, targetId })),
    });
  }
}

async function applyUpdate(
  viewer: Viewer,
  activityId: string,
  input: ActivityUpdateInput,
  options: MutationOptions,
): Promise<ActivityDetail> {
  await transaction((tx) => writeActivityUpdate(tx, viewer, activityId, input, options));
  return orNotFound(getActivity(viewer, activityId));
}

/**
 * Changes any subset of an activity's fields (`version` required). A change of status and/or
 * progress only, with an optional note, is recorded as a status change.
 */
export async function updateActivity(
  viewer: Viewer,
  activityId: string,
  input: unknown,
  options: MutationOptions = {},
): Promise<ActivityDetail> {
  assertCan(viewer, "update", "activity");
  return applyUpdate(viewer, activityId, parseInput(ActivityUpdateInput, input), options);
}

/** The quick status update: `{ status?, progress?, note?, version }`. */
export async function updateActivityStatus(
  viewer: Viewer,
  activityId: string,
  input: unknown,
  options: MutationOptions = {},
): Promise<ActivityDetail> {
  assertCan(viewer, "update", "activity");
  return applyUpdate(viewer, activityId, parseInput(ActivityStatusInput, input), options);
}

export async function deleteActivity(viewer: Viewer, activityId: string, input: unknown): Promise<void> {
  assertCan(viewer, "delete", "activity");
  const { version } = parseInput(DeleteInput, input);
  await transaction(async (tx) => {
    const before = await findActivity(tx, viewer, activityId);
    assertCan(viewer, "delete", "activity", { isPublic: before.pillar.plan.isPublic });
    await deleteVersioned(tx, viewer, {
      resource: "activity",
      before,
      version,
      snapshot: { key: before.key, position: before.position, ...snapshot(before) },
      remove: (where) => tx.activity.deleteMany({ where }),
    });
    await touchMeetingsOf(tx, viewer, before.id, snapshot(before).meetingIds as string[], []);
  });
}

/** Puts a pillar's activities in the given order (every activity once, each with its version). */
export async function reorderActivities(viewer: Viewer, pillarId: string, input: unknown): Promise<ActivityListItem[]> {
  assertCan(viewer, "update", "activity");
  const { order } = parseInput(ReorderInput, input);
  await transaction(async (tx) => {
    const pillar = await findInScope(pillarId, () =>
      tx.pillar.findFirst({
        where: { AND: [{ id: pillarId }, readablePillars(viewer)] },
        select: { id: true, plan: { select: { isPublic: true } } },
      }),
    );
    assertCan(viewer, "update", "activity", { isPublic: pillar.plan.isPublic });
    const current = await tx.activity.findMany({
      where: { pillarId: pillar.id },
      select: { id: true, position: true, version: true, updatedAt: true },
    });
    await reorder(
      tx,
      viewer,
      "activity",
      current,
      order,
      (id, version, position) =>
        tx.activity.updateMany({
          where: { id, version, pillarId: pillar.id },
          data: { position, version: { increment: 1 } },
        }),
      (id) => currentVersion(tx, "activity", id),
    );
  });
  return listActivities(viewer, { pillarId });
}
