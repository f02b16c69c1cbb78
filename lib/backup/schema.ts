import { z } from "zod";

// The backup document (`npm run db:export`, GET /api/v1/export): every table's rows, in the
// order a restore inserts them. Dates are ISO strings, BigInt values strings, JSON as JSON.

export const BACKUP_FORMAT = "mutabaa-backup";
export const BACKUP_VERSION = 1;

/**
 * The tables a backup holds, parents before children (the restore inserts them in this order).
 * Sessions, verification tokens and rate-limit counters are transient and left out.
 */
export const BACKUP_TABLES = [
  "MemberState",
  "FrameworkTarget",
  "Organization",
  "User",
  "Account",
  "TwoFactor",
  "ApiToken",
  "ActionPlan",
  "Pillar",
  "Activity",
  "Meeting",
  "ActivityPartner",
  "ActivityMeeting",
  "MeetingParticipation",
  "MeetingOrganization",
  "AgendaItem",
  "AgendaItemPresenter",
  "Deliverable",
  "ActivityFramework",
  "DeliverableFramework",
  "DeliverableStage",
  "StageRecipient",
  "Pledge",
  "PledgeUpdate",
  "Comment",
  "AuditEvent",
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

const Rows = z.array(z.record(z.string(), z.unknown()));

export const BackupDocumentSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime(),
    tables: z.strictObject(Object.fromEntries(BACKUP_TABLES.map((t) => [t, Rows])) as Record<BackupTable, typeof Rows>),
  })
  .meta({ id: "Backup", description: "Every table's rows, ordered by primary key (see README: Backup and restore)." });

export type BackupDocument = z.output<typeof BackupDocumentSchema>;
