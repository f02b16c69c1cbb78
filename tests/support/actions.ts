import { randomBytes } from "node:crypto";
import { PERMISSIONS, type Action, type Grant, type Resource, type Role } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Actor } from "./actors";

// Helpers for calling server actions as an actor in integration tests: the expected answer worked
// out from the PERMISSIONS table (restated here, independently of permissions.ts's `decide`, like
// the API matrix does), FormData the way the forms build it, and fixture records.

export type Outcome = "allow" | "unauthorized" | "forbidden" | "not_found";

export const roleOfActor = (actor: Actor): Role =>
  actor.viewer.kind === "anonymous" ? "anonymous" : actor.viewer.role;

/** What the acted-on record says to grants that depend on it. */
export interface Facts {
  isPublic: boolean;
  memberStateId: string | null;
  authorId: string | null;
}

export const NO_FACTS: Facts = { isPublic: false, memberStateId: null, authorId: null };

/** The table's grant semantics (see the Grant docs in permissions.ts). */
export function reaches(grant: Grant, action: Action, actor: Actor, facts: Facts): boolean {
  const viewer = actor.viewer;
  switch (grant) {
    case "all":
      return true;
    case "public":
      return action === "read" && facts.isPublic;
    case "ownState":
      if (viewer.kind !== "user" || !viewer.memberStateId) return false;
      return facts.memberStateId === viewer.memberStateId || (action === "read" && facts.memberStateId === null);
    case "own":
      return viewer.kind === "user" && viewer.userId === facts.authorId;
    case "none":
      return false;
  }
}

/**
 * The answer `actor` should get doing `action` on `resource`: on the existing record described by
 * `facts` (update, delete), or creating one with those facts. A role without the grant at all is
 * refused first (401 anonymous, 403 otherwise); a record it cannot read is `not_found`.
 */
export function expectedOutcome(actor: Actor, resource: Resource, action: Action, facts: Facts = NO_FACTS): Outcome {
  const role = roleOfActor(actor);
  const grant = PERMISSIONS[role][resource][action];
  if (grant === "none") return role === "anonymous" ? "unauthorized" : "forbidden";
  const existing = action === "update" || action === "delete";
  if (existing && !reaches(PERMISSIONS[role][resource].read, "read", actor, facts)) return "not_found";
  return reaches(grant, action, actor, facts) ? "allow" : "forbidden";
}

/** FormData from `name → value(s)`, with the form's hidden `locale`. */
export function form(fields: Record<string, string | number | boolean | string[]>, locale = "en"): FormData {
  const data = new FormData();
  data.set("locale", locale);
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const v of value) data.append(name, v);
    else data.set(name, String(value));
  }
  return data;
}

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A private plan with `pillars` pillars (each with `activities` activities). */
export async function planFixture(options: { pillars?: number; activities?: number; isPublic?: boolean } = {}) {
  const db = getDb();
  const plan = await db.actionPlan.create({
    data: {
      key: unique("plan"),
      startYear: 2040,
      endYear: 2041,
      title: { ar: "خطة", en: "Plan" },
      isPublic: options.isPublic ?? false,
    },
  });
  const pillars = [];
  for (let p = 1; p <= (options.pillars ?? 0); p++) {
    const pillar = await db.pillar.create({
      data: { key: unique("pillar"), planId: plan.id, position: p, title: { ar: `محور ${p}` } },
    });
    const activities = [];
    for (let a = 1; a <= (options.activities ?? 0); a++) {
      activities.push(
        await db.activity.create({
          data: { key: unique("activity"), pillarId: pillar.id, position: a, title: { ar: `نشاط ${a}` } },
        }),
      );
    }
    pillars.push({ ...pillar, activities });
  }
  return { ...plan, pillars };
}

export async function meetingFixture(planId: string) {
  return getDb().meeting.create({
    data: { key: unique("meeting"), kind: "workshop", planId, title: { ar: "ورشة" }, startDate: day("2040-03-01") },
  });
}

export async function deliverableFixture(activityId: string) {
  return getDb().deliverable.create({
    data: { key: unique("d"), type: "statement", title: { ar: "بيان" }, activityId },
  });
}

export async function userFixture() {
  return getDb().user.create({ data: { email: `${unique("u")}@mutabaa.test`, name: "Someone", role: "observer" } });
}

/** Row counts of every table an action here could write, for "nothing written" checks. */
export async function tableCounts() {
  const db = getDb();
  const [
    plans,
    pillars,
    activities,
    meetings,
    deliverables,
    comments,
    pledges,
    pledgeUpdates,
    users,
    apiTokens,
    verifications,
    audit,
  ] = await Promise.all([
    db.actionPlan.count(),
    db.pillar.count(),
    db.activity.count(),
    db.meeting.count(),
    db.deliverable.count(),
    db.comment.count(),
    db.pledge.count(),
    db.pledgeUpdate.count(),
    db.user.count(),
    db.apiToken.count(),
    db.verification.count(),
    db.auditEvent.count(),
  ]);
  return {
    plans,
    pillars,
    activities,
    meetings,
    deliverables,
    comments,
    pledges,
    pledgeUpdates,
    users,
    apiTokens,
    verifications,
    audit,
  };
}
