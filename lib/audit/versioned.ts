import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/db/dto";
import type { AuditAction } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { diff, expectVersion, guardedWrite, writeAudit, type AuditedResource, type Changes, type Tx } from "./write";

// The one skeleton of a write to a versioned record, shared by every feature's writes: find it in
// the caller's scope, refuse a stale version, write it guarded by that version, and record the
// audit event in the same transaction (docs/decisions/018-typed-snapshots-versioned-writes.md).
// The feature keeps what is its own: the fields, the rules and the link tables.

export interface VersionedRecord {
  id: string;
  version: number;
  updatedAt: Date;
}

/** The `where` of a version-guarded write. */
export interface VersionWhere {
  id: string;
  version: number;
}

/** Spread into an update's `data`: every write moves the record to its next version. */
export const NEXT_VERSION = { version: { increment: 1 } } as const;

/** The record `find` returns for a well-formed id within scope; 404 otherwise, whichever it is. */
export async function findInScope<T>(id: string, find: () => Promise<T | null>): Promise<T> {
  const row = isUuid(id) ? await find() : null;
  if (!row) throw new AppError("not_found");
  return row;
}

/** The version a record is at now (null when it is gone), for the 409 of a guarded write that lost. */
export function currentVersion(
  tx: Tx,
  resource: AuditedResource,
  id: string,
): Promise<{ version: number; updatedAt: Date } | null> {
  const args = { where: { id }, select: { version: true, updatedAt: true } } as const;
  switch (resource) {
    case "plan":
      return tx.actionPlan.findUnique(args);
    case "pillar":
      return tx.pillar.findUnique(args);
    case "activity":
      return tx.activity.findUnique(args);
    case "meeting":
      return tx.meeting.findUnique(args);
    case "deliverable":
      return tx.deliverable.findUnique(args);
    case "comment":
      // A hidden comment is gone for its editors: 404, not 409.
      return tx.comment.findFirst({ ...args, where: { id, deletedAt: null } });
    case "pledge":
      return tx.pledge.findUnique(args);
    case "pledgeUpdate":
      return tx.pledgeUpdate.findUnique(args);
    case "user":
      return tx.user.findUnique(args);
  }
}

/** Refuses (409) a write based on a version other than the one `before` is at. */
export function expectRecordVersion(
  tx: Tx,
  resource: AuditedResource,
  before: VersionedRecord,
  expected: number,
): Promise<void> {
  return expectVersion(tx, resource, before.id, before, expected);
}

export interface VersionedUpdate {
  resource: AuditedResource;
  before: VersionedRecord;
  /** The version the caller read (already checked with `expectRecordVersion`). */
  version: number;
  changes: Changes;
  /** The guarded row write: `updateMany({ where, data: { ...data, ...NEXT_VERSION } })`. */
  write: (where: VersionWhere) => Promise<{ count: number }>;
  action?: AuditAction;
  note?: Record<string, string> | null;
}

/** Writes a change guarded by its version (409 or 404 when it lost a race) and its audit event. */
export async function updateVersioned(tx: Tx, viewer: Viewer, update: VersionedUpdate): Promise<void> {
  const { resource, before, version } = update;
  await guardedWrite(
    tx,
    resource,
    before.id,
    () => update.write({ id: before.id, version }),
    () => currentVersion(tx, resource, before.id),
  );
  await writeAudit(tx, viewer, {
    action: update.action ?? "update",
    resource,
    entityId: before.id,
    changes: update.changes,
    note: update.note,
  });
}

export interface VersionedDelete {
  resource: AuditedResource;
  before: VersionedRecord;
  version: number;
  /** What the record was, as its audit history shows it (its key and every field). */
  snapshot: Parameters<typeof diff>[0];
  remove: (where: VersionWhere) => Promise<{ count: number }>;
}

/** Deletes a record at the version the caller read, recording what it was. */
export async function deleteVersioned(tx: Tx, viewer: Viewer, removal: VersionedDelete): Promise<void> {
  const { resource, before, version } = removal;
  await expectRecordVersion(tx, resource, before, version);
  await guardedWrite(
    tx,
    resource,
    before.id,
    () => removal.remove({ id: before.id, version }),
    () => currentVersion(tx, resource, before.id),
  );
  await writeAudit(tx, viewer, {
    action: "delete",
    resource,
    entityId: before.id,
    changes: diff(removal.snapshot, null),
  });
}
