import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, type Operation } from "@/lib/api/operations";
import { getDb } from "@/lib/db/client";
import en from "@/messages/en.json";
import { callApi, createActors, loadApiRoutes, type Actor, type ActorName, type RouteHandler } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

// Bad input to every write of the API: a clear 4xx naming the fields, and nothing written (no
// row, no audit event). Run as admin, who may do everything, so only the input is at fault.

const db = getDb();
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const MISSING = "00000000-0000-7000-8000-00000000dead";

let actors: Record<ActorName, Actor>;
let handlers: Map<string, RouteHandler>;
let fixture: Awaited<ReturnType<typeof createPlanFixture>>;
let commentId: string;
let userId: string;
let pledgeId: string;
let pledgeUpdateId: string;

beforeAll(async () => {
  actors = await createActors();
  handlers = new Map();
  for (const route of await loadApiRoutes()) {
    for (const [method, handler] of Object.entries(route.methods)) handlers.set(`${method} ${route.path}`, handler);
  }
  fixture = await createPlanFixture({ isPublic: false, activities: 2 });
  commentId = (
    await db.comment.create({
      data: { body: "تعليق", authorId: actors.admin.userId, activityId: fixture.activities[0]!.id },
    })
  ).id;
  userId = (await db.user.create({ data: { email: `${unique("u")}@mutabaa.test`, name: "Someone", role: "observer" } }))
    .id;
  pledgeId = (await db.pledge.create({ data: { key: unique("pledge"), memberStateId: "EG", title: { ar: "تعهد" } } }))
    .id;
  pledgeUpdateId = (
    await db.pledgeUpdate.create({
      data: {
        pledgeId,
        authorId: actors.focalEg.userId,
        reportedOn: new Date("2031-01-01T00:00:00Z"),
        body: { ar: "تقرير" },
      },
    })
  ).id;
});

/** The `{id}` of an operation's record in the fixture. */
function idFor(op: Operation): string {
  const kind = op.record ?? op.permission!.resource;
  switch (kind) {
    case "plan":
      return fixture.plan.id;
    case "pillar":
      return fixture.pillar.id;
    case "activity":
      return fixture.activities[0]!.id;
    case "meeting":
      return fixture.meetings.later.id;
    case "deliverable":
      return fixture.deliverable.id;
    case "comment":
      return commentId;
    case "user":
      return userId;
    case "pledge":
      return pledgeId;
    case "pledgeUpdate":
      return pledgeUpdateId;
    default:
      throw new Error(`no fixture for ${kind}`);
  }
}

/** Everything a bad write could touch. */
const state = async () => ({
  audit: await db.auditEvent.count(),
  counts: await Promise.all([
    db.actionPlan.count(),
    db.pillar.count(),
    db.activity.count(),
    db.meeting.count(),
    db.deliverable.count(),
    db.deliverableStage.count(),
    db.comment.count(),
    db.user.count(),
    db.activityMeeting.count(),
    db.meetingParticipation.count(),
    db.activityFramework.count(),
    db.deliverableFramework.count(),
    db.pledge.count(),
    db.pledgeUpdate.count(),
  ]),
  versions: await Promise.all([
    db.actionPlan.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.pillar.findMany({ select: { id: true, version: true, position: true }, orderBy: { id: "asc" } }),
    db.activity.findMany({ select: { id: true, version: true, position: true }, orderBy: { id: "asc" } }),
    db.meeting.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.deliverable.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.comment.findMany({ select: { id: true, version: true, body: true }, orderBy: { id: "asc" } }),
    db.user.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.pledge.findMany({ select: { id: true, version: true, progress: true }, orderBy: { id: "asc" } }),
    db.pledgeUpdate.findMany({ select: { id: true, version: true, status: true }, orderBy: { id: "asc" } }),
  ]),
});

async function send(op: Operation, input: { body?: unknown; rawBody?: string; query?: string }) {
  const id = op.path.includes("{id}") ? idFor(op) : undefined;
  const params: Record<string, string> = id ? { id } : {};
  if (op.path.includes("{activityId}")) params.activityId = fixture.activities[0]!.id;
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!) + `?locale=en${input.query ?? ""}`;
  return callApi(handlers.get(`${op.method} ${op.path}`)!, {
    method: op.method,
    path,
    actor: actors.admin,
    params,
    body: input.body,
    rawBody: input.rawBody,
  });
}

async function expectRefused(
  op: Operation,
  input: { body?: unknown; rawBody?: string; query?: string },
  status: number,
  /** Message keys, or (for messages that give a range) the message itself. */
  fields?: Record<string, (keyof typeof en.validation | `${string}.`)[]>,
) {
  const before = await state();
  const res = await send(op, input);
  expect(res.status, JSON.stringify(res.error)).toBe(status);
  expect(res.error?.code).toBe(status === 400 ? "bad_request" : "validation");
  if (fields) {
    expect(res.error?.fields).toEqual(
      Object.fromEntries(
        Object.entries(fields).map(([path, keys]) => [
          path,
          keys.map((k) => (k in en.validation ? en.validation[k as keyof typeof en.validation] : k)),
        ]),
      ),
    );
  }
  expect(await state()).toEqual(before);
}

// JSON writes: file uploads (multipart) have their own bad-input tests (tests/integration/import.test.ts).
const writes = OPERATIONS.filter((op) => op.method !== "GET" && op.bodyType === undefined);

describe("every write refuses malformed input", () => {
  for (const op of writes) {
    describe(`${op.method} ${op.path}`, () => {
      if (op.method === "DELETE") {
        it("422 without a version, or with one that is not a number", async () => {
          await expectRefused(op, {}, 422, { version: ["required"] });
          await expectRefused(op, { query: "&version=latest" }, 422, { version: ["invalid_type"] });
        });
        return;
      }
      it("400 when the body is not JSON", async () => {
        await expectRefused(op, { rawBody: "{ not json" }, 400);
      });
      it("422 naming the fields when the body does not fit", async () => {
        const before = await state();
        const res = await send(op, { body: { unexpected: true } });
        expect(res.status).toBe(422);
        expect(res.error?.fields?.unexpected).toEqual([en.validation.unknown_field]);
        expect(await state()).toEqual(before);
        await expectRefused(op, { body: [] }, 422, { _: ["invalid_type"] });
      });
    });
  }
});

describe("writes refuse input that breaks an invariant", () => {
  const op = (method: string, path: string) => writes.find((o) => o.method === method && o.path === path)!;
  const version = 1;
  const cases: {
    name: string;
    op: Operation;
    body: () => unknown;
    fields: Record<string, (keyof typeof en.validation | `${string}.`)[]>;
  }[] = [
    {
      name: "plan ending before it starts",
      op: op("POST", "/api/v1/plans"),
      body: () => ({ startYear: 2050, endYear: 2049, title: { ar: "خطة" } }),
      fields: { endYear: ["end_before_start"] },
    },
    {
      name: "plan with a taken key",
      op: op("POST", "/api/v1/plans"),
      body: () => ({ key: fixture.plan.key, startYear: 2050, endYear: 2051, title: { ar: "خطة" } }),
      fields: { key: ["taken"] },
    },
    {
      name: "plan adopted at an unknown meeting",
      op: op("PATCH", "/api/v1/plans/{id}"),
      body: () => ({ adoptionMeetingId: MISSING, version }),
      fields: { adoptionMeetingId: ["unknown_reference"] },
    },
    {
      name: "plan status not in the list",
      op: op("PATCH", "/api/v1/plans/{id}"),
      body: () => ({ status: "finished", version }),
      fields: { status: ["invalid_option"] },
    },
    {
      name: "pillar of an unknown plan",
      op: op("POST", "/api/v1/pillars"),
      body: () => ({ planId: MISSING, title: { ar: "محور" } }),
      fields: { planId: ["unknown_reference"] },
    },
    {
      name: "pillar without Arabic title",
      op: op("PATCH", "/api/v1/pillars/{id}"),
      body: () => ({ title: { en: "Pillar" }, version }),
      fields: { "title.ar": ["required"] },
    },
    {
      name: "pillar order missing a pillar",
      op: op("PUT", "/api/v1/plans/{id}/pillar-order"),
      body: () => ({ order: [{ id: MISSING, version }] }),
      fields: { order: ["mismatch"] },
    },
    {
      name: "activity progress above 100",
      op: op("PATCH", "/api/v1/activities/{id}"),
      body: () => ({ progress: 101, version }),
      fields: { progress: ["Between 0 and 100."] },
    },
    {
      name: "activity progress not a whole number",
      op: op("PATCH", "/api/v1/activities/{id}"),
      body: () => ({ progress: 12.5, version }),
      fields: { progress: ["Between 0 and 100."] },
    },
    {
      name: "activity ending before it starts",
      op: op("PATCH", "/api/v1/activities/{id}"),
      body: () => ({ plannedStart: "2031-05-01", plannedEnd: "2031-04-30", version }),
      fields: { plannedEnd: ["end_before_start"] },
    },
    {
      name: "activity date that is not a date",
      op: op("PATCH", "/api/v1/activities/{id}"),
      body: () => ({ actualStart: "2031-02-30", version }),
      fields: { actualStart: ["invalid_format"] },
    },
    {
      name: "activity under an unknown pillar",
      op: op("POST", "/api/v1/activities"),
      body: () => ({ pillarId: MISSING, title: { ar: "نشاط" } }),
      fields: { pillarId: ["unknown_reference"] },
    },
    {
      name: "activity with unknown partners and meetings",
      op: op("PATCH", "/api/v1/activities/{id}"),
      body: () => ({ partnerIds: [MISSING], meetingIds: [MISSING], version }),
      fields: { partnerIds: ["unknown_reference"], meetingIds: ["unknown_reference"] },
    },
    {
      name: "activity tagged with an unknown framework target",
      op: op("PATCH", "/api/v1/activities/{id}"),
      body: () => ({ frameworkTargetIds: ["gcm-1", "gcm-24"], version }),
      fields: { frameworkTargetIds: ["unknown_reference"] },
    },
    {
      name: "activity tagged twice with one target",
      op: op("POST", "/api/v1/activities"),
      body: () => ({ pillarId: fixture.pillar.id, title: { ar: "نشاط" }, frameworkTargetIds: ["gcr-1", "gcr-1"] }),
      fields: { frameworkTargetIds: ["duplicate"] },
    },
    {
      name: "activity order naming an activity twice",
      op: op("PUT", "/api/v1/pillars/{id}/activity-order"),
      body: () => ({ order: fixture.activities.map(() => ({ id: fixture.activities[0]!.id, version })) }),
      fields: { order: ["mismatch"] },
    },
    {
      name: "meeting ending before it starts",
      op: op("POST", "/api/v1/meetings"),
      body: () => ({ kind: "workshop", title: { ar: "ورشة" }, startDate: "2031-05-02", endDate: "2031-05-01" }),
      fields: { endDate: ["end_before_start"] },
    },
    {
      name: "meeting with a state listed twice",
      op: op("PATCH", "/api/v1/meetings/{id}"),
      body: () => ({ participations: [{ memberStateId: "EG" }, { memberStateId: "EG" }], version }),
      fields: { participations: ["duplicate"] },
    },
    {
      name: "meeting with a state that is not a member",
      op: op("PATCH", "/api/v1/meetings/{id}"),
      body: () => ({ participations: [{ memberStateId: "FR" }], version }),
      fields: { participations: ["unknown_reference"] },
    },
    {
      name: "meeting presenter that is both or neither",
      op: op("PATCH", "/api/v1/meetings/{id}"),
      body: () => ({ agendaItems: [{ title: { ar: "بند" }, presenters: [{}] }], version }),
      fields: { "agendaItems.0.presenters.0": ["one_party"] },
    },
    {
      name: "meeting linked to an unknown activity",
      op: op("PUT", "/api/v1/meetings/{id}/activities/{activityId}"),
      body: () => ({ version: "1" }),
      fields: { version: ["invalid_type"] },
    },
    {
      name: "deliverable of an unknown kind",
      op: op("POST", "/api/v1/deliverables"),
      body: () => ({ type: "memo", title: { ar: "مذكرة" } }),
      fields: { type: ["invalid_option"] },
    },
    {
      name: "deliverable with a script link",
      op: op("PATCH", "/api/v1/deliverables/{id}"),
      body: () => ({ documentUrl: "javascript:alert(1)", version }),
      fields: { documentUrl: ["invalid_format"] },
    },
    {
      name: "deliverable recipient with two parties",
      op: op("PATCH", "/api/v1/deliverables/{id}"),
      body: () => ({
        stages: [{ stage: "submitted", recipients: [{ memberStateId: "EG", organizationId: MISSING }] }],
        version,
      }),
      fields: { "stages.0.recipients.0": ["one_party"] },
    },
    {
      name: "deliverable tagged with an unknown framework target",
      op: op("POST", "/api/v1/deliverables"),
      body: () => ({ type: "statement", title: { ar: "بيان" }, frameworkTargetIds: ["sdg-99.9"] }),
      fields: { frameworkTargetIds: ["unknown_reference"] },
    },
    {
      name: "deliverable for an unknown forum",
      op: op("PATCH", "/api/v1/deliverables/{id}"),
      body: () => ({ targetMeetingId: MISSING, version }),
      fields: { targetMeetingId: ["unknown_reference"] },
    },
    {
      name: "comment that is empty",
      op: op("POST", "/api/v1/comments"),
      body: () => ({ activityId: fixture.activities[0]!.id, body: "   " }),
      fields: { body: ["required"] },
    },
    {
      name: "comment over 5000 characters",
      op: op("PATCH", "/api/v1/comments/{id}"),
      body: () => ({ body: "ا".repeat(5001), version }),
      fields: { body: ["Between 1 and 5000 characters."] },
    },
    {
      name: "comment on two records",
      op: op("POST", "/api/v1/comments"),
      body: () => ({ activityId: fixture.activities[0]!.id, meetingId: fixture.meetings.later.id, body: "تعليق" }),
      fields: { _: ["one_parent"] },
    },
    {
      name: "comment on an unknown activity",
      op: op("POST", "/api/v1/comments"),
      body: () => ({ activityId: MISSING, body: "تعليق" }),
      fields: { activityId: ["unknown_reference"] },
    },
    {
      name: "pledge of a state that is not a member",
      op: op("POST", "/api/v1/pledges"),
      body: () => ({ memberStateId: "FR", title: { ar: "تعهد" } }),
      fields: { memberStateId: ["unknown_reference"] },
    },
    {
      name: "pledge progress above 100",
      op: op("PATCH", "/api/v1/pledges/{id}"),
      body: () => ({ progress: 101, version }),
      fields: { progress: ["Between 0 and 100."] },
    },
    {
      name: "pledge update without Arabic text",
      op: op("POST", "/api/v1/pledges/{id}/updates"),
      body: () => ({ reportedOn: "2031-02-01", body: { en: "Report" } }),
      fields: { "body.ar": ["required"] },
    },
    {
      name: "pledge update returned without a note",
      op: op("POST", "/api/v1/pledge-updates/{id}/review"),
      body: () => ({ decision: "return", version }),
      fields: { note: ["required"] },
    },
    {
      name: "pledge update reviewed with an unknown decision",
      op: op("POST", "/api/v1/pledge-updates/{id}/review"),
      body: () => ({ decision: "maybe", version }),
      fields: { decision: ["invalid_option"] },
    },
    {
      name: "focal point without a state",
      op: op("POST", "/api/v1/users"),
      body: () => ({ email: `${unique("fp")}@mutabaa.test`, name: "FP", role: "focal_point" }),
      fields: { memberStateId: ["required"] },
    },
    {
      name: "observer bound to a state",
      op: op("PATCH", "/api/v1/users/{id}"),
      body: () => ({ memberStateId: "EG", version }),
      fields: { memberStateId: ["focal_point_only"] },
    },
    {
      name: "account with a taken email",
      op: op("POST", "/api/v1/users"),
      body: () => ({ email: "Observer-" + "x@mutabaa.test", name: "Dup", role: "observer" }),
      fields: {},
    },
    {
      name: "account with an invalid email",
      op: op("POST", "/api/v1/users"),
      body: () => ({ email: "not-an-email", name: "X", role: "observer" }),
      fields: { email: ["email"] },
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      if (c.name === "account with a taken email") {
        // Compared without case.
        const taken = await db.user.findUniqueOrThrow({ where: { id: actors.observer.userId! } });
        await expectRefused(c.op, { body: { email: taken.email.toUpperCase(), name: "Dup", role: "observer" } }, 422, {
          email: ["taken"],
        });
        return;
      }
      await expectRefused(c.op, { body: c.body() }, 422, c.fields);
    });
  }

  it("refuses an admin demoting or deleting their own account", async () => {
    const self = op("PATCH", "/api/v1/users/{id}");
    const before = await state();
    const res = await callApi(handlers.get(`${self.method} ${self.path}`)!, {
      method: "PATCH",
      path: `/api/v1/users/${actors.admin.userId}?locale=en`,
      actor: actors.admin,
      params: { id: actors.admin.userId! },
      body: { role: "observer", version: 1 },
    });
    expect(res.status).toBe(422);
    expect(res.error?.fields).toEqual({ role: [en.validation.own_account] });
    expect(await state()).toEqual(before);
  });
});
