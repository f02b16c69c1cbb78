import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Action, Resource } from "@/lib/auth/permissions";
import { generateApiToken } from "@/lib/auth/api-tokens";
import { getDb } from "@/lib/db/client";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import {
  deliverableFixture,
  expectedOutcome,
  form,
  meetingFixture,
  planFixture,
  tableCounts,
  unique,
  userFixture,
  type Facts,
  type Outcome,
} from "../support/actions";
import { ACTOR_NAMES, createActors, type Actor, type ActorName } from "../support/actors";

// The server-action half of the authorisation matrix (issue 3, item 9): every editing server
// action × anonymous, observer, focal point of Egypt, focal point of Jordan, secretariat and
// admin, the expected answer worked out from PERMISSIONS. Only Next's request plumbing is
// replaced (the request's headers, revalidation, the redirect, next-intl's request config); the
// actions run the real data layer against the file's own database, so a refusal must come from
// the mutations and leave nothing written, not even an audit event. The records these actions
// edit mostly belong to no member state, so both focal points are observers there; the pledge
// and comment actions act on Egypt's records, where the two focal points part ways.

const current = vi.hoisted(() => ({ headers: new Headers() }));

vi.mock("next/headers", () => ({
  headers: async () => current.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// Next's redirect throws; the marker is returned instead so the test sees where it would go.
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: ({ href }: { href: unknown }) => ({ redirectedTo: href }),
}));
// next-intl's request config only exists inside Next; the real catalogues are used.
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("next-intl");
  const catalogues = {
    ar: (await import("@/messages/ar.json")).default,
    en: (await import("@/messages/en.json")).default,
  };
  return {
    getTranslations: async ({ locale, namespace }: { locale: "ar" | "en"; namespace?: string }) =>
      createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never }),
    getFormatter: async ({ locale }: { locale: "ar" | "en" }) => createFormatter({ locale, timeZone: "UTC" }),
  };
});

const plans = await import("@/app/[locale]/plans/actions");
const activities = await import("@/app/[locale]/activities/actions");
const meetings = await import("@/app/[locale]/meetings/actions");
const deliverables = await import("@/app/[locale]/deliverables/actions");
const adminUsers = await import("@/app/[locale]/admin/users/actions");
const account = await import("@/app/[locale]/account/actions");
const memberStates = await import("@/app/[locale]/member-states/actions");
const commentActions = await import("@/app/[locale]/activities/comment-actions");

const db = getDb();
const EDIT = { seq: 0 };
const FORM = { status: "idle" as const };

let actors: Record<ActorName, Actor>;

/** A prepared call: the action on its own fresh records. */
interface Prepared {
  call: () => Promise<unknown>;
  /** The acted-on record (with the children a write touches), for "unchanged" checks. */
  snapshot: () => Promise<unknown>;
  /** Checks that the write happened (called after an allowed call, with its answer). */
  applied: (answer: unknown) => Promise<void>;
}

interface Case {
  name: string;
  resource: Resource;
  action: Action;
  /** `edit`: answers EditState (runEdit); `form`: the account forms' FormState. */
  kind: "edit" | "form";
  /** Only these actors (default: all six). */
  actors?: readonly ActorName[];
  /** What the acted-on record tells state- and author-dependent grants (default: nothing). */
  facts?: (actor: Actor) => Facts;
  prepare: () => Promise<Prepared>;
}

const redirectedTo = (answer: unknown) => (answer as { redirectedTo?: unknown }).redirectedTo;
const idFrom = (answer: unknown, prefix: string) => {
  const href = redirectedTo(answer);
  expect(href).toBeTypeOf("string");
  const match = new RegExp(`^/${prefix}/([0-9a-f-]{36})`).exec(href as string);
  expect(match, `redirect ${String(href)}`).not.toBeNull();
  return match![1]!;
};

const planRow = (id: string) =>
  db.actionPlan.findUnique({ where: { id }, include: { pillars: { orderBy: { id: "asc" } } } });
const pillarRow = (id: string) =>
  db.pillar.findUnique({ where: { id }, include: { activities: { orderBy: { id: "asc" } } } });
const activityRow = (id: string) =>
  db.activity.findUnique({ where: { id }, include: { meetings: true, deliverables: true } });
const meetingRow = (id: string) =>
  db.meeting.findUnique({ where: { id }, include: { activities: true, participations: true, agendaItems: true } });
const deliverableRow = (id: string) => db.deliverable.findUnique({ where: { id }, include: { stages: true } });
const userRow = (id: string) => db.user.findUnique({ where: { id } });
const pledgeRow = (id: string) =>
  db.pledge.findUnique({ where: { id }, include: { updates: { orderBy: { id: "asc" } } } });
const commentRow = (id: string) => db.comment.findUnique({ where: { id } });

// Member-state records: Egypt's pledge with an update its focal point posted, and a comment of theirs.
const EGYPT = (): Facts => ({ isPublic: false, memberStateId: "EG", authorId: actors.focalEg.userId });
const pledgeFixture = () =>
  db.pledge.create({ data: { key: unique("pledge"), memberStateId: "EG", title: { ar: "تعهد" } } });
async function pledgeUpdateFixture() {
  const pledge = await pledgeFixture();
  const update = await db.pledgeUpdate.create({
    data: {
      pledgeId: pledge.id,
      authorId: actors.focalEg.userId,
      reportedOn: new Date("2040-04-01T00:00:00Z"),
      progress: 50,
      body: { ar: "تقرير" },
    },
  });
  return { pledge, update };
}
async function commentFixture() {
  const plan = await planFixture({ pillars: 1, activities: 1 });
  const activity = plan.pillars[0]!.activities[0]!;
  const comment = await db.comment.create({
    data: { body: "تعليق مصر", authorId: actors.focalEg.userId, memberStateId: "EG", activityId: activity.id },
  });
  return { activity, comment };
}

const CASES: Case[] = [
  // ---- Plans and pillars ----
  {
    name: "createPlanAction",
    resource: "plan",
    action: "create",
    kind: "edit",
    prepare: async () => ({
      call: () =>
        plans.createPlanAction(
          EDIT,
          form({ startYear: 2042, endYear: 2043, "title.ar": "خطة جديدة", "title.en": "New plan" }),
        ),
      snapshot: async () => null,
      applied: async (answer) => {
        const plan = await db.actionPlan.findUnique({ where: { id: idFrom(answer, "plans") } });
        expect(plan?.title).toMatchObject({ en: "New plan" });
      },
    }),
  },
  {
    name: "updatePlanAction",
    resource: "plan",
    action: "update",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1 });
      return {
        call: () =>
          plans.updatePlanAction(
            plan.id,
            EDIT,
            form({ startYear: 2040, endYear: 2041, "title.ar": "عنوان معدل", version: plan.version }),
          ),
        snapshot: () => planRow(plan.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/plans/${plan.id}`);
          const row = await planRow(plan.id);
          expect(row?.title).toEqual({ ar: "عنوان معدل" });
          expect(row?.version).toBe(plan.version + 1);
        },
      };
    },
  },
  {
    name: "deletePlanAction",
    resource: "plan",
    action: "delete",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture();
      return {
        call: () => plans.deletePlanAction(EDIT, form({ id: plan.id, version: plan.version })),
        snapshot: () => planRow(plan.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe("/plans");
          expect(await planRow(plan.id)).toBeNull();
        },
      };
    },
  },
  {
    name: "createPillarAction",
    resource: "pillar",
    action: "create",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1 });
      return {
        call: () => plans.createPillarAction(plan.id, EDIT, form({ "title.ar": "محور جديد" })),
        snapshot: () => planRow(plan.id),
        applied: async (answer) => {
          expect(String(redirectedTo(answer))).toMatch(new RegExp(`^/plans/${plan.id}#pillar-`));
          expect(await db.pillar.count({ where: { planId: plan.id } })).toBe(2);
        },
      };
    },
  },
  {
    name: "updatePillarAction",
    resource: "pillar",
    action: "update",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1, activities: 1 });
      const pillar = plan.pillars[0]!;
      return {
        call: () =>
          plans.updatePillarAction(
            plan.id,
            pillar.id,
            EDIT,
            form({ "title.ar": "محور معدل", version: pillar.version }),
          ),
        snapshot: () => pillarRow(pillar.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/plans/${plan.id}#pillar-${pillar.id}`);
          const row = await pillarRow(pillar.id);
          expect(row?.title).toEqual({ ar: "محور معدل" });
          expect(row?.version).toBe(pillar.version + 1);
        },
      };
    },
  },
  {
    name: "deletePillarAction",
    resource: "pillar",
    action: "delete",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 2 });
      const pillar = plan.pillars[1]!;
      return {
        call: () => plans.deletePillarAction(plan.id, EDIT, form({ id: pillar.id, version: pillar.version })),
        snapshot: () => planRow(plan.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/plans/${plan.id}`);
          expect(await pillarRow(pillar.id)).toBeNull();
        },
      };
    },
  },
  {
    name: "movePillarAction",
    resource: "pillar",
    action: "update",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 2 });
      const [first, second] = plan.pillars as [(typeof plan.pillars)[0], (typeof plan.pillars)[0]];
      const order = JSON.stringify(plan.pillars.map((p) => ({ id: p.id, version: p.version })));
      return {
        call: () =>
          plans.movePillarAction(EDIT, form({ parentId: plan.id, itemId: first.id, order, direction: "down" })),
        snapshot: () => planRow(plan.id),
        applied: async (answer) => {
          // A move stays on the page: no redirect, no error.
          expect(answer).toEqual({ seq: 1 });
          const rows = await db.pillar.findMany({ where: { planId: plan.id }, orderBy: { position: "asc" } });
          expect(rows.map((p) => p.id)).toEqual([second.id, first.id]);
        },
      };
    },
  },
  // ---- Activities ----
  {
    name: "createActivityAction",
    resource: "activity",
    action: "create",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1 });
      const pillar = plan.pillars[0]!;
      return {
        call: () => activities.createActivityAction(EDIT, form({ pillarId: pillar.id, "title.ar": "نشاط جديد" })),
        snapshot: () => pillarRow(pillar.id),
        applied: async (answer) => {
          const activity = await db.activity.findUnique({ where: { id: idFrom(answer, "activities") } });
          expect(activity?.pillarId).toBe(pillar.id);
        },
      };
    },
  },
  {
    name: "updateActivityAction",
    resource: "activity",
    action: "update",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1, activities: 1 });
      const activity = plan.pillars[0]!.activities[0]!;
      return {
        call: () =>
          activities.updateActivityAction(
            activity.id,
            EDIT,
            form({
              pillarId: activity.pillarId,
              "title.ar": "نشاط معدل",
              status: "completed",
              version: activity.version,
            }),
          ),
        snapshot: () => activityRow(activity.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/activities/${activity.id}`);
          const row = await activityRow(activity.id);
          expect(row?.title).toEqual({ ar: "نشاط معدل" });
          expect(row?.status).toBe("completed");
          expect(row?.version).toBe(activity.version + 1);
        },
      };
    },
  },
  {
    name: "deleteActivityAction",
    resource: "activity",
    action: "delete",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1, activities: 1 });
      const activity = plan.pillars[0]!.activities[0]!;
      return {
        call: () =>
          activities.deleteActivityAction(plan.id, EDIT, form({ id: activity.id, version: activity.version })),
        snapshot: () => activityRow(activity.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/plans/${plan.id}`);
          expect(await activityRow(activity.id)).toBeNull();
        },
      };
    },
  },
  {
    name: "moveActivityAction",
    resource: "activity",
    action: "update",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1, activities: 2 });
      const pillar = plan.pillars[0]!;
      const [first, second] = pillar.activities as [(typeof pillar.activities)[0], (typeof pillar.activities)[0]];
      const order = JSON.stringify(pillar.activities.map((a) => ({ id: a.id, version: a.version })));
      return {
        call: () =>
          activities.moveActivityAction(EDIT, form({ parentId: pillar.id, itemId: second.id, order, direction: "up" })),
        snapshot: () => pillarRow(pillar.id),
        applied: async (answer) => {
          expect(answer).toEqual({ seq: 1 });
          const rows = await db.activity.findMany({ where: { pillarId: pillar.id }, orderBy: { position: "asc" } });
          expect(rows.map((a) => a.id)).toEqual([second.id, first.id]);
        },
      };
    },
  },
  // ---- Meetings ----
  {
    name: "createMeetingAction",
    resource: "meeting",
    action: "create",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture();
      return {
        call: () =>
          meetings.createMeetingAction(
            EDIT,
            form({
              planId: plan.id,
              kind: "workshop",
              "title.ar": "اجتماع جديد",
              startDate: "2042-01-10",
              participating: ["EG", "JO"],
            }),
          ),
        snapshot: () => planRow(plan.id),
        applied: async (answer) => {
          const meeting = await meetingRow(idFrom(answer, "meetings"));
          expect(meeting?.planId).toBe(plan.id);
          expect(meeting?.participations.map((p) => p.memberStateId).sort()).toEqual(["EG", "JO"]);
        },
      };
    },
  },
  {
    name: "updateMeetingAction",
    resource: "meeting",
    action: "update",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture();
      const meeting = await meetingFixture(plan.id);
      return {
        call: () =>
          meetings.updateMeetingAction(
            meeting.id,
            EDIT,
            form({
              planId: plan.id,
              kind: "workshop",
              "title.ar": "ورشة معدلة",
              startDate: "2040-03-01",
              participating: ["EG"],
              version: meeting.version,
            }),
          ),
        snapshot: () => meetingRow(meeting.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/meetings/${meeting.id}`);
          const row = await meetingRow(meeting.id);
          expect(row?.title).toEqual({ ar: "ورشة معدلة" });
          expect(row?.participations.map((p) => p.memberStateId)).toEqual(["EG"]);
          expect(row?.version).toBe(meeting.version + 1);
        },
      };
    },
  },
  {
    name: "deleteMeetingAction",
    resource: "meeting",
    action: "delete",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture();
      const meeting = await meetingFixture(plan.id);
      return {
        call: () =>
          meetings.deleteMeetingAction(`/plans/${plan.id}`, EDIT, form({ id: meeting.id, version: meeting.version })),
        snapshot: () => meetingRow(meeting.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/plans/${plan.id}`);
          expect(await meetingRow(meeting.id)).toBeNull();
        },
      };
    },
  },
  // ---- Documents (deliverables) ----
  {
    name: "createDeliverableAction",
    resource: "deliverable",
    action: "create",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1, activities: 1 });
      const activity = plan.pillars[0]!.activities[0]!;
      return {
        call: () =>
          deliverables.createDeliverableAction(
            EDIT,
            form({ type: "statement", "title.ar": "بيان جديد", activityId: activity.id }),
          ),
        snapshot: () => activityRow(activity.id),
        applied: async (answer) => {
          const deliverable = await deliverableRow(idFrom(answer, "deliverables"));
          expect(deliverable?.activityId).toBe(activity.id);
        },
      };
    },
  },
  {
    name: "updateDeliverableAction",
    resource: "deliverable",
    action: "update",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1, activities: 1 });
      const deliverable = await deliverableFixture(plan.pillars[0]!.activities[0]!.id);
      return {
        call: () =>
          deliverables.updateDeliverableAction(
            deliverable.id,
            EDIT,
            form({
              type: "statement",
              "title.ar": "بيان معدل",
              activityId: deliverable.activityId!,
              version: deliverable.version,
            }),
          ),
        snapshot: () => deliverableRow(deliverable.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/deliverables/${deliverable.id}`);
          const row = await deliverableRow(deliverable.id);
          expect(row?.title).toEqual({ ar: "بيان معدل" });
          expect(row?.version).toBe(deliverable.version + 1);
        },
      };
    },
  },
  {
    name: "deleteDeliverableAction",
    resource: "deliverable",
    action: "delete",
    kind: "edit",
    prepare: async () => {
      const plan = await planFixture({ pillars: 1, activities: 1 });
      const activityId = plan.pillars[0]!.activities[0]!.id;
      const deliverable = await deliverableFixture(activityId);
      return {
        call: () =>
          deliverables.deleteDeliverableAction(
            `/activities/${activityId}`,
            EDIT,
            form({ id: deliverable.id, version: deliverable.version }),
          ),
        snapshot: () => deliverableRow(deliverable.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/activities/${activityId}`);
          expect(await deliverableRow(deliverable.id)).toBeNull();
        },
      };
    },
  },
  // ---- User administration ----
  {
    name: "createUserAction",
    resource: "user",
    action: "create",
    kind: "form",
    prepare: async () => {
      const email = `${unique("invited")}@mutabaa.test`;
      return {
        call: () =>
          adminUsers.createUserAction(
            FORM,
            form({ name: "Invited Person", email, role: "focal_point", memberStateId: "JO", userLocale: "en" }),
          ),
        snapshot: () => db.user.findUnique({ where: { email } }),
        applied: async (answer) => {
          expect((answer as { result?: { url?: string } }).result?.url).toMatch(/\/en\/invitation\//);
          const user = await db.user.findUnique({ where: { email } });
          expect(user).toMatchObject({ role: "focal_point", memberStateId: "JO" });
          expect(await db.verification.count({ where: { value: user!.id } })).toBe(1);
        },
      };
    },
  },
  {
    name: "updateAccessAction",
    resource: "user",
    action: "update",
    kind: "form",
    prepare: async () => {
      const user = await userFixture();
      return {
        call: () =>
          adminUsers.updateAccessAction(
            FORM,
            form({ userId: user.id, role: "focal_point", memberStateId: "EG", version: user.version }),
          ),
        snapshot: () => userRow(user.id),
        applied: async () => {
          expect(await userRow(user.id)).toMatchObject({
            role: "focal_point",
            memberStateId: "EG",
            version: user.version + 1,
          });
        },
      };
    },
  },
  {
    name: "setDisabledAction",
    resource: "user",
    action: "update",
    kind: "form",
    prepare: async () => {
      const user = await userFixture();
      return {
        call: () =>
          adminUsers.setDisabledAction(FORM, form({ userId: user.id, disabled: "true", version: user.version })),
        snapshot: () => userRow(user.id),
        applied: async () => {
          const row = await userRow(user.id);
          expect(row?.disabledAt).not.toBeNull();
          expect(row?.version).toBe(user.version + 1);
        },
      };
    },
  },
  {
    name: "issueLinkAction",
    resource: "user",
    action: "update",
    kind: "form",
    prepare: async () => {
      const user = await userFixture();
      return {
        call: () => adminUsers.issueLinkAction(FORM, form({ userId: user.id, kind: "reset" })),
        snapshot: () => db.verification.findMany({ where: { value: user.id } }),
        applied: async (answer) => {
          expect((answer as { result?: { url?: string } }).result?.url).toMatch(/\/reset-password\//);
          expect(await db.verification.count({ where: { value: user.id } })).toBe(1);
        },
      };
    },
  },
];

CASES.push(
  {
    name: "createPledgeAction",
    resource: "pledge",
    action: "create",
    kind: "edit",
    prepare: async () => ({
      call: () =>
        memberStates.createPledgeAction(
          "EG",
          EDIT,
          form({ "title.ar": "تعهد جديد", status: "announced", progress: 0 }),
        ),
      snapshot: async () => null,
      applied: async (answer) => {
        expect(String(redirectedTo(answer))).toMatch(/^\/member-states\/EG#pledge-[0-9a-f-]{36}$/);
      },
    }),
  },
  {
    name: "updatePledgeAction",
    resource: "pledge",
    action: "update",
    kind: "edit",
    facts: EGYPT,
    prepare: async () => {
      const pledge = await pledgeFixture();
      return {
        call: () =>
          memberStates.updatePledgeAction(
            "EG",
            pledge.id,
            EDIT,
            form({ "title.ar": "تعهد معدل", status: "in_progress", progress: 30, version: pledge.version }),
          ),
        snapshot: () => pledgeRow(pledge.id),
        applied: async () => {
          expect(await pledgeRow(pledge.id)).toMatchObject({
            title: { ar: "تعهد معدل" },
            progress: 30,
            version: pledge.version + 1,
          });
        },
      };
    },
  },
  {
    name: "deletePledgeAction",
    resource: "pledge",
    action: "delete",
    kind: "edit",
    facts: EGYPT,
    prepare: async () => {
      const { pledge } = await pledgeUpdateFixture();
      return {
        call: () => memberStates.deletePledgeAction("EG", EDIT, form({ id: pledge.id, version: pledge.version })),
        snapshot: () => pledgeRow(pledge.id),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe("/member-states/EG");
          expect(await pledgeRow(pledge.id)).toBeNull();
          expect(await db.pledgeUpdate.count({ where: { pledgeId: pledge.id } })).toBe(0);
        },
      };
    },
  },
  {
    name: "postPledgeUpdateAction",
    resource: "pledgeUpdate",
    action: "create",
    kind: "edit",
    facts: EGYPT,
    prepare: async () => {
      const pledge = await pledgeFixture();
      return {
        call: () =>
          memberStates.postPledgeUpdateAction(
            "EG",
            pledge.id,
            EDIT,
            form({ reportedOn: "2040-05-01", progress: 40, "body.ar": "تقدم" }),
          ),
        snapshot: () => pledgeRow(pledge.id),
        applied: async () => {
          expect((await pledgeRow(pledge.id))?.updates).toEqual([
            expect.objectContaining({ progress: 40, status: "submitted" }),
          ]);
        },
      };
    },
  },
  {
    name: "editPledgeUpdateAction",
    resource: "pledgeUpdate",
    action: "update",
    kind: "edit",
    facts: EGYPT,
    prepare: async () => {
      const { pledge, update } = await pledgeUpdateFixture();
      return {
        call: () =>
          memberStates.editPledgeUpdateAction(
            "EG",
            pledge.id,
            update.id,
            EDIT,
            form({ reportedOn: "2040-04-01", progress: 55, "body.ar": "تقرير معدل", version: update.version }),
          ),
        snapshot: () => pledgeRow(pledge.id),
        applied: async () => {
          expect((await pledgeRow(pledge.id))?.updates[0]).toMatchObject({
            progress: 55,
            body: { ar: "تقرير معدل" },
            version: update.version + 1,
          });
        },
      };
    },
  },
  {
    name: "reviewPledgeUpdateAction",
    resource: "pledge",
    action: "update",
    kind: "edit",
    facts: EGYPT,
    prepare: async () => {
      const { pledge, update } = await pledgeUpdateFixture();
      return {
        call: () =>
          memberStates.reviewPledgeUpdateAction(
            "EG",
            pledge.id,
            update.id,
            EDIT,
            form({ decision: "accept", version: update.version }),
          ),
        snapshot: () => pledgeRow(pledge.id),
        applied: async () => {
          const row = await pledgeRow(pledge.id);
          expect(row).toMatchObject({ progress: 50, status: "in_progress" });
          expect(row?.updates[0]?.status).toBe("accepted");
        },
      };
    },
  },
  {
    name: "createCommentAction",
    resource: "comment",
    action: "create",
    kind: "edit",
    // A new comment is its writer's, and a focal point's belongs to their state.
    facts: (actor) => ({
      isPublic: false,
      memberStateId:
        actor.viewer.kind === "user" && actor.viewer.role === "focal_point" ? actor.viewer.memberStateId : null,
      authorId: actor.userId,
    }),
    prepare: async () => {
      const plan = await planFixture({ pillars: 1, activities: 1 });
      const activity = plan.pillars[0]!.activities[0]!;
      return {
        call: () => commentActions.createCommentAction(activity.id, EDIT, form({ body: "تعليق جديد" })),
        snapshot: () => db.comment.findMany({ where: { activityId: activity.id } }),
        applied: async (answer) => {
          expect(redirectedTo(answer)).toBe(`/activities/${activity.id}#comments`);
          expect(await db.comment.count({ where: { activityId: activity.id } })).toBe(1);
        },
      };
    },
  },
  {
    name: "updateCommentAction",
    resource: "comment",
    action: "update",
    kind: "edit",
    facts: EGYPT,
    prepare: async () => {
      const { activity, comment } = await commentFixture();
      return {
        call: () =>
          commentActions.updateCommentAction(
            activity.id,
            comment.id,
            EDIT,
            form({ body: "تعليق معدل", version: comment.version }),
          ),
        snapshot: () => commentRow(comment.id),
        applied: async () => {
          expect(await commentRow(comment.id)).toMatchObject({ body: "تعليق معدل", version: comment.version + 1 });
        },
      };
    },
  },
  {
    name: "deleteCommentAction",
    resource: "comment",
    action: "delete",
    kind: "edit",
    facts: EGYPT,
    prepare: async () => {
      const { activity, comment } = await commentFixture();
      return {
        call: () =>
          commentActions.deleteCommentAction(activity.id, EDIT, form({ id: comment.id, version: comment.version })),
        snapshot: () => commentRow(comment.id),
        applied: async () => {
          expect((await commentRow(comment.id))?.deletedAt).not.toBeNull();
        },
      };
    },
  },
);

// The account page's actions act on the caller's own account: only a visitor without a session
// is to be refused ("unauthorized"), before anything is looked at.
const ownAccount = (
  name: string,
  call: (data: FormData) => Promise<unknown>,
  fields: () => Promise<Record<string, string>>,
): Case => ({
  name,
  resource: "user",
  action: "update",
  kind: "form",
  actors: ["anonymous"],
  prepare: async () => {
    const data = form(await fields());
    return { call: () => call(data), snapshot: async () => null, applied: async () => undefined };
  },
});

CASES.push(
  ownAccount(
    "changePasswordAction",
    (d) => account.changePasswordAction(FORM, d),
    async () => ({
      currentPassword: "correct horse battery",
      newPassword: "a brand new passphrase",
      confirmation: "a brand new passphrase",
    }),
  ),
  ownAccount(
    "startTwoFactorAction",
    (d) => account.startTwoFactorAction(FORM, d),
    async () => ({ password: "correct horse battery" }),
  ),
  ownAccount(
    "confirmTwoFactorAction",
    (d) => account.confirmTwoFactorAction(FORM, d),
    async () => ({ code: "123456" }),
  ),
  ownAccount(
    "disableTwoFactorAction",
    (d) => account.disableTwoFactorAction(FORM, d),
    async () => ({ password: "correct horse battery" }),
  ),
  ownAccount(
    "createApiTokenAction",
    (d) => account.createApiTokenAction(FORM, d),
    async () => ({ name: "script", expiresInDays: "30" }),
  ),
  ownAccount(
    "revokeApiTokenAction",
    (d) => account.revokeApiTokenAction(FORM, d),
    async () => {
      // Someone's live token: a visitor must not be able to revoke it.
      const user = await userFixture();
      const { prefix, tokenHash } = generateApiToken();
      const token = await db.apiToken.create({ data: { userId: user.id, name: "live", prefix, tokenHash } });
      return { id: token.id };
    },
  ),
);

/** The account forms' sentences for refusals (FormState carries no code). */
const SIGNED_OUT = en.auth.errors.signedOut;
const NOT_ALLOWED = en.auth.errors.notAllowed;

/** What the answer says, in the terms of `Outcome` ("refused" where a form cannot tell 403 from 404). */
function outcomeOf(kind: Case["kind"], answer: unknown): string {
  if (kind === "edit") {
    const state = answer as { redirectedTo?: unknown; seq?: number; error?: { code: string } };
    if (state.redirectedTo !== undefined) return "allow";
    if (state.error) return state.error.code;
    return state.seq === 1 ? "allow" : `unexpected ${JSON.stringify(answer)}`;
  }
  const state = answer as { status: string; message?: string };
  if (state.status === "success") return "allow";
  if (state.status === "error" && state.message === SIGNED_OUT) return "unauthorized";
  if (state.status === "error" && state.message === NOT_ALLOWED) return "refused";
  return `unexpected ${JSON.stringify(answer)}`;
}

function expectedOf(kind: Case["kind"], outcome: Outcome): string {
  return kind === "form" && (outcome === "forbidden" || outcome === "not_found") ? "refused" : outcome;
}

async function asActor(actor: Actor, call: () => Promise<unknown>): Promise<unknown> {
  current.headers = new Headers({ ...actor.headers, host: "localhost:3000" });
  try {
    return await call();
  } finally {
    current.headers = new Headers();
  }
}

beforeAll(async () => {
  actors = await createActors();
  // The catalogues agree on the keys the refusals are recognised by.
  expect(typeof ar.auth.errors.signedOut).toBe("string");
  expect(SIGNED_OUT).not.toBe(NOT_ALLOWED);
});

describe("server actions: authorisation matrix (generated from PERMISSIONS)", () => {
  for (const testCase of CASES) {
    describe(testCase.name, () => {
      for (const actorName of testCase.actors ?? ACTOR_NAMES) {
        it(`as ${actorName}`, async () => {
          const actor = actors[actorName];
          const expected = expectedOutcome(actor, testCase.resource, testCase.action, testCase.facts?.(actor));
          const prepared = await testCase.prepare();
          const before = { counts: await tableCounts(), row: await prepared.snapshot() };

          const answer = await asActor(actor, prepared.call);
          expect(outcomeOf(testCase.kind, answer), `${testCase.name} as ${actorName}: ${JSON.stringify(answer)}`).toBe(
            expectedOf(testCase.kind, expected),
          );

          if (expected === "allow") {
            await prepared.applied(answer);
            // Every allowed write is on the record (issuing a link writes a one-time token instead).
            if (testCase.name !== "issueLinkAction")
              expect((await tableCounts()).audit).toBeGreaterThan(before.counts.audit);
          } else {
            // Refused: nothing written anywhere, not even an audit event, and the record as it was.
            expect(await tableCounts()).toEqual(before.counts);
            expect(await prepared.snapshot()).toEqual(before.row);
            if (testCase.kind === "edit") {
              // The form gets its input back to show again.
              expect((answer as { values?: unknown }).values).toBeDefined();
            }
          }
        });
      }
    });
  }
});
