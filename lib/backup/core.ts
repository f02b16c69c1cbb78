import { AppError, parseInput } from "@/lib/errors";
import type { PrismaClient } from "@/lib/db/generated/client";
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupDocumentSchema,
  type BackupDocument,
  type BackupTable,
} from "./schema";

// Export and restore on an explicit client, without a viewer: the CLI scripts (a system actor)
// call these directly; lib/backup/data.ts and mutations.ts add the admin check for the app.

type Row = Record<string, unknown>;
interface Delegate {
  findMany(args: { orderBy: Record<string, "asc">[] }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  deleteMany(): Promise<unknown>;
  count(): Promise<number>;
}

/** Primary key columns of each table (rows are exported in this order, so output is deterministic). */
const PRIMARY_KEYS: Record<BackupTable, string[]> = {
  MemberState: ["id"],
  FrameworkTarget: ["id"],
  Organization: ["id"],
  User: ["id"],
  Account: ["id"],
  TwoFactor: ["id"],
  ApiToken: ["id"],
  ActionPlan: ["id"],
  Pillar: ["id"],
  Activity: ["id"],
  Meeting: ["id"],
  ActivityPartner: ["activityId", "organizationId"],
  ActivityMeeting: ["activityId", "meetingId"],
  MeetingParticipation: ["meetingId", "memberStateId"],
  MeetingOrganization: ["meetingId", "organizationId"],
  AgendaItem: ["id"],
  AgendaItemPresenter: ["id"],
  Deliverable: ["id"],
  ActivityFramework: ["activityId", "targetId"],
  DeliverableFramework: ["deliverableId", "targetId"],
  DeliverableStage: ["id"],
  StageRecipient: ["id"],
  Pledge: ["id"],
  PledgeUpdate: ["id"],
  Comment: ["id"],
  AuditEvent: ["id"],
};

/** Tables `npm start` fills on its own, before any restore could run. */
const REFERENCE_TABLES = new Set<BackupTable>(["MemberState", "FrameworkTarget"]);

function delegate(db: Pick<PrismaClient, "actionPlan">, table: BackupTable): Delegate {
  const name = table[0]!.toLowerCase() + table.slice(1);
  return (db as unknown as Record<string, Delegate>)[name]!;
}

function serialise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** Every table's rows as a backup document. */
export async function exportDatabase(db: PrismaClient): Promise<BackupDocument> {
  // One repeatable-read snapshot, so rows written meanwhile cannot leave dangling references.
  const tables = await db.$transaction(
    async (tx) => {
      const out = {} as Record<BackupTable, Row[]>;
      for (const table of BACKUP_TABLES) {
        const rows = await delegate(tx, table).findMany({
          orderBy: PRIMARY_KEYS[table].map((key) => ({ [key]: "asc" as const })),
        });
        out[table] = rows.map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, serialise(value)])),
        );
      }
      return out;
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000, maxWait: 10_000 },
  );
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), tables };
}

/** A document as read from a file or the export route (which wraps it in `{ "data": ... }`). */
export function parseBackup(input: unknown): BackupDocument {
  const unwrapped =
    input !== null && typeof input === "object" && !("format" in input) && "data" in input
      ? (input as { data: unknown }).data
      : input;
  return parseInput(BackupDocumentSchema, unwrapped);
}

/** A row as createMany takes it: absent instead of null (JSON columns refuse a bare null), BigInt ids. */
function deserialise(table: BackupTable, row: Row): Row {
  const data: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null) continue;
    data[key] = table === "AuditEvent" && key === "id" ? BigInt(value as string) : value;
  }
  return data;
}

export interface RestoreResult {
  counts: Record<BackupTable, number>;
}

/**
 * Loads a backup into a database whose tables are all empty but for reference data (a freshly
 * migrated one, or one `npm start` prepared), in one
 * transaction: either everything is restored or nothing is. A database holding any row is
 * refused with 409 (`fields._ = ["database_not_empty"]`).
 */
export async function restoreDatabase(db: PrismaClient, input: unknown): Promise<RestoreResult> {
  const document = parseBackup(input);
  return db.$transaction(
    async (tx) => {
      // Reference data (member states, framework targets) may already be there, loaded by
      // `npm start`; nothing refers to it yet, so the backup's rows replace it.
      for (const table of BACKUP_TABLES) {
        if (REFERENCE_TABLES.has(table)) continue;
        if ((await delegate(tx, table).count()) > 0)
          throw new AppError("conflict", { fields: { _: ["database_not_empty"] } });
      }
      const counts = {} as Record<BackupTable, number>;
      const adoptions: { id: string; meetingId: string }[] = [];
      for (const table of BACKUP_TABLES) {
        const rows = document.tables[table].map((row) => deserialise(table, row));
        // A plan names the meeting that adopted it, and meetings name their plan: plans go in
        // without it and get it once the meetings exist.
        const data =
          table === "ActionPlan"
            ? rows.map(({ adoptionMeetingId, ...row }) => {
                if (typeof adoptionMeetingId === "string")
                  adoptions.push({ id: row.id as string, meetingId: adoptionMeetingId });
                return row;
              })
            : rows;
        if (REFERENCE_TABLES.has(table)) await delegate(tx, table).deleteMany();
        if (data.length > 0) await delegate(tx, table).createMany({ data });
        counts[table] = data.length;
        if (table === "Meeting") {
          for (const { id, meetingId } of adoptions) {
            await tx.$executeRaw`UPDATE "ActionPlan" SET "adoptionMeetingId" = ${meetingId}::uuid WHERE "id" = ${id}::uuid`;
          }
        }
      }
      // Audit rows keep their ids: the sequence continues after the highest one.
      await tx.$executeRaw`SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), COALESCE((SELECT MAX("id") FROM "AuditEvent"), 1), (SELECT MAX("id") FROM "AuditEvent") IS NOT NULL)`;
      return { counts };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
