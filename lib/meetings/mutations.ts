import "server-only";
import { DeleteInput, generatedKey } from "@/lib/validation/fields";
import { touchActivitiesOf } from "@/lib/audit/links";
import {
  FieldCheck,
  allFound,
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
import { readableActivities, readableMeetings, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/db/dto";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, assertKeyFree, orNotFound, parseInput } from "@/lib/errors";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { getMeeting, type MeetingDetail } from "./data";
import { MEETING_RANGES } from "./rules";
import { MeetingCreateInput, MeetingLinkInput, MeetingUpdateInput, type PartyInput } from "./schema";

type Fields = Omit<MeetingUpdateInput, "version">;

// Writes to meetings with their participating states (and which presented efforts), taking-part
// organisations, agenda items with presenters, and the activities they serve. Each list is part
// of the meeting's snapshot and is replaced as a whole when given.

const MEETING_FIELDS = {
  planId: "value",
  participationRecorded: "value",
  kind: "value",
  sessionNumber: "value",
  series: "value",
  title: "json",
  status: "value",
  startDate: "date",
  endDate: "date",
  datePrecision: "value",
  city: "json",
  venue: "json",
  organizer: "json",
  objectives: "json",
  outcome: "json",
} satisfies Partial<Record<keyof Prisma.MeetingSelect, FieldKind>>;

const meetingRecordSelect = {
  id: true,
  key: true,
  version: true,
  updatedAt: true,
  ...selectFields(MEETING_FIELDS),
  participations: { select: { memberStateId: true, presentedEfforts: true, note: true } },
  participants: { select: { organizationId: true } },
  agendaItems: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      title: true,
      description: true,
      presenters: { select: { organizationId: true, memberStateId: true }, orderBy: { id: "asc" } },
    },
  },
  activities: { select: { activityId: true } },
} satisfies Prisma.MeetingSelect;

type MeetingRecord = Prisma.MeetingGetPayload<{ select: typeof meetingRecordSelect }>;

interface Participation {
  memberStateId: string;
  presentedEfforts: boolean;
  note: LocalizedText | null;
}
interface AgendaItem {
  title: LocalizedText;
  description: LocalizedText | null;
  presenters: PartyInput[];
}

/** A presenter or recipient as one key: `{ organizationId }` or `{ memberStateId }`. */
export function party(p: { organizationId?: string | null; memberStateId?: string | null }): PartyInput {
  return p.organizationId ? { organizationId: p.organizationId } : { memberStateId: p.memberStateId! };
}

function participations(
  list: { memberStateId: string; presentedEfforts?: boolean; note?: unknown }[],
): Participation[] {
  return list
    .map((p) => ({
      memberStateId: p.memberStateId,
      presentedEfforts: p.presentedEfforts ?? false,
      note: (p.note ?? null) as LocalizedText | null,
    }))
    .sort((a, b) => (a.memberStateId < b.memberStateId ? -1 : 1));
}

function agenda(
  list: {
    title: unknown;
    description?: unknown;
    presenters?: { organizationId?: string | null; memberStateId?: string | null }[];
  }[],
): AgendaItem[] {
  return list.map((item) => ({
    title: item.title as LocalizedText,
    description: (item.description ?? null) as LocalizedText | null,
    presenters: (item.presenters ?? []).map(party),
  }));
}

function snapshot(row: MeetingRecord): Snapshot {
  return {
    ...snapshotOf(row, MEETING_FIELDS),
    participations: toJson(participations(row.participations)),
    organizationIds: idSet(row.participants.map((p) => p.organizationId)),
    agendaItems: toJson(agenda(row.agendaItems)),
    activityIds: idSet(row.activities.map((a) => a.activityId)),
  };
}

function given(fields: Fields): Snapshot {
  const values = givenFields(fields, MEETING_FIELDS);
  if (fields.participations) values.participations = toJson(participations(fields.participations));
  if (fields.organizationIds) values.organizationIds = idSet(fields.organizationIds);
  if (fields.agendaItems) values.agendaItems = toJson(agenda(fields.agendaItems));
  if (fields.activityIds) values.activityIds = idSet(fields.activityIds);
  return values;
}

/** Invariants, and that every plan, state, organisation and activity the changed fields name exists and is readable. */
async function check(tx: Tx, viewer: Viewer, next: Snapshot, changed: (field: string) => boolean): Promise<void> {
  const errors = new FieldCheck();
  errors.ranges(next, MEETING_RANGES, changed);
  const planId = next.planId;
  const items = (next.agendaItems ?? []) as unknown as AgendaItem[];
  const states = new Set<string>();
  const orgs = new Set<string>();
  if (changed("participations"))
    for (const p of (next.participations ?? []) as unknown as Participation[]) states.add(p.memberStateId);
  if (changed("organizationIds")) for (const id of (next.organizationIds ?? []) as string[]) orgs.add(id);
  if (changed("agendaItems")) {
    for (const item of items) {
      for (const p of item.presenters) {
        if (p.organizationId) orgs.add(p.organizationId);
        if (p.memberStateId) states.add(p.memberStateId);
      }
    }
  }
  const activityIds = changed("activityIds") ? ((next.activityIds ?? []) as string[]) : [];
  // One query at a time: a transaction is one connection.
  const plan =
    typeof planId === "string" && changed("planId")
      ? await tx.actionPlan.count({ where: { AND: [{ id: planId }, readablePlans(viewer)] } })
      : 1;
  const foundStates = states.size
    ? await tx.memberState.findMany({ where: { id: { in: [...states] } }, select: { id: true } })
    : [];
  const foundOrgs = orgs.size
    ? await tx.organization.findMany({ where: { id: { in: [...orgs] } }, select: { id: true } })
    : [];
  const foundActivities = activityIds.length
    ? await tx.activity.findMany({
        where: { AND: [{ id: { in: activityIds } }, readableActivities(viewer)] },
        select: { id: true },
      })
    : [];
  if (plan === 0) errors.add("planId", "unknown_reference");
  const stateOk = new Set(foundStates.map((s) => s.id));
  const orgOk = new Set(foundOrgs.map((o) => o.id));
  if (
    changed("participations") &&
    ((next.participations ?? []) as unknown as Participation[]).some((p) => !stateOk.has(p.memberStateId))
  ) {
    errors.add("participations", "unknown_reference");
  }
  if (changed("organizationIds") && ((next.organizationIds ?? []) as string[]).some((id) => !orgOk.has(id))) {
    errors.add("organizationIds", "unknown_reference");
  }
  if (changed("agendaItems")) {
    items.forEach((item, i) =>
      item.presenters.forEach((p, j) => {
        const ok = p.organizationId ? orgOk.has(p.organizationId) : stateOk.has(p.memberStateId!);
        if (!ok) errors.add(`agendaItems.${i}.presenters.${j}`, "unknown_reference");
      }),
    );
  }
  if (!allFound(activityIds, foundActivities)) errors.add("activityIds", "unknown_reference");
  errors.throwIfAny();
}

/** Rewrites the lists that changed (the meeting row itself is written and locked already). */
async function writeLists(
  tx: Tx,
  meetingId: string,
  next: Snapshot,
  changed: (field: string) => boolean,
): Promise<void> {
  if (changed("participations")) {
    await tx.meetingParticipation.deleteMany({ where: { meetingId } });
    await tx.meetingParticipation.createMany({
      data: ((next.participations ?? []) as unknown as Participation[]).map((p) => ({
        meetingId,
        memberStateId: p.memberStateId,
        presentedEfforts: p.presentedEfforts,
        note: p.note ?? Prisma.DbNull,
      })),
    });
  }
  if (changed("organizationIds")) {
    await tx.meetingOrganization.deleteMany({ where: { meetingId } });
    await tx.meetingOrganization.createMany({
      data: ((next.organizationIds ?? []) as string[]).map((organizationId) => ({ meetingId, organizationId })),
    });
  }
  if (changed("agendaItems")) {
    const items = (next.agendaItems ?? []) as unknown as AgendaItem[];
    await tx.agendaItem.deleteMany({ where: { meetingId } });
    const itemIds = sequentialUuids(items.length);
    await tx.agendaItem.createMany({
      data: items.map((item, i) => ({
        id: itemIds[i]!,
        meetingId,
        position: i + 1,
        title: item.title,
        description: item.description ?? Prisma.DbNull,
      })),
    });
    const presenters = items.flatMap((item, i) => item.presenters.map((p) => ({ agendaItemId: itemIds[i]!, ...p })));
    const presenterIds = sequentialUuids(presenters.length);
    await tx.agendaItemPresenter.createMany({ data: presenters.map((p, i) => ({ id: presenterIds[i]!, ...p })) });
  }
  if (changed("activityIds")) {
    await tx.activityMeeting.deleteMany({ where: { meetingId } });
    await tx.activityMeeting.createMany({
      data: ((next.activityIds ?? []) as string[]).map((activityId) => ({ meetingId, activityId })),
    });
  }
}

const findMeeting = (tx: Tx, viewer: Viewer, id: string): Promise<MeetingRecord> =>
  findInScope(id, () =>
    tx.meeting.findFirst({ where: { AND: [{ id }, readableMeetings(viewer)] }, select: meetingRecordSelect }),
  );

export async function createMeeting(viewer: Viewer, input: unknown): Promise<MeetingDetail> {
  assertCan(viewer, "create", "meeting");
  const { key: givenKey, ...fields } = parseInput(MeetingCreateInput, input);
  const values = given(fields);
  const id = await transaction(async (tx) => {
    await check(tx, viewer, values, (f) => f in values);
    const key = givenKey ?? generatedKey("meeting");
    assertKeyFree(await tx.meeting.findUnique({ where: { key }, select: { id: true } }));
    const { id } = await tx.meeting.create({
      data: { key, ...(writeData(values, MEETING_FIELDS) as Omit<Prisma.MeetingUncheckedCreateInput, "key">) },
      select: { id: true },
    });
    await writeLists(tx, id, values, (f) => f in values);
    const row = await findMeeting(tx, viewer, id);
    await writeAudit(tx, viewer, {
      action: "create",
      resource: "meeting",
      entityId: id,
      changes: diff(null, { key, ...snapshot(row) }),
    });
    await touchActivitiesOf(tx, viewer, id, [], (values.activityIds ?? []) as string[]);
    return id;
  });
  return orNotFound(getMeeting(viewer, id));
}

/** The note of a change made in bulk (the import's "Spreadsheet import"). */
export interface MeetingWriteOptions {
  auditNote?: Record<string, string>;
}

async function applyUpdate(
  viewer: Viewer,
  meetingId: string,
  version: number,
  values: (old: Snapshot) => Snapshot,
  options: MeetingWriteOptions = {},
  within?: Tx,
): Promise<void> {
  const write = async (tx: Tx) => {
    const before = await findMeeting(tx, viewer, meetingId);
    await expectRecordVersion(tx, "meeting", before, version);
    const old = snapshot(before);
    const next = { ...old, ...values(old) };
    const changes = diff(old, next);
    if (Object.keys(changes).length === 0) return;
    const changed = (field: string) => field in changes;
    await check(tx, viewer, next, changed);
    const data = writeData(pickChanged(next, changes), MEETING_FIELDS) as Prisma.MeetingUncheckedUpdateManyInput;
    await updateVersioned(tx, viewer, {
      resource: "meeting",
      before,
      version,
      changes,
      note: options.auditNote,
      write: (where) => tx.meeting.updateMany({ where, data: { ...data, ...NEXT_VERSION } }),
    });
    await writeLists(tx, before.id, next, changed);
    if (changed("activityIds")) {
      await touchActivitiesOf(tx, viewer, before.id, old.activityIds as string[], next.activityIds as string[]);
    }
  };
  await (within ? write(within) : transaction(write));
}

/** The update of a meeting inside the caller's transaction (the spreadsheet import, row by row). */
export function writeMeetingUpdate(
  tx: Tx,
  viewer: Viewer,
  meetingId: string,
  input: MeetingUpdateInput,
  options: MeetingWriteOptions = {},
): Promise<void> {
  const { version, ...fields } = input;
  return applyUpdate(viewer, meetingId, version, () => given(fields), options, tx);
}

/** Changes any subset of a meeting's fields and lists (`version` required). */
export async function updateMeeting(viewer: Viewer, meetingId: string, input: unknown): Promise<MeetingDetail> {
  assertCan(viewer, "update", "meeting");
  const { version, ...fields } = parseInput(MeetingUpdateInput, input);
  await applyUpdate(viewer, meetingId, version, () => given(fields));
  return orNotFound(getMeeting(viewer, meetingId));
}

/** Links one activity to the meeting (nothing changes when it already is). */
export async function linkActivity(
  viewer: Viewer,
  meetingId: string,
  activityId: string,
  input: unknown,
): Promise<MeetingDetail> {
  assertCan(viewer, "update", "meeting");
  const { version } = parseInput(MeetingLinkInput, input);
  if (!isUuid(activityId)) throw new AppError("not_found");
  await applyUpdate(viewer, meetingId, version, (old) => ({
    activityIds: idSet([...(old.activityIds as string[]), activityId]),
  }));
  return orNotFound(getMeeting(viewer, meetingId));
}

/** Unlinks one activity from the meeting (nothing changes when it is not linked). */
export async function unlinkActivity(
  viewer: Viewer,
  meetingId: string,
  activityId: string,
  input: unknown,
): Promise<MeetingDetail> {
  assertCan(viewer, "update", "meeting");
  const { version } = parseInput(MeetingLinkInput, input);
  await applyUpdate(viewer, meetingId, version, (old) => ({
    activityIds: (old.activityIds as string[]).filter((id) => id !== activityId),
  }));
  return orNotFound(getMeeting(viewer, meetingId));
}

/** Deletes a meeting with its participations and agenda; deliverables and plans pointing at it keep existing. */
export async function deleteMeeting(viewer: Viewer, meetingId: string, input: unknown): Promise<void> {
  assertCan(viewer, "delete", "meeting");
  const { version } = parseInput(DeleteInput, input);
  await transaction(async (tx) => {
    const before = await findMeeting(tx, viewer, meetingId);
    const old = snapshot(before);
    await deleteVersioned(tx, viewer, {
      resource: "meeting",
      before,
      version,
      snapshot: { key: before.key, ...old },
      remove: (where) => tx.meeting.deleteMany({ where }),
    });
    await touchActivitiesOf(tx, viewer, before.id, old.activityIds as string[], []);
  });
}
