import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import {
  readableActivities,
  readableComments,
  readableDeliverables,
  readableMeetings,
  readablePillars,
  readablePlans,
  readableUsers,
} from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/dto";
import { readablePledgeUpdates, readablePledges } from "@/lib/pledges/scope";
import type { AuditAction } from "@/lib/db/generated/enums";
import { ENTITY_TYPE, type AuditedResource, type Changes } from "./write";

export interface AuditEventDto {
  /** Increasing with time (a bigint, as a string). */
  id: string;
  at: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The user who acted, or for changes made without one (the demo data) a label such as "seed". */
  actor: { id: string | null; name: string | null; label: string | null };
  /** `{ field: { from, to } }`, only fields that changed. */
  changes: Changes;
  /** A status note, keyed by the language it was written in. */
  note: Record<string, string> | null;
}

/** Whether `viewer` may read the record: history is shown exactly where the record is. */
async function isReadable(viewer: Viewer, resource: AuditedResource, id: string): Promise<boolean> {
  const db = getDb();
  const where = { id };
  switch (resource) {
    case "plan":
      return (await db.actionPlan.count({ where: { AND: [where, readablePlans(viewer)] } })) > 0;
    case "pillar":
      return (await db.pillar.count({ where: { AND: [where, readablePillars(viewer)] } })) > 0;
    case "activity":
      return (await db.activity.count({ where: { AND: [where, readableActivities(viewer)] } })) > 0;
    case "meeting":
      return (await db.meeting.count({ where: { AND: [where, readableMeetings(viewer)] } })) > 0;
    case "deliverable":
      return (await db.deliverable.count({ where: { AND: [where, readableDeliverables(viewer)] } })) > 0;
    case "comment":
      return (await db.comment.count({ where: { AND: [where, readableComments(viewer)] } })) > 0;
    case "pledge":
      return (await db.pledge.count({ where: { AND: [where, readablePledges(viewer)] } })) > 0;
    case "pledgeUpdate":
      return (await db.pledgeUpdate.count({ where: { AND: [where, readablePledgeUpdates(viewer)] } })) > 0;
    case "user":
      return (await db.user.count({ where: { AND: [where, readableUsers(viewer)] } })) > 0;
  }
}

/**
 * A record's audit events, newest first, with the actor's name; null when the viewer cannot read
 * the record (or it does not exist). Anonymous visitors are refused (401): the trail names people.
 */
export async function getHistory(
  viewer: Viewer,
  resource: AuditedResource,
  id: string,
): Promise<AuditEventDto[] | null> {
  assertCan(viewer, "read", "auditHistory");
  // Whoever may read no record of a kind (accounts, for all but admins) is refused like a read of it.
  assertCan(viewer, "read", resource);
  if (!isUuid(id) || !(await isReadable(viewer, resource, id))) return null;
  const rows = await getDb().auditEvent.findMany({
    where: { entityType: ENTITY_TYPE[resource], entityId: id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      actorId: true,
      actorLabel: true,
      actor: { select: { name: true } },
      changes: true,
      note: true,
    },
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.at.toISOString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: { id: row.actorId, name: row.actor?.name ?? null, label: row.actorLabel },
    changes: (row.changes ?? {}) as Changes,
    note: (row.note ?? null) as Record<string, string> | null,
  }));
}
