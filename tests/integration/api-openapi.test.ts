import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { OPERATIONS } from "@/lib/api/operations";
import { createComment } from "@/lib/comments/mutations";
import { getDb } from "@/lib/db/client";
import { createMeeting } from "@/lib/meetings/mutations";
import { createDeliverable } from "@/lib/deliverables/mutations";
import { updatePillar } from "@/lib/pillars/mutations";
import { updatePlan } from "@/lib/plans/mutations";
import { createPledge, postPledgeUpdate, updatePledge } from "@/lib/pledges/mutations";
import { updateUser } from "@/lib/users/mutations";
import { callApi, createActors, loadApiRoutes, type Actor, type ActorName, type RouteHandler } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

// The OpenAPI document lists exactly the routes that exist, its references resolve, and what
// the routes answer fits the response schemas it publishes.

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { requestBody?: unknown; responses: Record<string, unknown>; parameters: { name: string; in: string }[] }
    >
  >;
  components: { schemas: Record<string, unknown> };
};

let doc: Doc;
let routes: Awaited<ReturnType<typeof loadApiRoutes>>;

beforeAll(async () => {
  routes = await loadApiRoutes();
  const res = await callApi<never>(openapiRoute.GET, { path: "/api/v1/openapi.json" });
  expect(res.status).toBe(200);
  doc = (await (
    await openapiRoute.GET(new Request("http://localhost/api/v1/openapi.json"), {
      params: Promise.resolve({}) as Promise<never>,
    })
  ).json()) as Doc;
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it("lists every route file under app/api/v1 with each method it exports, and nothing else", () => {
    const fromFiles = routes.flatMap((r) => Object.keys(r.methods).map((m) => `${m} ${r.path}`)).sort();
    const fromDoc = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(fromDoc).toEqual(fromFiles);
    expect(routes.length).toBeGreaterThan(20);
  });

  it("describes each operation's parameters, body, success and error answers", () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const names = op.parameters.filter((p) => p.in === "path").map((p) => p.name);
        expect(names, `${method} ${path}`).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
        if (["post", "patch", "put"].includes(method)) expect(op.requestBody, `${method} ${path}`).toBeDefined();
        if (path !== "/api/v1/openapi.json") {
          expect(op.responses["403"], `${method} ${path}`).toMatchObject({
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          });
        }
      }
    }
  });

  it("resolves every $ref to a component", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(50);
    for (const id of new Set(refs)) expect(doc.components.schemas[id], id).toBeDefined();
  });
});

describe("answers fit the published response schemas", () => {
  let actors: Record<ActorName, Actor>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    actors = await createActors();
    const fixture = await createPlanFixture({ isPublic: false, activities: 2 });
    const org = await getDb().organization.create({
      data: {
        key: `iom-${fixture.plan.id}`,
        kind: "un_agency",
        name: { ar: "المنظمة الدولية للهجرة", en: "IOM" },
        abbreviation: "IOM",
      },
    });
    const meeting = await createMeeting(actors.admin.viewer, {
      kind: "arcp_session",
      title: { ar: "الاجتماع العاشر" },
      startDate: "2031-03-01",
      planId: fixture.plan.id,
      participations: [{ memberStateId: "EG", presentedEfforts: true }, { memberStateId: "JO" }],
      organizationIds: [org.id],
      agendaItems: [{ title: { ar: "بند" }, presenters: [{ organizationId: org.id }, { memberStateId: "EG" }] }],
      activityIds: [fixture.activities[0]!.id],
    });
    const deliverable = await createDeliverable(actors.admin.viewer, {
      type: "key_messages",
      title: { ar: "الرسائل الرئيسية" },
      meetingId: meeting.id,
      activityId: fixture.activities[0]!.id,
      stages: [
        {
          stage: "adopted",
          date: "2031-03-02",
          recipients: [{ memberStateId: "JO" }, { organizationId: org.id, note: { ar: "للتعميم" } }],
        },
      ],
    });
    const comment = await createComment(actors.focalEg.viewer, {
      activityId: fixture.activities[0]!.id,
      body: "تعليق",
    });
    // Edits, so every history has an event.
    await updatePlan(actors.admin.viewer, fixture.plan.id, { isPublic: true, version: fixture.plan.version });
    await updatePillar(actors.admin.viewer, fixture.pillar.id, {
      title: { ar: "محور معدل" },
      version: fixture.pillar.version,
    });
    await updateUser(actors.admin.viewer, actors.observer.userId!, { name: "Observer Renamed", version: 1 });
    const pledge = await createPledge(actors.admin.viewer, {
      memberStateId: "EG",
      meetingId: meeting.id,
      title: { ar: "تعهد" },
    });
    await updatePledge(actors.admin.viewer, pledge.id, { progress: 10, version: pledge.version });
    const pledgeUpdate = await postPledgeUpdate(actors.focalEg.viewer, pledge.id, {
      reportedOn: "2031-04-01",
      progress: 20,
      body: { ar: "تقرير" },
    });
    Object.assign(ids, {
      plan: fixture.plan.id,
      pillar: fixture.pillar.id,
      activity: fixture.activities[0]!.id,
      meeting: meeting.id,
      deliverable: deliverable.id,
      comment: comment.id,
      pledge: pledge.id,
      pledgeUpdate: pledgeUpdate.id,
      user: actors.observer.userId!,
      memberState: "EG",
    });
  });

  const reads = OPERATIONS.filter((op) => op.method === "GET" && op.response && !op.outsideMatrix);
  for (const op of reads) {
    it(`GET ${op.path}`, async () => {
      const route = routes.find((r) => r.path === op.path)!;
      const kind = op.record ?? op.permission!.resource;
      const id = ids[kind]!;
      const path = op.path.replace("{id}", id);
      const res = await callApi(route.methods.GET as RouteHandler, { path, actor: actors.admin, params: { id } });
      expect(res.status).toBe(200);
      const parsed = (op.response as z.ZodType).safeParse(res.data);
      expect(parsed.success, parsed.success ? "" : z.prettifyError(parsed.error)).toBe(true);
      if (Array.isArray(res.data)) expect(res.data.length, path).toBeGreaterThan(0);
    });
  }
});
