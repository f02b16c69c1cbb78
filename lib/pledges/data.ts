import "server-only";
import { assertCan, can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isoDate, isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import {
  pendingPledgeUpdateSelect,
  pledgeSelect,
  pledgeUpdateSelect,
  toPendingPledgeUpdate,
  toPledge,
  toPledgeUpdate,
  type PendingPledgeUpdateDto,
  type PledgeDto,
  type PledgeUpdateDto,
  type UpdateCounts,
} from "./dto";
import type { PledgeListQuery } from "./schema";
import { readablePledgeUpdates, readablePledges } from "./scope";

export type { PendingPledgeUpdateDto, PledgeDto, PledgeUpdateDto } from "./dto";

const pledgeOrder = [
  { memberStateId: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.PledgeOrderByWithRelationInput[];
const updateOrder = [
  { reportedOn: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.PledgeUpdateOrderByWithRelationInput[];

/**
 * Per pledge: updates waiting for review and the date of the latest accepted one, among the
 * updates the viewer may read, in one grouped query.
 */
async function updateCounts(viewer: Viewer, pledgeIds: string[]): Promise<Map<string, UpdateCounts>> {
  const counts = new Map<string, UpdateCounts>();
  if (pledgeIds.length === 0) return counts;
  const groups = await getDb().pledgeUpdate.groupBy({
    by: ["pledgeId", "status"],
    where: { AND: [{ pledgeId: { in: pledgeIds } }, readablePledgeUpdates(viewer)] },
    _count: { _all: true },
    _max: { reportedOn: true },
  });
  for (const group of groups) {
    const entry = counts.get(group.pledgeId) ?? { pending: 0, lastAcceptedOn: null };
    if (group.status === "submitted") entry.pending = group._count._all;
    if (group.status === "accepted") entry.lastAcceptedOn = isoDate(group._max.reportedOn);
    counts.set(group.pledgeId, entry);
  }
  return counts;
}

async function withCounts(
  viewer: Viewer,
  rows: Prisma.PledgeGetPayload<{ select: typeof pledgeSelect }>[],
): Promise<PledgeDto[]> {
  const counts = await updateCounts(
    viewer,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toPledge(row, counts.get(row.id)));
}

/** Pledges the viewer may read (signed-in users), by state, oldest first. */
export async function listPledges(viewer: Viewer, filter: PledgeListQuery = {}): Promise<PledgeDto[]> {
  assertCan(viewer, "read", "pledge");
  if (filter.meetingId !== undefined && !isUuid(filter.meetingId)) return [];
  const rows = await getDb().pledge.findMany({
    where: {
      AND: [
        readablePledges(viewer),
        filter.memberStateId ? { memberStateId: filter.memberStateId } : {},
        filter.meetingId ? { meetingId: filter.meetingId } : {},
      ],
    },
    select: pledgeSelect,
    orderBy: pledgeOrder,
  });
  return withCounts(viewer, rows);
}

export async function getPledge(viewer: Viewer, pledgeId: string): Promise<PledgeDto | null> {
  assertCan(viewer, "read", "pledge");
  if (!isUuid(pledgeId)) return null;
  const row = await getDb().pledge.findFirst({
    where: { AND: [{ id: pledgeId }, readablePledges(viewer)] },
    select: pledgeSelect,
  });
  return row ? (await withCounts(viewer, [row]))[0]! : null;
}

/**
 * A pledge's updates, newest first; null when the pledge cannot be read. A focal point reading
 * another state's pledge is refused its updates (403): the pledge itself is no secret.
 */
export async function listPledgeUpdates(viewer: Viewer, pledgeId: string): Promise<PledgeUpdateDto[] | null> {
  assertCan(viewer, "read", "pledgeUpdate");
  const pledge = isUuid(pledgeId)
    ? await getDb().pledge.findFirst({
        where: { AND: [{ id: pledgeId }, readablePledges(viewer)] },
        select: { memberStateId: true },
      })
    : null;
  if (!pledge) return null;
  if (!can(viewer, "read", "pledgeUpdate", { memberStateId: pledge.memberStateId })) throw new AppError("forbidden");
  const rows = await getDb().pledgeUpdate.findMany({
    where: { AND: [{ pledgeId }, readablePledgeUpdates(viewer)] },
    select: pledgeUpdateSelect,
    orderBy: updateOrder,
  });
  return rows.map(toPledgeUpdate);
}

export async function getPledgeUpdate(viewer: Viewer, updateId: string): Promise<PledgeUpdateDto | null> {
  assertCan(viewer, "read", "pledgeUpdate");
  if (!isUuid(updateId)) return null;
  const row = await getDb().pledgeUpdate.findFirst({
    where: { AND: [{ id: updateId }, readablePledgeUpdates(viewer)] },
    select: pledgeUpdateSelect,
  });
  return row ? toPledgeUpdate(row) : null;
}

/** The updates of several pledges the viewer may read, grouped by pledge (newest first), in one query. */
export async function pledgeUpdatesByPledge(
  viewer: Viewer,
  pledgeIds: string[],
): Promise<Map<string, PledgeUpdateDto[]>> {
  const byPledge = new Map<string, PledgeUpdateDto[]>();
  if (pledgeIds.length === 0 || !can(viewer, "read", "pledgeUpdate")) return byPledge;
  const rows = await getDb().pledgeUpdate.findMany({
    where: { AND: [{ pledgeId: { in: pledgeIds } }, readablePledgeUpdates(viewer)] },
    select: pledgeUpdateSelect,
    orderBy: updateOrder,
  });
  for (const row of rows) {
    const list = byPledge.get(row.pledgeId) ?? [];
    list.push(toPledgeUpdate(row));
    byPledge.set(row.pledgeId, list);
  }
  return byPledge;
}

/** The review queue: submitted updates the viewer may read (optionally of one state), oldest first. */
export async function listPendingPledgeUpdates(
  viewer: Viewer,
  filter: { memberStateId?: string } = {},
): Promise<PendingPledgeUpdateDto[]> {
  if (!can(viewer, "read", "pledgeUpdate")) return [];
  const rows = await getDb().pledgeUpdate.findMany({
    where: {
      AND: [
        { status: "submitted" },
        readablePledgeUpdates(viewer),
        filter.memberStateId ? { pledge: { memberStateId: filter.memberStateId } } : {},
      ],
    },
    select: pendingPledgeUpdateSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toPendingPledgeUpdate);
}
