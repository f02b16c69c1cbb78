import { beforeAll, describe, expect, it } from "vitest";
import * as activityRoute from "@/app/api/v1/activities/[id]/route";
import * as planRoute from "@/app/api/v1/plans/[id]/route";
import * as pillarOrderRoute from "@/app/api/v1/plans/[id]/pillar-order/route";
import { getDb } from "@/lib/db/client";
import { callApi, createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

// No lost updates: many writers at one version, exactly one wins.

const db = getDb();
let actors: Record<ActorName, Actor>;

beforeAll(async () => {
  actors = await createActors();
});

const auditCount = (entityId: string) => db.auditEvent.count({ where: { entityId } });

describe("parallel writes at one version", () => {
  it("20 PATCHes of one activity: one 200, nineteen 409, one audit event", async () => {
    const { activities } = await createPlanFixture({ isPublic: false, activities: 1 });
    const activity = activities[0]!;
    const auditsBefore = await auditCount(activity.id);

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        callApi(activityRoute.PATCH, {
          method: "PATCH",
          path: `/api/v1/activities/${activity.id}`,
          actor: i % 2 ? actors.secretariat : actors.admin,
          params: { id: activity.id },
          body: { progress: i + 1, note: `writer ${i}`, version: activity.version },
        }),
      ),
    );

    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await auditCount(activity.id)).toBe(auditsBefore + 1);

    const winner = answers.find((a) => a.status === 200)!;
    const row = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(row.version).toBe(activity.version + 1);
    expect(row.progress).toBe((winner.data as { progress: number }).progress);
    // Every loser learns who won, at which version.
    const winnerName = (
      await db.auditEvent.findFirstOrThrow({
        where: { entityId: activity.id },
        orderBy: { id: "desc" },
        include: { actor: true },
      })
    ).actor!.name;
    for (const loser of answers.filter((a) => a.status === 409)) {
      expect(loser.error).toMatchObject({
        code: "conflict",
        conflict: { currentVersion: activity.version + 1, changedBy: winnerName },
      });
    }
  });

  it("20 DELETEs and PATCHes of one plan: exactly one write wins, the rest 409 or 404", async () => {
    const { plan } = await createPlanFixture({ isPublic: false, activities: 1 });
    const version = plan.version;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 4 === 0
          ? callApi(planRoute.DELETE, {
              method: "DELETE",
              path: `/api/v1/plans/${plan.id}?version=${version}`,
              actor: actors.secretariat,
              params: { id: plan.id },
            })
          : callApi(planRoute.PATCH, {
              method: "PATCH",
              path: `/api/v1/plans/${plan.id}`,
              actor: actors.secretariat,
              params: { id: plan.id },
              body: { status: "closed", version },
            }),
      ),
    );
    const wins = answers.filter((a) => a.status === 200 || a.status === 204);
    expect(wins).toHaveLength(1);
    // Losers that ran after a delete find nothing (404); the others see the new version (409).
    expect(answers.every((a) => [200, 204, 404, 409].includes(a.status))).toBe(true);
    expect(await auditCount(plan.id)).toBe(1);
  });

  it("two reorders of one plan's pillars at the same versions: one wins", async () => {
    const { plan, pillar } = await createPlanFixture({ isPublic: false, activities: 1 });
    const second = await db.pillar.create({
      data: { key: `p-${plan.id}`, planId: plan.id, position: 2, title: { ar: "محور ثان" } },
    });
    const order = [
      { id: second.id, version: second.version },
      { id: pillar.id, version: pillar.version },
    ];
    const answers = await Promise.all(
      [actors.secretariat, actors.admin].map((actor) =>
        callApi(pillarOrderRoute.PUT, {
          method: "PUT",
          path: `/api/v1/plans/${plan.id}/pillar-order`,
          actor,
          params: { id: plan.id },
          body: { order },
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const positions = await db.pillar.findMany({
      where: { planId: plan.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    expect(positions.map((p) => p.id)).toEqual([second.id, pillar.id]);
  });
});
