import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createActivity, updateActivity } from "@/lib/activities/mutations";
import { getHistory } from "@/lib/audit/data";
import { getDb } from "@/lib/db/client";
import type { ActivityStatus, DeliverableStageKind } from "@/lib/db/generated/enums";
import { createDeliverable, updateDeliverable } from "@/lib/deliverables/mutations";
import { AppError } from "@/lib/errors";
import { getPlanFrameworkCoverage, listFrameworkTargets } from "@/lib/frameworks/data";
import { FRAMEWORK_TARGETS } from "@/lib/frameworks/reference";
import { GET as listRoute } from "@/app/api/v1/frameworks/route";
import { GET as coverageRoute } from "@/app/api/v1/plans/[id]/frameworks/route";
import { callApi, createActors, type Actor, type ActorName, type RouteHandler } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

const db = getDb();
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
let actors: Record<ActorName, Actor>;

beforeAll(async () => {
  actors = await createActors();
});

const joinRows = async () => ({
  activities: await db.activityFramework.count(),
  deliverables: await db.deliverableFramework.count(),
  audit: await db.auditEvent.count(),
});

describe("framework reference list", () => {
  it("is in the database in reference order and served to anyone", async () => {
    const targets = await listFrameworkTargets();
    expect(targets.map((t) => t.id)).toEqual(FRAMEWORK_TARGETS.map((t) => t.id));
    const res = await callApi<{ id: string }[]>(listRoute as RouteHandler, {
      path: "/api/v1/frameworks",
      actor: actors.anonymous,
    });
    expect(res.status).toBe(200);
    expect(res.data).toHaveLength(FRAMEWORK_TARGETS.length);
    expect(res.data[0]).toEqual({ id: "gcm-1", framework: "gcm", code: "1", title: FRAMEWORK_TARGETS[0]!.title });
  });
});

describe("tagging activities and deliverables", () => {
  it("writes the activity's join rows and records the change in its history", async () => {
    const { pillar } = await createPlanFixture({ isPublic: false, activities: 1 });
    const created = await createActivity(actors.secretariat.viewer, {
      pillarId: pillar.id,
      title: { ar: "نشاط موسوم" },
      frameworkTargetIds: ["sdg-10.7", "gcm-23"],
    });
    expect(created.frameworkTargets.map((t) => t.id)).toEqual(["gcm-23", "sdg-10.7"]);
    expect(created.frameworkTargets[0]).toMatchObject({
      framework: "gcm",
      code: "23",
      title: { en: expect.stringContaining("international cooperation") },
    });

    const updated = await updateActivity(actors.secretariat.viewer, created.id, {
      frameworkTargetIds: ["gcr-1", "gcm-23"],
      version: created.version,
    });
    expect(updated.version).toBe(created.version + 1);
    const rows = await db.activityFramework.findMany({
      where: { activityId: created.id },
      orderBy: { targetId: "asc" },
    });
    expect(rows.map((r) => r.targetId)).toEqual(["gcm-23", "gcr-1"]);
    const [latest, first] = (await getHistory(actors.observer.viewer, "activity", created.id))!;
    expect(latest).toMatchObject({
      action: "update",
      changes: { frameworkTargetIds: { from: ["gcm-23", "sdg-10.7"], to: ["gcm-23", "gcr-1"] } },
    });
    expect(first).toMatchObject({
      action: "create",
      changes: { frameworkTargetIds: { from: null, to: ["gcm-23", "sdg-10.7"] } },
    });

    // The same list again changes nothing: no new version, no event.
    const again = await updateActivity(actors.secretariat.viewer, created.id, {
      frameworkTargetIds: ["gcm-23", "gcr-1"],
      version: updated.version,
    });
    expect(again.version).toBe(updated.version);
  });

  it("writes the deliverable's join rows and records the change in its history", async () => {
    const { activities } = await createPlanFixture({ isPublic: false, activities: 1 });
    const created = await createDeliverable(actors.secretariat.viewer, {
      type: "statement",
      title: { ar: "بيان موسوم" },
      activityId: activities[0]!.id,
      frameworkTargetIds: ["gcr-4"],
    });
    expect(created.frameworkTargets.map((t) => t.id)).toEqual(["gcr-4"]);
    const cleared = await updateDeliverable(actors.secretariat.viewer, created.id, {
      frameworkTargetIds: [],
      version: created.version,
    });
    expect(cleared.frameworkTargets).toEqual([]);
    expect(await db.deliverableFramework.count({ where: { deliverableId: created.id } })).toBe(0);
    const [latest] = (await getHistory(actors.observer.viewer, "deliverable", created.id))!;
    expect(latest).toMatchObject({ action: "update", changes: { frameworkTargetIds: { from: ["gcr-4"], to: [] } } });
  });

  it("refuses an unknown target with a field error and writes nothing", async () => {
    const { pillar, activities } = await createPlanFixture({ isPublic: false, activities: 1 });
    const before = await joinRows();
    const attempts = [
      () =>
        createActivity(actors.secretariat.viewer, {
          pillarId: pillar.id,
          title: { ar: "نشاط" },
          frameworkTargetIds: ["gcm-0"],
        }),
      () =>
        updateActivity(actors.secretariat.viewer, activities[0]!.id, {
          frameworkTargetIds: ["gcm-1", "GCM-2"],
          version: activities[0]!.version,
        }),
      () =>
        createDeliverable(actors.secretariat.viewer, {
          type: "statement",
          title: { ar: "بيان" },
          frameworkTargetIds: ["sdg-10.8"],
        }),
    ];
    for (const attempt of attempts) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "validation", fields: { frameworkTargetIds: ["unknown_reference"] } });
    }
    expect(await joinRows()).toEqual(before);
    expect(await db.activity.findUniqueOrThrow({ where: { id: activities[0]!.id } })).toMatchObject({
      version: activities[0]!.version,
    });
  });

  it("refuses tagging by those who may not edit", async () => {
    const { activities } = await createPlanFixture({ isPublic: true, activities: 1 });
    const before = await joinRows();
    for (const actor of [actors.anonymous, actors.observer, actors.focalEg]) {
      await expect(
        updateActivity(actor.viewer, activities[0]!.id, { frameworkTargetIds: ["gcm-1"], version: 1 }),
      ).rejects.toBeInstanceOf(AppError);
    }
    expect(await joinRows()).toEqual(before);
  });
});

describe("plan coverage", () => {
  /** A plan with activities and deliverables of every kind, tagged at random (seeded by the loop index). */
  async function generatedPlan(isPublic: boolean) {
    const plan = await db.actionPlan.create({
      data: { key: unique("plan"), startYear: 2050, endYear: 2051, title: { ar: "خطة التغطية" }, isPublic },
    });
    const pillars = await Promise.all(
      [1, 2].map((position) =>
        db.pillar.create({
          data: { key: unique("pillar"), planId: plan.id, position, title: { ar: `محور ${position}` } },
        }),
      ),
    );
    const statuses: ActivityStatus[] = [
      "not_started",
      "in_progress",
      "completed",
      "cancelled",
      "postponed",
      "in_progress",
    ];
    const targets = ["gcm-1", "gcm-7", "gcm-23", "gcr-2", "sdg-10.7", "sdg-8.8"];
    const activities: { id: string; status: ActivityStatus; progress: number; tags: string[] }[] = [];
    for (let i = 0; i < 12; i++) {
      const status = statuses[i % statuses.length]!;
      const progress = (i * 17) % 101;
      const tags = targets.filter((_, t) => (i + t) % 3 === 0);
      const row = await db.activity.create({
        data: {
          key: unique("a"),
          pillarId: pillars[i % 2]!.id,
          position: i + 1,
          title: { ar: `نشاط ${i}` },
          status,
          progress,
          frameworks: { createMany: { data: tags.map((targetId) => ({ targetId })) } },
        },
      });
      activities.push({ id: row.id, status, progress, tags });
    }
    // Deliverables reach the plan through an activity, a meeting held under it, or a meeting that
    // serves one of its activities.
    const own = await db.meeting.create({
      data: {
        key: unique("m"),
        kind: "workshop",
        title: { ar: "ورشة" },
        startDate: new Date("2050-03-01"),
        planId: plan.id,
      },
    });
    const serving = await db.meeting.create({
      data: {
        key: unique("m"),
        kind: "workshop",
        title: { ar: "منتدى" },
        startDate: new Date("2050-04-01"),
        activities: { create: { activityId: activities[0]!.id } },
      },
    });
    const stageSets: { stage: DeliverableStageKind; completed: boolean }[][] = [
      [],
      [{ stage: "adopted", completed: true }],
      [
        { stage: "adopted", completed: true },
        { stage: "circulated", completed: true },
      ],
      [{ stage: "submitted", completed: false }],
      [{ stage: "published", completed: true }],
    ];
    const deliverables: { delivered: boolean; tags: string[] }[] = [];
    for (let i = 0; i < 9; i++) {
      const stages = stageSets[i % stageSets.length]!;
      const tags = targets.filter((_, t) => (i + t) % 4 === 1);
      const link =
        i % 3 === 0
          ? { activityId: activities[i]!.id }
          : i % 3 === 1
            ? { meetingId: own.id }
            : { meetingId: serving.id };
      await db.deliverable.create({
        data: {
          key: unique("d"),
          type: "statement",
          title: { ar: `وثيقة ${i}` },
          ...link,
          stages: { create: stages.map((s, position) => ({ ...s, position })) },
          frameworks: { createMany: { data: tags.map((targetId) => ({ targetId })) } },
        },
      });
      const delivered = stages.some((s) => s.completed && ["submitted", "circulated", "published"].includes(s.stage));
      deliverables.push({ delivered, tags });
    }
    // Tagged work of another plan must not count.
    const other = await createPlanFixture({ isPublic, activities: 1 });
    await db.activityFramework.create({ data: { activityId: other.activities[0]!.id, targetId: "gcm-1" } });
    await db.deliverableFramework.create({ data: { deliverableId: other.deliverable.id, targetId: "gcm-1" } });
    return { plan, activities, deliverables };
  }

  it("counts and weighs each target's tagged work as an independent count does", async () => {
    const { plan, activities, deliverables } = await generatedPlan(false);
    const coverage = (await getPlanFrameworkCoverage(actors.observer.viewer, plan.id))!;
    expect(coverage.frameworks.map((f) => [f.framework, f.total])).toEqual([
      ["gcm", 23],
      ["gcr", 4],
      ["sdg", 8],
    ]);

    for (const framework of coverage.frameworks) {
      for (const target of framework.targets) {
        const tagged = activities.filter((a) => a.tags.includes(target.id));
        const counted = tagged.filter((a) => a.status !== "cancelled");
        const docs = deliverables.filter((d) => d.tags.includes(target.id));
        const done = docs.filter((d) => d.delivered).length;
        const points = counted.reduce((sum, a) => sum + (a.status === "completed" ? 100 : a.progress), 0) + 100 * done;
        const weight = counted.length + docs.length;
        expect(target, target.id).toMatchObject({
          activities: tagged.length,
          deliverables: docs.length,
          deliverablesDone: done,
          progress: weight === 0 ? null : Math.round(points / weight),
        });
      }
      const addressed = framework.targets.filter(
        (t) => activities.some((a) => a.tags.includes(t.id)) || deliverables.some((d) => d.tags.includes(t.id)),
      );
      expect(framework.addressed).toBe(addressed.length);
    }
    // The generator really did produce something to count, and gaps.
    const gcm = coverage.frameworks[0]!;
    expect(gcm.addressed).toBeGreaterThan(0);
    expect(gcm.addressed).toBeLessThan(23);
    expect(gcm.targets.find((t) => t.id === "gcm-2")).toMatchObject({ activities: 0, deliverables: 0, progress: null });
  });

  it("follows the plan's read scope: anonymous visitors see public plans only", async () => {
    const hidden = await createPlanFixture({ isPublic: false, activities: 1 });
    const shown = await createPlanFixture({ isPublic: true, activities: 1 });
    expect(await getPlanFrameworkCoverage(actors.anonymous.viewer, hidden.plan.id)).toBeNull();
    expect(await getPlanFrameworkCoverage(actors.anonymous.viewer, shown.plan.id)).not.toBeNull();
    expect(await getPlanFrameworkCoverage(actors.anonymous.viewer, "not-a-uuid")).toBeNull();

    const call = (planId: string, actor: Actor) =>
      callApi(coverageRoute as RouteHandler, {
        path: `/api/v1/plans/${planId}/frameworks`,
        actor,
        params: { id: planId },
      });
    expect((await call(hidden.plan.id, actors.anonymous)).status).toBe(404);
    expect((await call(hidden.plan.id, actors.focalJo)).status).toBe(200);
    expect((await call(shown.plan.id, actors.anonymous)).status).toBe(200);
  });
});
