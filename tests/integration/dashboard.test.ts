import { beforeAll, describe, expect, it } from "vitest";
import * as changesRoute from "@/app/api/v1/plans/[id]/changes/route";
import * as progressRoute from "@/app/api/v1/plans/[id]/progress/route";
import { updateActivityStatus } from "@/lib/activities/mutations";
import { PlanChangesSchema, PlanProgressSchema } from "@/lib/api/operations/dashboard";
import { getPlanChanges, getPlanDashboard, getPlanProgress } from "@/lib/dashboard/data";
import type { PlanProgress } from "@/lib/dashboard/dto";
import { getDb } from "@/lib/db/client";
import type { ActivityStatus, DeliverableStageKind } from "@/lib/db/generated/enums";
import { loadDemoData } from "../../prisma/seed/load";
import { callApi, createActors, type Actor, type ActorName, type RouteHandler } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

// The dashboard's figures against independent counts of the same rows (Prisma reads of every
// activity and deliverable, computed here in plain code), for the demo plan and for a generated
// plan of several hundred activities; who sees what; and "what changed" between two days.

const db = getDb();
let actors: Record<ActorName, Actor>;
let demoPlanId: string;

const STATUSES: ActivityStatus[] = ["not_started", "in_progress", "completed", "postponed", "cancelled"];
const TODAY = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  await loadDemoData(db, { accounts: false });
  actors = await createActors();
  demoPlanId = (await db.actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } })).id;
});

/** The weighting rule restated row by row: completed counts 100, cancelled is left out. */
function expectedProgress(activities: { status: ActivityStatus; progress: number }[]): number | null {
  const counted = activities.filter((a) => a.status !== "cancelled");
  if (counted.length === 0) return null;
  return Math.round(counted.reduce((n, a) => n + (a.status === "completed" ? 100 : a.progress), 0) / counted.length);
}

function expectedCounts(activities: { status: ActivityStatus }[]): Record<ActivityStatus, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, activities.filter((a) => a.status === s).length])) as Record<
    ActivityStatus,
    number
  >;
}

/** Checks every figure of `progress` against the plan's rows read one by one. */
async function expectProgressMatchesRows(planId: string, progress: PlanProgress) {
  const pillars = await db.pillar.findMany({
    where: { planId },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { id: true, activities: { select: { status: true, progress: true } } },
  });
  expect(progress.pillars.map((p) => p.id)).toEqual(pillars.map((p) => p.id));
  for (const pillar of pillars) {
    const figures = progress.pillars.find((p) => p.id === pillar.id)!;
    expect(figures.count).toEqual(expectedCounts(pillar.activities));
    expect(figures.total).toBe(pillar.activities.length);
    expect(figures.progress).toBe(expectedProgress(pillar.activities));
  }
  const all = pillars.flatMap((p) => p.activities);
  expect(progress.overall).toEqual({ count: expectedCounts(all), total: all.length, progress: expectedProgress(all) });
}

/** The plan's deliverables (as the plan page lists them) by the latest stage each completed. */
async function expectedStageCounts(planId: string): Promise<Record<DeliverableStageKind | "none", number>> {
  const inPlan = { pillar: { planId } };
  const deliverables = await db.deliverable.findMany({
    where: {
      OR: [{ activity: inPlan }, { meeting: { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] } }],
    },
    select: { stages: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { stage: true, completed: true } } },
  });
  const counts: Record<string, number> = {
    none: 0,
    drafted: 0,
    adopted: 0,
    issued: 0,
    translated: 0,
    submitted: 0,
    circulated: 0,
    published: 0,
  };
  for (const d of deliverables) counts[d.stages.filter((s) => s.completed).at(-1)?.stage ?? "none"]! += 1;
  return counts as Record<DeliverableStageKind | "none", number>;
}

async function expectDashboardMatchesRows(planId: string, viewer: Actor["viewer"]) {
  const dashboard = (await getPlanDashboard(viewer, planId, { today: TODAY }))!;
  await expectProgressMatchesRows(planId, dashboard.progress);
  expect(dashboard.deliverableStages).toEqual(await expectedStageCounts(planId));

  const activities = await db.activity.findMany({
    where: { pillar: { planId } },
    select: { id: true, status: true, plannedEnd: true },
  });
  const open = activities.filter((a) => a.status !== "completed" && a.status !== "cancelled");
  const lateActivities = open.filter((a) => a.plannedEnd && a.plannedEnd.toISOString().slice(0, 10) < TODAY);
  const inPlan = { pillar: { planId } };
  const lateStages = await db.deliverableStage.findMany({
    where: {
      completed: false,
      deliverable: {
        OR: [{ activity: inPlan }, { meeting: { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] } }],
      },
    },
    select: { date: true },
  });
  const late =
    lateActivities.length + lateStages.filter((s) => s.date && s.date.toISOString().slice(0, 10) < TODAY).length;
  expect(dashboard.late.total).toBe(late);
  expect(dashboard.late.items.length).toBe(Math.min(late, 8));
  expect(dashboard.timeline.activities.map((a) => a.id).sort()).toEqual(activities.map((a) => a.id).sort());
  return dashboard;
}

describe("plan progress and dashboard figures", () => {
  it("match the demo plan's rows", async () => {
    const progress = (await getPlanProgress(actors.observer.viewer, demoPlanId))!;
    expect(progress.overall.total).toBeGreaterThan(10);
    await expectProgressMatchesRows(demoPlanId, progress);
    const dashboard = await expectDashboardMatchesRows(demoPlanId, actors.secretariat.viewer);
    expect(dashboard.deliverableTotal).toBeGreaterThan(0);
    // The demo plan's meetings of 2022–2023 are on its timeline.
    expect(dashboard.timeline.meetings.length).toBeGreaterThan(0);
    expect(dashboard.timeline.meetings.every((m) => m.date >= "2022-01-01" && m.date < "2024-01-01")).toBe(true);
  });

  it("match a generated plan of 400 activities across 6 pillars", async () => {
    const { plan } = await createPlanFixture({ isPublic: false, activities: 1 });
    // A fixed sequence: the same plan on every run, spread over every status and progress.
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const pillars = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        db.pillar.create({
          data: { key: `gen-${plan.id}-${i}`, planId: plan.id, position: i + 10, title: { ar: `محور ${i + 1}` } },
        }),
      ),
    );
    await db.activity.createMany({
      data: Array.from({ length: 400 }, (_, i) => {
        const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
        const month = 1 + Math.floor(random() * 24);
        const end = new Date(Date.UTC(2029 + Math.floor(month / 12), month % 12, 15));
        return {
          key: `gen-${plan.id}-a${i}`,
          pillarId: pillars[i % 6]!.id,
          position: i,
          title: { ar: `نشاط ${i}` },
          status,
          progress: Math.floor(random() * 101),
          plannedEnd: random() < 0.9 ? end : null,
        };
      }),
    });
    const progress = (await getPlanProgress(actors.secretariat.viewer, plan.id))!;
    expect(progress.overall.total).toBe(401);
    expect(progress.pillars).toHaveLength(7);
    for (const status of STATUSES) expect(progress.overall.count[status]).toBeGreaterThan(40);
    await expectProgressMatchesRows(plan.id, progress);
    await expectDashboardMatchesRows(plan.id, actors.secretariat.viewer);
  });
});

describe("who sees the dashboard", () => {
  it("refuses an anonymous visitor a private plan, and lets a signed-in reader have it", async () => {
    const { plan } = await createPlanFixture({ isPublic: false });
    expect(await getPlanProgress(actors.anonymous.viewer, plan.id)).toBeNull();
    expect(await getPlanDashboard(actors.anonymous.viewer, plan.id)).toBeNull();
    expect(await getPlanChanges(actors.anonymous.viewer, plan.id, {})).toBeNull();
    expect(await getPlanDashboard(actors.focalEg.viewer, plan.id)).not.toBeNull();
    expect(await getPlanProgress(actors.anonymous.viewer, "not-a-uuid")).toBeNull();
  });

  it("gives an anonymous visitor a public plan's figures without the audit trail", async () => {
    const dashboard = (await getPlanDashboard(actors.anonymous.viewer, demoPlanId))!;
    expect(dashboard.progress.overall.total).toBeGreaterThan(0);
    expect(dashboard.recentChanges).toBeNull();
    const changes = (await getPlanChanges(actors.anonymous.viewer, demoPlanId, {
      from: "2022-01-01",
      to: "2023-12-31",
    }))!;
    expect(changes.statusChanges).toBeNull();
    expect(changes.newActivities).toBeNull();
    expect(changes.meetingsHeld.length).toBeGreaterThan(0);
    expect((await getPlanDashboard(actors.observer.viewer, demoPlanId))!.recentChanges).toEqual(expect.any(Array));
  });
});

describe("what changed", () => {
  it("lists a status change made between the two days and not one made outside them", async () => {
    const { plan, activities } = await createPlanFixture({ isPublic: false, activities: 2 });
    const [now, earlier] = activities;
    await updateActivityStatus(actors.secretariat.viewer, now!.id, { status: "completed", version: now!.version });
    // An older change, as the trail would hold it had it been made in March 2024 (the trail only takes inserts).
    await db.auditEvent.create({
      data: {
        at: new Date("2024-03-10T09:00:00Z"),
        actorId: actors.secretariat.userId,
        action: "status_change",
        entityType: "Activity",
        entityId: earlier!.id,
        changes: { status: { from: "not_started", to: "in_progress" } },
      },
    });

    const viewer = actors.observer.viewer;
    const march = (await getPlanChanges(viewer, plan.id, { from: "2024-03-01", to: "2024-03-31" }))!;
    expect(march.statusChanges).toEqual([
      expect.objectContaining({
        activity: expect.objectContaining({ id: earlier!.id }),
        from: "not_started",
        to: "in_progress",
        actor: "Secretariat Test",
      }),
    ]);
    const today = (await getPlanChanges(viewer, plan.id, { from: TODAY, to: TODAY }))!;
    expect(today.statusChanges).toEqual([
      expect.objectContaining({
        activity: expect.objectContaining({ id: now!.id }),
        from: "in_progress",
        to: "completed",
      }),
    ]);
    const before = (await getPlanChanges(viewer, plan.id, { from: "2024-04-01", to: "2024-12-31" }))!;
    expect(before.statusChanges).toEqual([]);

    const dashboard = (await getPlanDashboard(viewer, plan.id))!;
    expect(dashboard.recentChanges![0]).toMatchObject({
      entity: "activity",
      entityId: now!.id,
      action: "status_change",
      status: { to: "completed" },
    });
  });

  it("lists meetings held and document stages completed in the range, and starts at the last meeting by default", async () => {
    const changes = (await getPlanChanges(actors.observer.viewer, demoPlanId, {
      from: "2023-01-01",
      to: "2023-12-31",
    }))!;
    const held = await db.meeting.findMany({
      where: {
        status: "held",
        startDate: { gte: new Date("2023-01-01"), lte: new Date("2023-12-31") },
        OR: [{ planId: demoPlanId }, { activities: { some: { activity: { pillar: { planId: demoPlanId } } } } }],
      },
      select: { id: true },
    });
    expect(changes.meetingsHeld.map((m) => m.id).sort()).toEqual(held.map((m) => m.id).sort());
    expect(changes.advancedDeliverables.every((d) => d.date >= "2023-01-01" && d.date <= "2023-12-31")).toBe(true);
    expect(changes.advancedDeliverables.length).toBeGreaterThan(0);

    const since = (await getPlanChanges(actors.observer.viewer, demoPlanId, {}, { today: "2023-12-31" }))!;
    expect(since.to).toBe("2023-12-31");
    expect(since.sinceLastMeeting).not.toBeNull();
    expect(since.from).toBe(since.sinceLastMeeting!.date);
    const latestHeld = await db.meeting.findFirstOrThrow({
      where: {
        status: "held",
        startDate: { lt: new Date("2023-12-31") },
        OR: [{ planId: demoPlanId }, { activities: { some: { activity: { pillar: { planId: demoPlanId } } } } }],
      },
      orderBy: { startDate: "desc" },
    });
    expect(since.sinceLastMeeting!.id).toBe(latestHeld.id);
  });
});

describe("GET /api/v1/plans/{id}/progress and /changes", () => {
  const call = (handler: RouteHandler, planId: string, query = "", actor?: Actor) =>
    callApi(handler, { path: `/api/v1/plans/${planId}/x${query}`, params: { id: planId }, actor });

  it("answers the documented shape, every status present", async () => {
    const res = await call(progressRoute.GET as RouteHandler, demoPlanId);
    expect(res.status).toBe(200);
    const data = PlanProgressSchema.parse(res.data);
    expect(Object.keys(data.overall.count).sort()).toEqual([...STATUSES].sort());
    expect(data).toEqual(await getPlanProgress(actors.anonymous.viewer, demoPlanId));

    const changes = await call(
      changesRoute.GET as RouteHandler,
      demoPlanId,
      "?from=2023-01-01&to=2023-12-31",
      actors.secretariat,
    );
    expect(changes.status).toBe(200);
    expect(PlanChangesSchema.parse(changes.data).from).toBe("2023-01-01");
  });

  it("answers 404 for a private plan to anonymous visitors and 422 for a bad range", async () => {
    const { plan } = await createPlanFixture({ isPublic: false });
    expect((await call(progressRoute.GET as RouteHandler, plan.id)).status).toBe(404);
    expect((await call(progressRoute.GET as RouteHandler, plan.id, "", actors.observer)).status).toBe(200);
    const bad = await call(changesRoute.GET as RouteHandler, demoPlanId, "?from=2023-06-01&to=2023-01-01");
    expect(bad.status).toBe(422);
    expect(bad.error?.fields).toHaveProperty("to");
  });
});
