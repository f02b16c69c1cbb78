import "server-only";
import type { Resource } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditAction } from "@/lib/db/generated/enums";
import { AppError, type ConflictDetails } from "@/lib/errors";

// The write side shared by every mutations.ts: one transaction per change, optimistic versions,
// and the audit event written inside that same transaction so a change and its record of who
// made it commit or fail together (docs/decisions/006-permissions-versioning-audit.md).

export type Tx = Prisma.TransactionClient;
export type Json = Prisma.JsonValue;
/** A record's editable fields as plain JSON (dates as YYYY-MM-DD, links as sorted id lists). */
export type Snapshot = Record<string, Json>;
export type Changes = Record<string, { from: Json; to: Json }>;

export type AuditedResource = Extract<
  Resource,
  "plan" | "pillar" | "activity" | "meeting" | "deliverable" | "comment" | "pledge" | "pledgeUpdate" | "user"
>;

/** Entity types as stored in AuditEvent.entityType: the model names, as the seed writes them. */
export const ENTITY_TYPE: Record<AuditedResource, string> = {
  plan: "ActionPlan",
  pillar: "Pillar",
  activity: "Activity",
  meeting: "Meeting",
  deliverable: "Deliverable",
  comment: "Comment",
  pledge: "Pledge",
  pledgeUpdate: "PledgeUpdate",
  user: "User",
};

/**
 * Runs `fn` in one interactive transaction. Generous waits: under a burst of concurrent edits the
 * losers queue for the row lock before they learn they lost, and must not time out instead.
 */
export function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return getDb().$transaction(fn, { maxWait: 15_000, timeout: 30_000 });
}

/** Key-order-independent JSON, so `{ en, ar }` equals `{ ar, en }`. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v as Json)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

/**
 * Fields whose value differs between two snapshots, as `{ field: { from, to } }`. A missing side
 * (create, delete) counts as null, and fields null on both sides are left out.
 */
export function diff(before: Snapshot | null, after: Snapshot | null): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (!sameJson(from, to)) changes[key] = { from, to };
  }
  return changes;
}

export interface AuditInput {
  action: AuditAction;
  resource: AuditedResource;
  entityId: string;
  changes: Changes;
  /** A status note, keyed by the language it was written in. */
  note?: Record<string, string> | null;
}

function auditRow(viewer: Viewer, input: AuditInput): Prisma.AuditEventCreateManyInput {
  return {
    actorId: viewer.kind === "user" ? viewer.userId : null,
    actorLabel: viewer.kind === "user" ? null : "anonymous",
    action: input.action,
    entityType: ENTITY_TYPE[input.resource],
    entityId: input.entityId,
    changes: input.changes as Prisma.InputJsonValue,
    note: input.note ?? undefined,
  };
}

export async function writeAudit(tx: Tx, viewer: Viewer, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(viewer, input) });
}

/** Several events in one statement (a reorder moves many records at once). */
export async function writeAudits(tx: Tx, viewer: Viewer, inputs: AuditInput[]): Promise<void> {
  if (inputs.length > 0) await tx.auditEvent.createMany({ data: inputs.map((input) => auditRow(viewer, input)) });
}

/** The version a record is at and who last changed it, for a 409's `conflict` details. */
export async function conflictDetails(
  tx: Tx,
  resource: AuditedResource,
  entityId: string,
  current: { version: number; updatedAt: Date },
): Promise<ConflictDetails> {
  const latest = await tx.auditEvent.findFirst({
    where: { entityType: ENTITY_TYPE[resource], entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, actorLabel: true, actor: { select: { name: true } } },
  });
  return {
    currentVersion: current.version,
    changedBy: latest ? (latest.actor?.name ?? latest.actorLabel) : null,
    changedAt: (latest?.at ?? current.updatedAt).toISOString(),
  };
}

export async function conflict(
  tx: Tx,
  resource: AuditedResource,
  entityId: string,
  current: { version: number; updatedAt: Date },
): Promise<AppError> {
  return new AppError("conflict", { conflict: await conflictDetails(tx, resource, entityId, current) });
}

/** Refuses a write based on a version other than the record's current one. */
export async function expectVersion(
  tx: Tx,
  resource: AuditedResource,
  entityId: string,
  current: { version: number; updatedAt: Date },
  expected: number,
): Promise<void> {
  if (current.version !== expected) throw await conflict(tx, resource, entityId, current);
}

/**
 * Applies a version-guarded write (`updateMany`/`deleteMany` with `{ id, version }` in its where):
 * zero rows means someone else changed or deleted the record since it was read, answered with
 * 409 and their details, or 404 when it is gone.
 */
export async function guardedWrite(
  tx: Tx,
  resource: AuditedResource,
  entityId: string,
  write: () => Promise<{ count: number }>,
  reload: () => Promise<{ version: number; updatedAt: Date } | null>,
): Promise<void> {
  const { count } = await write();
  if (count > 0) return;
  const current = await reload();
  if (!current) throw new AppError("not_found");
  throw await conflict(tx, resource, entityId, current);
}
