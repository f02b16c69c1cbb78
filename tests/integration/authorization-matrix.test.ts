import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, type Operation } from "@/lib/api/operations";
import type { AuditedResource } from "@/lib/audit/write";
import { PERMISSIONS, type Resource, type Role } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { reaches, type Facts } from "../support/actions";
import {
  ACTOR_NAMES,
  callApi,
  createActors,
  loadApiRoutes,
  type Actor,
  type ActorName,
  type RouteHandler,
} from "../support/actors";

// The authorisation matrix, generated from the permissions table: every operation of the API
// (lib/api/operations.ts, which the OpenAPI test ties to the route files) × anonymous, observer,
// focal point of the record's state (EG), focal point of another state (JO), secretariat and
// admin. The expected status is worked out from PERMISSIONS here, independently of
// lib/auth/permissions.ts's own `decide`, and a refused write must have changed nothing.

const db = getDb();
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let actors: Record<ActorName, Actor>;
let handlers: Map<string, RouteHandler>;
let base: {
  planId: string;
  pillarId: string;
  activityId: string;
  meetingId: string;
  deliverableId: string;
  commentId: string;
  pledgeId: string;
  pledgeUpdateId: string;
  userId: string;
};

const roleOf = (actor: Actor): Role => (actor.viewer.kind === "anonymous" ? "anonymous" : actor.viewer.role);

/** The record an operation's `{id}` names (none for collections). */
function recordOf(op: Operation): AuditedResource | "memberState" | null {
  if (!op.path.includes("{id}")) return null;
  if (op.record) return op.record;
  return op.permission!.resource as AuditedResource | "memberState";
}

function factsOf(record: Resource | null, creating: Resource | null, actor: Actor): Facts {
  // The base records hang off a private plan; the comment is the Egyptian focal point's.
  if (record === "comment") return { isPublic: false, memberStateId: "EG", authorId: actors.focalEg.userId };
  // Pledges are Egypt's; their updates were posted by the Egyptian focal point.
  if (record === "pledge") return { isPublic: false, memberStateId: "EG", authorId: null };
  if (record === "pledgeUpdate") return { isPublic: false, memberStateId: "EG", authorId: actors.focalEg.userId };
  if (creating === "comment") {
    // A new comment belongs to its writer (and a focal point's to their state).
    const v = actor.viewer;
    return {
      isPublic: false,
      memberStateId: v.kind === "user" && v.role === "focal_point" ? v.memberStateId : null,
      authorId: actor.userId,
    };
  }
  return { isPublic: false, memberStateId: null, authorId: null };
}

function expectedStatus(op: Operation, actor: Actor): number {
  if (!op.permission) return op.status;
  const role = roleOf(actor);
  const { resource, action } = op.permission;
  const grant = PERMISSIONS[role][resource][action];
  if (grant === "none") return role === "anonymous" ? 401 : 403;
  const record = recordOf(op);
  // Operations on a record of another kind (its history, its children's order) need to be able
  // to read that kind at all.
  if (record !== null && PERMISSIONS[role][record].read === "none") return role === "anonymous" ? 401 : 403;
  if (record === null) {
    if (action !== "create") return op.status;
    return reaches(grant, action, actor, factsOf(null, resource, actor)) ? op.status : 403;
  }
  const facts = factsOf(record, null, actor);
  if (!reaches(PERMISSIONS[role][record].read, "read", actor, facts)) return 404;
  if (action === "read" && resource === record) return reaches(grant, action, actor, facts) ? op.status : 404;
  return reaches(grant, action, actor, facts) ? op.status : 403;
}

// Fresh records for writes, so each case starts from the same state.
async function newPlan() {
  const plan = await db.actionPlan.create({
    data: { key: unique("plan"), startYear: 2040, endYear: 2041, title: { ar: "خطة المصفوفة" } },
  });
  await db.pillar.createMany({
    data: [1, 2].map((position) => ({
      key: unique("pillar"),
      planId: plan.id,
      position,
      title: { ar: `محور ${position}` },
    })),
  });
  return plan.id;
}
async function newPillar() {
  const pillar = await db.pillar.create({
    data: { key: unique("pillar"), planId: base.planId, position: 9, title: { ar: "محور" } },
  });
  await db.activity.createMany({
    data: [1, 2].map((position) => ({
      key: unique("activity"),
      pillarId: pillar.id,
      position,
      title: { ar: `نشاط ${position}` },
    })),
  });
  return pillar.id;
}
async function newActivity() {
  return (
    await db.activity.create({
      data: { key: unique("activity"), pillarId: base.pillarId, position: 9, title: { ar: "نشاط" } },
    })
  ).id;
}
async function newMeeting(linked = false) {
  const meeting = await db.meeting.create({
    data: {
      key: unique("meeting"),
      kind: "workshop",
      planId: base.planId,
      title: { ar: "ورشة" },
      startDate: day("2040-03-01"),
      ...(linked ? { activities: { create: { activityId: base.activityId } } } : {}),
    },
  });
  return meeting.id;
}
async function newDeliverable() {
  return (
    await db.deliverable.create({
      data: { key: unique("d"), type: "statement", title: { ar: "بيان" }, activityId: base.activityId },
    })
  ).id;
}
async function newComment() {
  const comment = await db.comment.create({
    data: { body: "تعليق مصر", authorId: actors.focalEg.userId, memberStateId: "EG", activityId: base.activityId },
  });
  return comment.id;
}
async function newPledge() {
  return (await db.pledge.create({ data: { key: unique("pledge"), memberStateId: "EG", title: { ar: "تعهد" } } })).id;
}
async function newPledgeUpdate() {
  const update = await db.pledgeUpdate.create({
    data: {
      pledgeId: await newPledge(),
      authorId: actors.focalEg.userId,
      reportedOn: day("2040-04-01"),
      progress: 50,
      body: { ar: "تقرير" },
    },
  });
  return update.id;
}
async function newUser() {
  return (await db.user.create({ data: { email: `${unique("u")}@mutabaa.test`, name: "Someone", role: "observer" } }))
    .id;
}

const creators: Record<AuditedResource, (op: Operation) => Promise<string>> = {
  plan: () => newPlan(),
  pillar: () => newPillar(),
  activity: () => newActivity(),
  meeting: (op) => newMeeting(op.operationId === "unlink_activity"),
  deliverable: () => newDeliverable(),
  comment: () => newComment(),
  pledge: () => newPledge(),
  pledgeUpdate: () => newPledgeUpdate(),
  user: () => newUser(),
};

/** The row behind a record, for "unchanged" checks (with its children where a write replaces them). */
async function rowOf(record: AuditedResource, id: string): Promise<unknown> {
  switch (record) {
    case "plan":
      return db.actionPlan.findUnique({ where: { id }, include: { pillars: { orderBy: { id: "asc" } } } });
    case "pillar":
      return db.pillar.findUnique({ where: { id }, include: { activities: { orderBy: { id: "asc" } } } });
    case "activity":
      return db.activity.findUnique({ where: { id } });
    case "meeting":
      return db.meeting.findUnique({ where: { id }, include: { activities: true } });
    case "deliverable":
      return db.deliverable.findUnique({ where: { id } });
    case "comment":
      return db.comment.findUnique({ where: { id } });
    case "pledge":
      return db.pledge.findUnique({ where: { id }, include: { updates: { orderBy: { id: "asc" } } } });
    case "pledgeUpdate":
      // Reviewing an update also moves its pledge.
      return db.pledgeUpdate.findUnique({ where: { id }, include: { pledge: true } });
    case "user":
      return db.user.findUnique({ where: { id } });
  }
}

async function versionOf(record: AuditedResource, id: string): Promise<number> {
  const row = (await rowOf(record, id)) as { version: number };
  return row.version;
}

const tableCounts = async () =>
  Promise.all([
    db.actionPlan.count(),
    db.pillar.count(),
    db.activity.count(),
    db.meeting.count(),
    db.deliverable.count(),
    db.comment.count(),
    db.pledge.count(),
    db.pledgeUpdate.count(),
    db.user.count(),
  ]);

function createBody(resource: Resource): unknown {
  switch (resource) {
    case "plan":
      return { startYear: 2042, endYear: 2043, title: { ar: "خطة جديدة" } };
    case "pillar":
      return { planId: base.planId, title: { ar: "محور جديد" } };
    case "activity":
      return { pillarId: base.pillarId, title: { ar: "نشاط جديد" } };
    case "meeting":
      return { kind: "workshop", title: { ar: "اجتماع جديد" }, startDate: "2042-01-10", planId: base.planId };
    case "deliverable":
      return { type: "statement", title: { ar: "بيان جديد" }, activityId: base.activityId };
    case "comment":
      return { activityId: base.activityId, body: "تعليق جديد" };
    case "pledge":
      return { memberStateId: "EG", title: { ar: "تعهد جديد" } };
    case "pledgeUpdate":
      return { reportedOn: "2040-05-01", progress: 60, body: { ar: "تقرير جديد" } };
    case "user":
      return { email: `${unique("new")}@mutabaa.test`, name: "New User", role: "observer" };
    default:
      throw new Error(`No create body for ${resource}`);
  }
}

async function updateBody(op: Operation, record: AuditedResource, id: string): Promise<unknown> {
  const version = await versionOf(record, id);
  if (op.operationId === "reorder_pillars") {
    const pillars = await db.pillar.findMany({ where: { planId: id }, orderBy: { position: "desc" } });
    return { order: pillars.map((p) => ({ id: p.id, version: p.version })) };
  }
  if (op.operationId === "reorder_activities") {
    const activities = await db.activity.findMany({ where: { pillarId: id }, orderBy: { position: "desc" } });
    return { order: activities.map((a) => ({ id: a.id, version: a.version })) };
  }
  switch (record) {
    case "activity":
      return { status: "completed", note: "ملاحظة", version };
    case "meeting":
      return op.operationId === "link_activity" ? { version } : { status: "held", version };
    case "comment":
      return { body: "نص معدل", version };
    case "pledgeUpdate":
      return op.operationId === "review_pledge_update" ? { decision: "accept", version } : { progress: 70, version };
    case "user":
      return { name: "Renamed", version };
    default:
      return { title: { ar: "عنوان معدل" }, version };
  }
}

beforeAll(async () => {
  actors = await createActors();
  handlers = new Map();
  for (const route of await loadApiRoutes()) {
    for (const [method, handler] of Object.entries(route.methods)) handlers.set(`${method} ${route.path}`, handler);
  }
  const plan = await db.actionPlan.create({
    data: { key: unique("plan"), startYear: 2040, endYear: 2041, title: { ar: "خطة" } },
  });
  const pillar = await db.pillar.create({
    data: { key: unique("pillar"), planId: plan.id, position: 1, title: { ar: "محور" } },
  });
  const activity = await db.activity.create({
    data: { key: unique("activity"), pillarId: pillar.id, position: 1, title: { ar: "نشاط" } },
  });
  const meeting = await db.meeting.create({
    data: {
      key: unique("meeting"),
      kind: "arcp_session",
      planId: plan.id,
      title: { ar: "اجتماع" },
      startDate: day("2040-02-01"),
    },
  });
  const deliverable = await db.deliverable.create({
    data: { key: unique("d"), type: "final_statement", title: { ar: "بيان ختامي" }, meetingId: meeting.id },
  });
  base = {
    planId: plan.id,
    pillarId: pillar.id,
    activityId: activity.id,
    meetingId: meeting.id,
    deliverableId: deliverable.id,
    commentId: "",
    pledgeId: "",
    pledgeUpdateId: "",
    userId: "",
  };
  base.commentId = await newComment();
  base.pledgeId = await newPledge();
  base.pledgeUpdateId = await newPledgeUpdate();
  base.userId = await newUser();
});

function baseId(record: AuditedResource | "memberState"): string {
  return record === "memberState" ? "EG" : base[`${record}Id`];
}

describe("authorisation matrix (generated from PERMISSIONS)", () => {
  for (const op of OPERATIONS.filter((op) => !op.outsideMatrix)) {
    describe(`${op.method} ${op.path}`, () => {
      for (const actorName of ACTOR_NAMES) {
        it(`as ${actorName}`, async () => {
          const actor = actors[actorName];
          const handler = handlers.get(`${op.method} ${op.path}`);
          expect(handler, `route file for ${op.method} ${op.path}`).toBeDefined();
          const expected = expectedStatus(op, actor);
          const record = recordOf(op);
          const writes = op.method !== "GET";

          // Reads and refused writes use the shared records (a refused write must leave them as
          // they were); a write that will succeed gets a fresh record of its own.
          const fresh = writes && expected < 400 && record !== null && record !== "memberState";
          const id = record === null ? null : fresh ? await creators[record](op) : baseId(record);
          const params: Record<string, string> = id ? { id } : {};
          if (op.path.includes("{activityId}")) params.activityId = base.activityId;
          let body: unknown;
          // The report is rendered for real: the quickest format keeps the matrix fast.
          let query = op.operationId === "plan_report" ? "?format=csv" : "";
          // A review is posted to the update it decides on, with the update's version.
          if (op.operationId === "review_pledge_update") body = await updateBody(op, "pledgeUpdate", id!);
          else if (op.method === "POST") body = createBody(op.permission!.resource);
          else if ((op.method === "PATCH" || op.method === "PUT") && record && record !== "memberState")
            body = await updateBody(op, record, id!);
          else if (op.method === "DELETE" && record && record !== "memberState")
            query = `?version=${await versionOf(record, id!)}`;

          const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!) + query;
          const before = writes
            ? {
                audit: await db.auditEvent.count(),
                tables: await tableCounts(),
                row: record && record !== "memberState" ? await rowOf(record, id!) : null,
              }
            : null;

          const res = await callApi(handler!, { method: op.method, path, actor, body, params });
          expect(res.status, `${op.method} ${path} as ${actorName}: ${JSON.stringify(res.error ?? "")}`).toBe(expected);

          if (expected >= 400) {
            expect(res.error?.code).toBeTypeOf("string");
            if (before) {
              // Refused: nothing written, not even an audit event.
              expect(await db.auditEvent.count()).toBe(before.audit);
              expect(await tableCounts()).toEqual(before.tables);
              if (before.row) expect(await rowOf(record as AuditedResource, id!)).toEqual(before.row);
            }
          } else if (before) {
            expect(await db.auditEvent.count()).toBeGreaterThan(before.audit);
          }
        });
      }
    });
  }
});
