import { beforeAll, describe, expect, it } from "vitest";
import { getHistory } from "@/lib/audit/data";
import { getDb } from "@/lib/db/client";
import { createPillar, deletePillar, reorderPillars, updatePillar } from "@/lib/pillars/mutations";
import { getPlan, listPlans } from "@/lib/plans/data";
import { createPlan, deletePlan, updatePlan } from "@/lib/plans/mutations";
import { createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

const db = getDb();
let actors: Record<ActorName, Actor>;

beforeAll(async () => {
  actors = await createActors();
});

describe("plan mutations", () => {
  it("creates a plan with a generated key and audits every field it set", async () => {
    const plan = await createPlan(actors.secretariat.viewer, {
      startYear: 2026,
      endYear: 2027,
      title: { ar: "خطة العمل 2026–2027", en: "Action plan 2026–2027" },
      circulatedOn: "2025-11-01",
    });
    expect(plan).toMatchObject({
      startYear: 2026,
      status: "draft",
      isPublic: false,
      version: 1,
      circulatedOn: "2025-11-01",
      pillars: [],
    });
    expect(plan.key).toMatch(/^plan-[0-9a-f]{12}$/);
    const [event] = (await getHistory(actors.observer.viewer, "plan", plan.id))!;
    expect(event).toMatchObject({
      action: "create",
      actor: { id: actors.secretariat.userId, name: "Secretariat Test", label: null },
      changes: {
        key: { from: null, to: plan.key },
        startYear: { from: null, to: 2026 },
        title: { from: null, to: { ar: "خطة العمل 2026–2027", en: "Action plan 2026–2027" } },
        circulatedOn: { from: null, to: "2025-11-01" },
        status: { from: null, to: "draft" },
      },
    });
    // Fields left null are not "changes".
    expect(event!.changes).not.toHaveProperty("summary");
  });

  it("records only the fields that changed, and a status-only change as a status change", async () => {
    const { plan } = await createPlanFixture({ isPublic: false });
    const edited = await updatePlan(actors.admin.viewer, plan.id, {
      title: { en: "Test plan", ar: "خطة اختبار" }, // same text, other key order: no change
      summary: { ar: "ملخص" },
      version: plan.version,
    });
    expect(edited.version).toBe(plan.version + 1);
    const status = await updatePlan(actors.admin.viewer, plan.id, { status: "closed", version: edited.version });
    expect(status.status).toBe("closed");
    const history = (await getHistory(actors.admin.viewer, "plan", plan.id))!;
    expect(history.map((e) => e.action)).toEqual(["status_change", "update"]);
    expect(history[1]!.changes).toEqual({ summary: { from: null, to: { ar: "ملخص" } } });
    expect(history[0]!.changes).toEqual({ status: { from: "adopted", to: "closed" } });
  });

  it("writes nothing and keeps the version when nothing changes", async () => {
    const { plan } = await createPlanFixture({ isPublic: false });
    const same = await updatePlan(actors.admin.viewer, plan.id, { status: "adopted", version: plan.version });
    expect(same.version).toBe(plan.version);
    expect(await getHistory(actors.admin.viewer, "plan", plan.id)).toEqual([]);
  });

  it("makes a plan public for anonymous visitors, and clears a field with null", async () => {
    const { plan } = await createPlanFixture({ isPublic: false });
    expect(await getPlan({ kind: "anonymous" }, plan.id)).toBeNull();
    const opened = await updatePlan(actors.secretariat.viewer, plan.id, {
      isPublic: true,
      summary: { ar: "ملخص" },
      version: plan.version,
    });
    expect((await listPlans({ kind: "anonymous" })).map((p) => p.id)).toContain(plan.id);
    const cleared = await updatePlan(actors.secretariat.viewer, plan.id, { summary: null, version: opened.version });
    expect(cleared.summary).toBeNull();
    expect((await db.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).summary).toBeNull();
  });

  it("deletes a plan with its pillars and activities, auditing the deletion", async () => {
    const { plan, pillar, activities } = await createPlanFixture({ isPublic: false });
    await deletePlan(actors.secretariat.viewer, plan.id, { version: plan.version });
    expect(await db.actionPlan.findUnique({ where: { id: plan.id } })).toBeNull();
    expect(await db.pillar.findUnique({ where: { id: pillar.id } })).toBeNull();
    expect(await db.activity.count({ where: { id: { in: activities.map((a) => a.id) } } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: plan.id } });
    expect(event).toMatchObject({ action: "delete", entityType: "ActionPlan", actorId: actors.secretariat.userId });
    expect(event.changes).toMatchObject({ key: { from: plan.key, to: null }, startYear: { from: 2030, to: null } });
  });
});

describe("pillar mutations", () => {
  it("appends a new pillar after the last one, and edits it", async () => {
    const { plan } = await createPlanFixture({ isPublic: false });
    const pillar = await createPillar(actors.secretariat.viewer, { planId: plan.id, title: { ar: "المحور الثاني" } });
    expect(pillar).toMatchObject({ planId: plan.id, position: 2, version: 1, activityCount: 0 });
    const edited = await updatePillar(actors.secretariat.viewer, pillar.id, { description: { ar: "وصف" }, version: 1 });
    expect(edited).toMatchObject({ description: { ar: "وصف" }, version: 2 });
  });

  it("reorders a plan's pillars, writing and auditing only those that moved", async () => {
    const { plan, pillar: first } = await createPlanFixture({ isPublic: false });
    const second = await createPillar(actors.admin.viewer, { planId: plan.id, title: { ar: "ثان" } });
    const third = await createPillar(actors.admin.viewer, { planId: plan.id, title: { ar: "ثالث" } });
    const reordered = await reorderPillars(actors.secretariat.viewer, plan.id, {
      order: [
        { id: third.id, version: third.version },
        { id: second.id, version: second.version },
        { id: first.id, version: first.version },
      ],
    });
    expect(reordered.map((p) => [p.id, p.position])).toEqual([
      [third.id, 1],
      [second.id, 2],
      [first.id, 3],
    ]);
    // The middle one did not move: same version, no event.
    expect(reordered[1]!.version).toBe(second.version);
    expect(reordered[0]!.version).toBe(third.version + 1);
    const events = await db.auditEvent.findMany({
      where: { entityType: "Pillar", action: "update", entityId: { in: [first.id, second.id, third.id] } },
    });
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.changes)).toEqual(
      expect.arrayContaining([{ position: { from: 1, to: 3 } }, { position: { from: 3, to: 1 } }]),
    );
  });

  it("refuses a reorder based on a stale version", async () => {
    const { plan, pillar } = await createPlanFixture({ isPublic: false });
    await updatePillar(actors.admin.viewer, pillar.id, { title: { ar: "محور معدل" }, version: pillar.version });
    await expect(
      reorderPillars(actors.secretariat.viewer, plan.id, { order: [{ id: pillar.id, version: pillar.version }] }),
    ).rejects.toMatchObject({
      code: "conflict",
      conflict: { currentVersion: pillar.version + 1, changedBy: "Admin Test" },
    });
  });

  it("deletes a pillar with its activities", async () => {
    const { pillar, activities } = await createPlanFixture({ isPublic: false });
    await deletePillar(actors.secretariat.viewer, pillar.id, { version: pillar.version });
    expect(await db.activity.count({ where: { pillarId: pillar.id } })).toBe(0);
    expect(activities).toHaveLength(2);
  });
});
