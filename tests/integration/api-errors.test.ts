import { beforeAll, describe, expect, it } from "vitest";
import * as activityRoute from "@/app/api/v1/activities/[id]/route";
import * as plansRoute from "@/app/api/v1/plans/route";
import * as planRoute from "@/app/api/v1/plans/[id]/route";
import { getDb } from "@/lib/db/client";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { callApi, createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

// The error shape, its language, and the cross-site guard.

const db = getDb();
let actors: Record<ActorName, Actor>;
let fixture: Awaited<ReturnType<typeof createPlanFixture>>;

beforeAll(async () => {
  actors = await createActors();
  fixture = await createPlanFixture({ isPublic: true, activities: 1 });
});

const newPlan = { startYear: 2050, endYear: 2051, title: { ar: "خطة" } };
const post = (actor: Actor, headers: Record<string, string> = {}, body: unknown = newPlan) =>
  callApi(plansRoute.POST, { method: "POST", path: "/api/v1/plans", actor, body, headers });

describe("error shape and language", () => {
  it("answers { error: { code, message } } in Arabic by default", async () => {
    const res = await callApi(planRoute.GET, {
      path: "/api/v1/plans/00000000-0000-7000-8000-000000000000",
      params: { id: "00000000-0000-7000-8000-000000000000" },
    });
    expect(res.status).toBe(404);
    expect(res.error).toEqual({ code: "not_found", message: ar.errors.not_found });
    expect(res.headers.get("content-language")).toBe("ar");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("follows ?locale= first, then Accept-Language", async () => {
    const id = "not-a-uuid";
    const get = (path: string, headers?: Record<string, string>) =>
      callApi(planRoute.GET, { path, params: { id }, headers });
    expect((await get(`/api/v1/plans/${id}?locale=en`)).error?.message).toBe(en.errors.not_found);
    expect(
      (await get(`/api/v1/plans/${id}`, { "accept-language": "fr-FR, en-GB;q=0.8, ar;q=0.5" })).error?.message,
    ).toBe(en.errors.not_found);
    expect((await get(`/api/v1/plans/${id}?locale=ar`, { "accept-language": "en" })).error?.message).toBe(
      ar.errors.not_found,
    );
    expect((await get(`/api/v1/plans/${id}`, { "accept-language": "de, fr" })).error?.message).toBe(
      ar.errors.not_found,
    );
  });

  it("localizes field messages (422) in both languages", async () => {
    const body = { startYear: 2050, endYear: 2040, title: { ar: " " }, colour: "red" };
    const arabic = await post(actors.secretariat, {}, body);
    expect(arabic.status).toBe(422);
    expect(arabic.error).toEqual({
      code: "validation",
      message: ar.errors.validation,
      // Every error at once: the years' order with the fields' own errors.
      fields: {
        "title.ar": [ar.validation.required],
        colour: [ar.validation.unknown_field],
        endYear: [ar.validation.end_before_start],
      },
    });
    const english = await callApi(plansRoute.POST, {
      method: "POST",
      path: "/api/v1/plans?locale=en",
      actor: actors.secretariat,
      body: { ...body, colour: undefined },
    });
    expect(english.error).toEqual({
      code: "validation",
      message: en.errors.validation,
      fields: { "title.ar": [en.validation.required], endYear: [en.validation.end_before_start] },
    });
    const order = await callApi(plansRoute.POST, {
      method: "POST",
      path: "/api/v1/plans?locale=en",
      actor: actors.secretariat,
      body: { ...newPlan, endYear: 2049 },
    });
    expect(order.error?.fields).toEqual({ endYear: [en.validation.end_before_start] });
  });

  it("answers 400 to a body that is not JSON, and writes nothing", async () => {
    const before = await db.actionPlan.count();
    const res = await callApi(plansRoute.POST, {
      method: "POST",
      path: "/api/v1/plans?locale=en",
      actor: actors.secretariat,
      rawBody: "{ title: ",
    });
    expect(res.status).toBe(400);
    expect(res.error).toEqual({ code: "bad_request", message: en.errors.bad_request });
    expect(await db.actionPlan.count()).toBe(before);
  });

  it("answers 401 to anonymous writers and 403 to roles without the right, localized", async () => {
    expect((await post(actors.anonymous)).error).toEqual({ code: "unauthorized", message: ar.errors.unauthorized });
    expect((await post(actors.observer, { "accept-language": "en" })).error).toEqual({
      code: "forbidden",
      message: en.errors.forbidden,
    });
  });

  it("treats a revoked or unknown token as anonymous", async () => {
    const res = await post({ ...actors.admin, headers: { authorization: "Bearer mtb_not-a-real-token" } });
    expect(res.status).toBe(401);
  });

  it("carries conflict details with a 409", async () => {
    const activity = fixture.activities[0]!;
    const path = `/api/v1/activities/${activity.id}?locale=en`;
    const patch = (version: number) =>
      callApi(activityRoute.PATCH, {
        method: "PATCH",
        path,
        actor: actors.secretariat,
        params: { id: activity.id },
        body: { progress: 10 + version, version },
      });
    expect((await patch(activity.version)).status).toBe(200);
    const stale = await patch(activity.version);
    expect(stale.status).toBe(409);
    expect(stale.error).toEqual({
      code: "conflict",
      message: en.errors.conflict,
      conflict: {
        currentVersion: activity.version + 1,
        changedBy: "Secretariat Test",
        changedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    });
  });
});

describe("cross-site requests (Origin check)", () => {
  it("refuses a change sent from another origin before anything else, and writes nothing", async () => {
    const before = { plans: await db.actionPlan.count(), audit: await db.auditEvent.count() };
    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "https://sub.localhost" },
    ];
    for (const headers of foreign) {
      const res = await post(actors.secretariat, { ...headers, "accept-language": "en" });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.error).toEqual({ code: "cross_origin", message: en.errors.cross_origin });
    }
    // Even for anonymous callers: the guard comes first.
    expect((await post(actors.anonymous, { origin: "https://evil.example" })).error?.code).toBe("cross_origin");
    expect(await db.actionPlan.count()).toBe(before.plans);
    expect(await db.auditEvent.count()).toBe(before.audit);
  });

  it("accepts the app's own origin, a proxy's forwarded host, and scripts that send no Origin", async () => {
    expect(
      (await post(actors.secretariat, { origin: "http://localhost", "sec-fetch-site": "same-origin" })).status,
    ).toBe(201);
    expect(
      (
        await post(actors.secretariat, {
          origin: "https://mutabaa.example.org",
          "x-forwarded-host": "mutabaa.example.org",
        })
      ).status,
    ).toBe(201);
    expect((await post(actors.secretariat)).status).toBe(201);
  });

  it("does not apply to reads", async () => {
    const res = await callApi(planRoute.GET, {
      path: `/api/v1/plans/${fixture.plan.id}`,
      params: { id: fixture.plan.id },
      headers: { origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(200);
  });
});
