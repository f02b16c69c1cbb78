import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/dto";
import type { Framework } from "@/lib/db/generated/enums";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { frameworkTargetOrder, frameworkTargetSelect, toFrameworkTarget, type FrameworkTargetDto } from "./dto";
import { FRAMEWORKS } from "./reference";

/**
 * Every objective and target of the global frameworks, GCM first, in reference order. Public
 * reference data (like the member states): the same list for every reader, so it takes no viewer.
 */
export async function listFrameworkTargets(): Promise<FrameworkTargetDto[]> {
  const rows = await getDb().frameworkTarget.findMany({ select: frameworkTargetSelect, orderBy: frameworkTargetOrder });
  return rows.map(toFrameworkTarget);
}

export interface TargetCoverage extends FrameworkTargetDto {
  /** Activities of the plan tagged with the target (cancelled ones included). */
  activities: number;
  /** Deliverables of the plan tagged with the target. */
  deliverables: number;
  /** Of those deliverables, the ones delivered (a completed submitted, circulated or published stage). */
  deliverablesDone: number;
  /**
   * 0–100: the mean over the tagged work, each activity counting its progress (100 once
   * completed, cancelled ones left out) and each deliverable 100 when delivered, else 0. Null
   * when nothing counts (no tags, or only cancelled activities).
   */
  progress: number | null;
}

export interface FrameworkCoverage {
  framework: Framework;
  /** Targets with at least one tagged activity or deliverable. */
  addressed: number;
  total: number;
  targets: TargetCoverage[];
}

export interface PlanFrameworkCoverage {
  plan: { id: string; title: LocalizedText; startYear: number; endYear: number };
  frameworks: FrameworkCoverage[];
}

/** Stages after which a deliverable has reached its readers (docs/decisions/012-global-frameworks.md). */
const DELIVERED_STAGES = ["submitted", "circulated", "published"];

/**
 * How far a plan addresses each framework target, in four queries whatever the plan's size: the
 * plan (read scope), the reference list, and one grouped count each for activities and
 * deliverables. Everything under a readable plan is readable (lib/auth/scope.ts), so the grouped
 * queries need no scope of their own beyond the plan.
 */
export async function getPlanFrameworkCoverage(viewer: Viewer, planId: string): Promise<PlanFrameworkCoverage | null> {
  if (!isUuid(planId)) return null;
  const db = getDb();
  const plan = await db.actionPlan.findFirst({
    where: { AND: [{ id: planId }, readablePlans(viewer)] },
    select: { id: true, title: true, startYear: true, endYear: true, isPublic: true },
  });
  if (!plan) return null;
  assertCan(viewer, "read", "plan", { isPublic: plan.isPublic });

  const [targets, activityRows, deliverableRows] = await Promise.all([
    listFrameworkTargets(),
    db.$queryRaw<{ targetId: string; activities: number; counted: number; progressSum: number }[]>`
      SELECT af."targetId",
             count(*)::int AS activities,
             count(*) FILTER (WHERE a.status <> 'cancelled')::int AS counted,
             coalesce(sum(CASE WHEN a.status = 'completed' THEN 100 ELSE a.progress END)
                      FILTER (WHERE a.status <> 'cancelled'), 0)::int AS "progressSum"
      FROM "ActivityFramework" af
      JOIN "Activity" a ON a.id = af."activityId"
      JOIN "Pillar" p ON p.id = a."pillarId"
      WHERE p."planId" = ${plan.id}::uuid
      GROUP BY af."targetId"`,
    // A plan's deliverables as the plan page lists them: from its activities, or from meetings
    // held under it or serving one of its activities.
    db.$queryRaw<{ targetId: string; deliverables: number; done: number }[]>`
      SELECT df."targetId",
             count(*)::int AS deliverables,
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "DeliverableStage" s
               WHERE s."deliverableId" = d.id AND s.completed AND s.stage::text = ANY(${DELIVERED_STAGES}::text[])
             ))::int AS done
      FROM "DeliverableFramework" df
      JOIN "Deliverable" d ON d.id = df."deliverableId"
      WHERE EXISTS (
              SELECT 1 FROM "Activity" a JOIN "Pillar" p ON p.id = a."pillarId"
              WHERE a.id = d."activityId" AND p."planId" = ${plan.id}::uuid)
         OR EXISTS (
              SELECT 1 FROM "Meeting" m
              WHERE m.id = d."meetingId" AND (
                m."planId" = ${plan.id}::uuid
                OR EXISTS (
                  SELECT 1 FROM "ActivityMeeting" am
                  JOIN "Activity" a ON a.id = am."activityId" JOIN "Pillar" p ON p.id = a."pillarId"
                  WHERE am."meetingId" = m.id AND p."planId" = ${plan.id}::uuid)))
      GROUP BY df."targetId"`,
  ]);

  const byActivity = new Map(activityRows.map((r) => [r.targetId, r]));
  const byDeliverable = new Map(deliverableRows.map((r) => [r.targetId, r]));
  const coverage = targets.map((target): TargetCoverage => {
    const a = byActivity.get(target.id);
    const d = byDeliverable.get(target.id);
    const counted = (a?.counted ?? 0) + (d?.deliverables ?? 0);
    const points = (a?.progressSum ?? 0) + 100 * (d?.done ?? 0);
    return {
      ...target,
      activities: a?.activities ?? 0,
      deliverables: d?.deliverables ?? 0,
      deliverablesDone: d?.done ?? 0,
      progress: counted === 0 ? null : Math.round(points / counted),
    };
  });
  return {
    plan: { id: plan.id, title: toLocalizedText(plan.title), startYear: plan.startYear, endYear: plan.endYear },
    frameworks: FRAMEWORKS.map((framework) => {
      const own = coverage.filter((t) => t.framework === framework);
      return {
        framework,
        addressed: own.filter((t) => t.activities + t.deliverables > 0).length,
        total: own.length,
        targets: own,
      };
    }),
  };
}
