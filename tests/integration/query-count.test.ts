import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countActivities, getActivity, listActivities } from "@/lib/activities/data";
import type { Viewer } from "@/lib/auth/viewer";
import { getPlanChanges, getPlanDashboard, getPlanProgress } from "@/lib/dashboard/data";
import { getDb } from "@/lib/db/client";
import { countDeliverables, getDeliverable, listDeliverables } from "@/lib/deliverables/data";
import { getMeeting, listMeetings } from "@/lib/meetings/data";
import { getMemberStateOverview, getMemberStateProfile } from "@/lib/member-states/data";
import { getPlan, listPlans } from "@/lib/plans/data";
import { loadDemoData } from "../../prisma/seed/load";
import { generatePlan } from "../../scripts/lib/bench";
import { createActors, type Actor, type ActorName } from "../support/actors";

// What each page's loaders cost in SQL statements does not grow with the plan: the same number
// for the 14-activity demo plan and for a generated plan of 500 activities in 10 pillars (more
// pillars, meetings and documents too), for an anonymous reader and for signed-in roles. A loop
// issuing one query per pillar, activity or meeting (an N+1) makes the two counts differ.
// Statements are counted where they leave for PostgreSQL: node-postgres' Client#query, which the
// Prisma adapter and raw queries both go through.

const db = getDb();
let actors: Record<ActorName, Actor>;
interface PlanRecords {
  plan: string;
  activity: string;
  meeting: string;
  deliverable: string;
}
let demo: PlanRecords;
let large: PlanRecords;

let statements = 0;
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  await loadDemoData(db, { accounts: false });
  actors = await createActors();
  const records = async (planId: string): Promise<PlanRecords> => ({
    plan: planId,
    activity: (await db.activity.findFirstOrThrow({ where: { pillar: { planId } }, orderBy: { key: "asc" } })).id,
    meeting: (await db.meeting.findFirstOrThrow({ where: { planId }, orderBy: { key: "asc" } })).id,
    deliverable: (await db.deliverable.findFirstOrThrow({ where: { meeting: { planId } }, orderBy: { key: "asc" } }))
      .id,
  });
  demo = await records((await db.actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } })).id);
  large = await records(await generatePlan(db, { activities: 500, pillars: 10, key: "query-count" }));
  // Counted from here on; every statement, reads and transaction control alike.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
}, 120_000);

afterAll(() => {
  pg.Client.prototype.query = originalQuery;
});

/** How many statements `load` sends (run twice: the first call may warm caches such as the session's). */
async function count(load: () => Promise<unknown>): Promise<number> {
  await load();
  statements = 0;
  await load();
  return statements;
}

type Loader = (viewer: Viewer, records: PlanRecords) => Promise<unknown>;

// The reads behind each page, as the pages call them.
const PAGES: Record<string, Loader> = {
  "plan page: plan and pillars": (v, r) => getPlan(v, r.plan),
  "plan page: dashboard": (v, r) => getPlanDashboard(v, r.plan),
  "plans list": (v) => listPlans(v),
  "progress API": (v, r) => getPlanProgress(v, r.plan),
  "what changed": (v, r) => getPlanChanges(v, r.plan, {}),
  "activities list, first page": (v, r) =>
    Promise.all([listActivities(v, { planId: r.plan, page: 1 }), countActivities(v, { planId: r.plan })]),
  "documents list, first page": (v, r) =>
    Promise.all([listDeliverables(v, { planId: r.plan, page: 1 }), countDeliverables(v, { planId: r.plan })]),
  "meetings list": (v, r) => listMeetings(v, { planId: r.plan }),
  "activity page": (v, r) => getActivity(v, r.activity),
  "meeting page": (v, r) => getMeeting(v, r.meeting),
  "document page": (v, r) => getDeliverable(v, r.deliverable),
  "member states overview": (v, r) => getMemberStateOverview(v, r.plan),
  "member state page": (v) => getMemberStateProfile(v, "EG"),
};

describe.each(["anonymous", "focalEg", "secretariat"] as const)("SQL statements per page, as %s", (actor) => {
  it.each(Object.keys(PAGES))("%s: the same for the demo plan and a 500-activity plan", async (page) => {
    const viewer = actors[actor].viewer;
    const load = PAGES[page]!;
    const small = await count(() => load(viewer, demo));
    const big = await count(() => load(viewer, large));
    expect(small).toBeGreaterThan(0);
    expect(big).toBe(small);
  });
});

it("the count tells an N+1 apart: one query per pillar grows with the plan", async () => {
  const perPillar = async (planId: string) => {
    const pillars = await db.pillar.findMany({ where: { planId }, select: { id: true } });
    for (const pillar of pillars) await db.activity.count({ where: { pillarId: pillar.id } });
  };
  expect(await count(() => perPillar(large.plan))).toBeGreaterThan(await count(() => perPillar(demo.plan)));
});
