import { z } from "zod";
import { Framework } from "@/lib/db/generated/enums";
import type { PlanFrameworkCoverage } from "@/lib/frameworks/data";
import { LocalizedText } from "@/lib/i18n/localized-text";
import { FrameworkTargetSchema } from "../dto-schemas";
import type { Operation } from "../operations";

// The frameworks operations of /api/v1 (listed in lib/api/operations.ts).

const TargetCoverageSchema = FrameworkTargetSchema.extend({
  activities: z.int().min(0),
  deliverables: z.int().min(0),
  deliverablesDone: z.int().min(0),
  progress: z.int().min(0).max(100).nullable().meta({
    description:
      "Mean over the tagged work: each activity's progress (100 when completed, cancelled ones left out), each deliverable 100 once submitted, circulated or published, else 0. Null when nothing counts.",
  }),
}).meta({ id: "TargetCoverage" });

const PlanFrameworkCoverageSchema = z
  .object({
    plan: z.object({ id: z.uuid(), title: LocalizedText, startYear: z.int(), endYear: z.int() }),
    frameworks: z.array(
      z.object({
        framework: z.enum(Framework),
        addressed: z.int().min(0),
        total: z.int().min(0),
        targets: z.array(TargetCoverageSchema),
      }),
    ),
  })
  .meta({ id: "PlanFrameworkCoverage" });

export const frameworksOperations: Operation[] = [
  {
    method: "GET",
    path: "/api/v1/frameworks",
    operationId: "list_framework_targets",
    summary: "The objectives of the GCM and the GCR and the migration-related SDG targets (public reference data)",
    tag: "frameworks",
    // Reference data under the same grant as the member states: everyone reads it, nobody edits it.
    permission: { resource: "memberState", action: "read" },
    response: z.array(FrameworkTargetSchema),
    status: 200,
  },
  {
    method: "GET",
    path: "/api/v1/plans/{id}/frameworks",
    operationId: "plan_framework_coverage",
    summary: "Which framework targets the plan's activities and deliverables address, and how far",
    tag: "frameworks",
    permission: { resource: "plan", action: "read" },
    record: "plan",
    response: PlanFrameworkCoverageSchema,
    status: 200,
  },
];

// Drift check, as in dto-schemas.ts: the DTO and its documented schema must agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type CoverageSchemaCheck = Assert<Same<z.output<typeof PlanFrameworkCoverageSchema>, PlanFrameworkCoverage>>;
