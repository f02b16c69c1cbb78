import { beforeAll, describe, expect, it } from "vitest";
import * as activityRoute from "@/app/api/v1/activities/[id]/route";
import * as activitiesRoute from "@/app/api/v1/activities/route";
import * as historyRoute from "@/app/api/v1/activities/[id]/history/route";
import type { ActivityDetail, ActivityListItem } from "@/lib/activities/data";
import type { AuditEventDto } from "@/lib/audit/data";
import { getDb } from "@/lib/db/client";
import { callApi, createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

let actors: Record<ActorName, Actor>;
let fixture: Awaited<ReturnType<typeof createPlanFixture>>;

beforeAll(async () => {
  actors = await createActors();
  fixture = await createPlanFixture({ isPublic: false, activities: 3 });
});

const patch = (id: string, actor: Actor, body: unknown, headers?: Record<string, string>) =>
  callApi<ActivityDetail>(activityRoute.PATCH, {
    method: "PATCH",
    path: `/api/v1/activities/${id}`,
    actor,
    body,
    params: { id },
    headers,
  });

describe("PATCH /api/v1/activities/{id}: the quick status update", () => {
  it("changes status, progress and records the note on the timeline", async () => {
    const activity = fixture.activities[0]!;
    const res = await patch(activity.id, actors.secretariat, {
      status: "completed",
      note: "تم الإنجاز",
      version: activity.version,
    });
    expect(res.status).toBe(200);
    // `completed` means done unless progress is given.
    expect(res.data).toMatchObject({
      id: activity.id,
      status: "completed",
      progress: 100,
      version: activity.version + 1,
    });

    const history = await callApi<AuditEventDto[]>(historyRoute.GET, {
      path: `/api/v1/activities/${activity.id}/history`,
      actor: actors.focalEg,
      params: { id: activity.id },
    });
    expect(history.status).toBe(200);
    expect(history.data[0]).toMatchObject({
      action: "status_change",
      actor: { id: actors.secretariat.userId, name: "Secretariat Test" },
      changes: { status: { from: "in_progress", to: "completed" }, progress: { from: 50, to: 100 } },
      note: { ar: "تم الإنجاز" },
    });
  });

  it("keeps the note's language from the request's locale", async () => {
    const activity = fixture.activities[1]!;
    const res = await patch(
      activity.id,
      actors.secretariat,
      { progress: 60, note: "Halfway", version: activity.version },
      {
        "accept-language": "en-GB,en;q=0.9",
      },
    );
    expect(res.status).toBe(200);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { entityId: activity.id },
      orderBy: { id: "desc" },
    });
    expect(event.note).toEqual({ en: "Halfway" });
  });

  it("refuses a stale version with 409 and says who changed it when", async () => {
    const activity = fixture.activities[2]!;
    const first = await patch(activity.id, actors.admin, { progress: 70, version: activity.version });
    expect(first.status).toBe(200);
    const stale = await patch(activity.id, actors.secretariat, { progress: 80, version: activity.version });
    expect(stale.status).toBe(409);
    expect(stale.error).toMatchObject({
      code: "conflict",
      conflict: { currentVersion: activity.version + 1, changedBy: "Admin Test", changedAt: expect.any(String) },
    });
    const row = await getDb().activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(row.progress).toBe(70);
  });

  it("lists activities of a plan with their versions", async () => {
    const res = await callApi<ActivityListItem[]>(activitiesRoute.GET, {
      path: `/api/v1/activities?planId=${fixture.plan.id}`,
      actor: actors.observer,
    });
    expect(res.status).toBe(200);
    expect(res.data).toHaveLength(3);
    expect(res.data[0]).toMatchObject({
      planId: fixture.plan.id,
      pillarId: fixture.pillar.id,
      version: expect.any(Number),
    });
  });
});
