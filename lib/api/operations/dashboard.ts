import { z } from "zod";
import type { PlanChanges, PlanProgress } from "@/lib/dashboard/dto";
import { ChangesQuery } from "@/lib/dashboard/schema";
import { ActivityStatus, DatePrecision, DeliverableStageKind, MeetingKind } from "@/lib/db/generated/enums";
import { LocalizedText } from "@/lib/i18n/localized-text";
import type { Operation } from "../operations";

// The dashboard operations of /api/v1 (listed in lib/api/operations.ts), with the schemas of
// their answers (for the OpenAPI document; the type checks below keep them true to the DTOs).

const StatusCountsSchema = z
  .object(
    Object.fromEntries(Object.values(ActivityStatus).map((s) => [s, z.int().min(0)])) as Record<
      ActivityStatus,
      z.ZodInt
    >,
  )
  .meta({ id: "StatusCounts", description: "Activities per status; every status is present." });

const ProgressFiguresSchema = z
  .object({
    count: StatusCountsSchema,
    total: z.int().min(0),
    progress: z.int().min(0).max(100).nullable().meta({
      description:
        "Average of the activities' progress, completed counting 100 and cancelled left out; null when none counts.",
    }),
  })
  .meta({ id: "ProgressFigures" });

export const PlanProgressSchema = z
  .object({
    planId: z.uuid(),
    pillars: z.array(
      ProgressFiguresSchema.extend({ id: z.uuid(), key: z.string(), title: LocalizedText }).meta({
        id: "PillarProgress",
      }),
    ),
    overall: ProgressFiguresSchema,
  })
  .meta({ id: "PlanProgress" });

const DatedRefSchema = z.object({
  id: z.uuid(),
  title: LocalizedText,
  date: z.iso.date(),
  datePrecision: z.enum(DatePrecision),
});
const CreatedRecordSchema = z
  .object({
    eventId: z.string(),
    at: z.iso.datetime(),
    id: z.string(),
    title: LocalizedText,
    actor: z.string().nullable(),
  })
  .meta({ id: "CreatedRecord" });

export const PlanChangesSchema = z
  .object({
    planId: z.uuid(),
    planTitle: LocalizedText,
    from: z.iso.date(),
    to: z.iso.date(),
    sinceLastMeeting: DatedRefSchema.nullable().meta({
      description: "The meeting whose start was taken as `from` when none was given.",
    }),
    statusChanges: z
      .array(
        z.object({
          eventId: z.string(),
          at: z.iso.datetime(),
          activity: z.object({ id: z.string(), title: LocalizedText }),
          from: z.enum(ActivityStatus).nullable(),
          to: z.enum(ActivityStatus),
          actor: z.string().nullable(),
        }),
      )
      .nullable()
      .meta({ description: "From the audit trail: null for callers who may not read it (anonymous)." }),
    newActivities: z.array(CreatedRecordSchema).nullable(),
    newDeliverables: z.array(CreatedRecordSchema).nullable(),
    advancedDeliverables: z.array(
      z.object({
        id: z.uuid(),
        title: LocalizedText,
        stage: z.enum(DeliverableStageKind),
        date: z.iso.date(),
        datePrecision: z.enum(DatePrecision),
      }),
    ),
    meetingsHeld: z.array(DatedRefSchema.extend({ kind: z.enum(MeetingKind), endDate: z.iso.date().nullable() })),
  })
  .meta({ id: "PlanChanges" });

export const dashboardOperations: Operation[] = [
  {
    method: "GET",
    path: "/api/v1/plans/{id}/progress",
    operationId: "plan_progress",
    summary: "The plan's progress: activities per status and weighted progress, per pillar and overall",
    tag: "plans",
    permission: { resource: "plan", action: "read" },
    record: "plan",
    response: PlanProgressSchema,
    status: 200,
  },
  {
    method: "GET",
    path: "/api/v1/plans/{id}/changes",
    operationId: "plan_changes",
    summary: "What changed under the plan between two days: status changes, new and advanced documents, meetings held",
    tag: "plans",
    permission: { resource: "plan", action: "read" },
    record: "plan",
    query: ChangesQuery,
    response: PlanChangesSchema,
    status: 200,
  },
];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type DashboardSchemaChecks = [
  Assert<Same<z.output<typeof PlanProgressSchema>, PlanProgress>>,
  Assert<Same<z.output<typeof PlanChangesSchema>, PlanChanges>>,
];
