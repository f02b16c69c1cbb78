import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { OPERATIONS, type Operation } from "@/lib/api/operations";
import { getDb } from "@/lib/db/client";
import { ERROR_CODES } from "@/lib/errors";
import { callApi, createActors, loadApiRoutes, type Actor, type ActorName, type RouteHandler } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";
import { ALWAYS, HOSTILE_BODIES, HOSTILE_STRINGS, HOSTILE_VALUES, pick, random } from "../support/hostile";

// Every operation of the OpenAPI document (lib/api/operations.ts) given hostile input, as the
// admin (who may do everything, so only the input decides) and anonymously: no answer may be a
// 5xx, every refusal is the one error shape, and nothing pollutes Object.prototype. Bounded: a
// fixed number of cases per operation, picked with a fixed seed (FUZZ_SEED to try another).
// docs/decisions/032-hostile-input-fuzzing.md.

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RANDOM_PER_FIELD = 6;
const RANDOM_COMBINATIONS = 8;

const db = getDb();
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const MISSING = "00000000-0000-7000-8000-00000000dead";

let actors: Record<ActorName, Actor>;
let handlers: Map<string, RouteHandler>;
let fixture: Awaited<ReturnType<typeof createPlanFixture>>;
let ids: Record<string, string>;

beforeAll(async () => {
  actors = await createActors();
  handlers = new Map();
  for (const route of await loadApiRoutes()) {
    for (const [method, handler] of Object.entries(route.methods)) handlers.set(`${method} ${route.path}`, handler);
  }
  fixture = await createPlanFixture({ isPublic: true, activities: 2 });
  const comment = await db.comment.create({
    data: { body: "تعليق", authorId: actors.admin.userId, activityId: fixture.activities[0]!.id },
  });
  const user = await db.user.create({
    data: { email: `${unique("u")}@mutabaa.test`, name: "Someone", role: "observer" },
  });
  const pledge = await db.pledge.create({
    data: { key: unique("pledge"), memberStateId: "EG", title: { ar: "تعهد" } },
  });
  const update = await db.pledgeUpdate.create({
    data: {
      pledgeId: pledge.id,
      authorId: actors.admin.userId,
      reportedOn: new Date("2031-01-01"),
      body: { ar: "تقرير" },
    },
  });
  ids = {
    plans: fixture.plan.id,
    pillars: fixture.pillar.id,
    activities: fixture.activities[1]!.id,
    meetings: fixture.meetings.later.id,
    deliverables: fixture.deliverable.id,
    comments: comment.id,
    users: user.id,
    pledges: pledge.id,
    "pledge-updates": update.id,
    "member-states": "EG",
    "report-jobs": MISSING,
  };
});

/** A body each write accepts, so that one hostile field at a time reaches the database. */
function validBody(op: Operation): Record<string, unknown> {
  const title = { ar: "عنوان", en: "Title" };
  switch (`${op.method} ${op.path}`) {
    case "POST /api/v1/plans":
      return { startYear: 2040, endYear: 2041, title };
    case "POST /api/v1/pillars":
      return { planId: fixture.plan.id, title };
    case "POST /api/v1/activities":
      return { pillarId: fixture.pillar.id, title };
    case "POST /api/v1/meetings":
      return { kind: "workshop", title, startDate: "2040-01-01" };
    case "POST /api/v1/deliverables":
      return { type: "final_statement", title };
    case "POST /api/v1/comments":
      return { activityId: fixture.activities[0]!.id, body: "تعليق" };
    case "POST /api/v1/users":
      return { email: `${unique("f")}@mutabaa.test`, name: "Fuzz", role: "observer" };
    case "POST /api/v1/pledges":
      return { memberStateId: "EG", title };
    case "POST /api/v1/pledges/{id}/updates":
      return { reportedOn: "2040-01-01", body: title };
    default:
      return {};
  }
}

/** The current version of the record a PATCH/DELETE names, so that the write is not stopped at 409 first. */
async function currentVersion(op: Operation): Promise<number | undefined> {
  const id = ids[op.path.split("/")[3]!];
  if (!op.path.endsWith("{id}") || !id) return undefined;
  const where = { where: { id }, select: { version: true } } as const;
  const models: Record<string, () => Promise<{ version: number } | null>> = {
    plans: () => db.actionPlan.findUnique(where),
    pillars: () => db.pillar.findUnique(where),
    activities: () => db.activity.findUnique(where),
    meetings: () => db.meeting.findUnique(where),
    deliverables: () => db.deliverable.findUnique(where),
    comments: () => db.comment.findUnique(where),
    users: () => db.user.findUnique(where),
    pledges: () => db.pledge.findUnique(where),
    "pledge-updates": () => db.pledgeUpdate.findUnique(where),
  };
  return (await models[op.path.split("/")[3]!]?.())?.version;
}

/** Top-level field names of a body or query schema. */
function fieldsOf(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

interface Case {
  label: string;
  actor: Actor;
  params?: Record<string, string>;
  query?: string;
  rawBody?: string;
}

interface Failure {
  label: string;
  status: number;
  body: unknown;
}

async function run(op: Operation, cases: Case[]): Promise<Failure[]> {
  const handler = handlers.get(`${op.method} ${op.path}`)!;
  const failures: Failure[] = [];
  for (const c of cases) {
    const params: Record<string, string> = { id: ids[op.path.split("/")[3]!] ?? MISSING, ...c.params };
    if (op.path.includes("{activityId}")) params.activityId ??= fixture.activities[0]!.id;
    const path =
      op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(params[name] ?? "")) + `?locale=en${c.query ?? ""}`;
    const res = await callApi(handler, { method: op.method, path, actor: c.actor, params, rawBody: c.rawBody });
    const wellShaped =
      res.status < 400 ||
      (typeof res.error?.message === "string" && (ERROR_CODES as readonly string[]).includes(res.error.code));
    if (res.status >= 500 || !wellShaped) failures.push({ label: c.label, status: res.status, body: res.error });
  }
  return failures;
}

/** Percent-encoding that also carries text which is not Unicode (a lone surrogate becomes invalid UTF-8 bytes). */
const encode = (value: string) =>
  value.isWellFormed() ? encodeURIComponent(value) : `${encodeURIComponent(value.toWellFormed())}%ED%A0%80`;

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…(${text.length})` : text;
};

function casesFor(op: Operation, version: number | undefined): Case[] {
  const next = random(SEED ^ [...op.operationId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7));
  const admin = actors.admin;
  const cases: Case[] = [];
  // Path parameters.
  if (op.path.includes("{")) {
    for (const value of pick(next, HOSTILE_STRINGS, 8)) {
      cases.push({ label: `id=${show(value)}`, actor: admin, params: { id: value, activityId: value } });
    }
  }
  // Query parameters, and unknown ones named like Object.prototype's members.
  const queryNames = [...fieldsOf(op.query), "__proto__", "toString", "constructor"];
  for (const name of queryNames) {
    for (const value of [...pick(next, HOSTILE_STRINGS, 4), "\u0000", "a\ud800b"]) {
      cases.push({ label: `?${name}=${show(value)}`, actor: admin, query: `&${name}=${encode(value)}` });
    }
  }
  if (op.method === "GET" || op.bodyType) return cases;
  // Whole bodies, as the admin and anonymously (refused before being read).
  for (const raw of HOSTILE_BODIES) {
    cases.push({ label: `body ${show(raw)}`, actor: admin, rawBody: raw });
    cases.push({ label: `anonymous body ${show(raw)}`, actor: actors.anonymous, rawBody: raw });
  }
  // One hostile field at a time on an otherwise valid body, then random combinations.
  const base = { ...validBody(op), ...(version === undefined ? {} : { version }) };
  const fields = [...new Set([...fieldsOf(op.body), "__proto__", "toString"])];
  for (const field of fields) {
    for (const value of [...ALWAYS, ...pick(next, HOSTILE_VALUES, RANDOM_PER_FIELD)]) {
      const body = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      const raw = JSON.stringify(body).replace(
        /}$/,
        `${Object.keys(body).length ? "," : ""}${JSON.stringify(field)}:${JSON.stringify(value)}}`,
      );
      cases.push({ label: `${field}=${show(value)}`, actor: admin, rawBody: raw });
    }
  }
  for (let i = 0; i < RANDOM_COMBINATIONS; i++) {
    const body: Record<string, unknown> = { ...base };
    for (const field of pick(next, fields, 3)) body[field] = pick(next, HOSTILE_VALUES, 1)[0];
    cases.push({ label: `combination ${show(body)}`, actor: admin, rawBody: JSON.stringify(body) });
  }
  return cases;
}

describe("hostile input to every API operation answers 4xx in the one error shape, never 5xx", () => {
  for (const op of OPERATIONS) {
    it(`${op.method} ${op.path}`, { timeout: 180_000 }, async () => {
      const failures = await run(op, casesFor(op, await currentVersion(op)));
      expect(failures, `seed ${SEED}`).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe("concurrent writes of one natural key", () => {
  it("twenty parallel creates with one key: one 201, the others 422 `taken` on `key`, no 5xx", async () => {
    const handler = handlers.get("POST /api/v1/plans")!;
    const key = unique("race");
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        callApi(handler, {
          method: "POST",
          path: "/api/v1/plans?locale=en",
          actor: actors.admin,
          body: { key, startYear: 2040, endYear: 2041, title: { ar: "سباق" } },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const answer of answers.filter((a) => a.status !== 201)) {
      expect(answer.status).toBe(422);
      expect(answer.error?.fields?.key).toEqual(["Already in use."]);
    }
    expect(await db.actionPlan.count({ where: { key } })).toBe(1);
  });
});
