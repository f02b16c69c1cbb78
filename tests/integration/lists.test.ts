import { beforeAll, describe, expect, it } from "vitest";
import * as activitiesRoute from "@/app/api/v1/activities/route";
import * as deliverablesRoute from "@/app/api/v1/deliverables/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { countActivities, listActivities } from "@/lib/activities/data";
import { ActivityListQuery } from "@/lib/activities/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { countDeliverables, listDeliverables } from "@/lib/deliverables/data";
import { countMeetings, listMeetings } from "@/lib/meetings/data";
import { PAGE_SIZE, parseListParams } from "@/lib/lists/query";
import { callApi, createActors, type Actor, type ActorName } from "../support/actors";

// The list queries behind /activities, /meetings, /deliverables and GET /api/v1/<list>: each
// filter narrows on a fixture built here (this file has its own database), sorting and paging
// happen in SQL, and anonymous readers see public plans' records only.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const anonymous: Viewer = { kind: "anonymous" };

let actors: Record<ActorName, Actor>;
let secretariat: Viewer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  actors = await createActors();
  secretariat = actors.secretariat.viewer;
  const db = getDb();
  const open = await db.actionPlan.create({
    data: {
      key: "lists-open",
      startYear: 2030,
      endYear: 2031,
      title: { ar: "خطة مفتوحة", en: "Open plan" },
      isPublic: true,
    },
  });
  const closed = await db.actionPlan.create({
    data: { key: "lists-closed", startYear: 2030, endYear: 2031, title: { ar: "خطة مغلقة" }, isPublic: false },
  });
  const paged = await db.actionPlan.create({
    data: { key: "lists-paged", startYear: 2029, endYear: 2030, title: { ar: "خطة طويلة" }, isPublic: true },
  });
  const pillar = async (key: string, planId: string, position: number) =>
    (await db.pillar.create({ data: { key, planId, position, title: { ar: key } } })).id;
  const [p1, p2, p3, p4] = await Promise.all([
    pillar("lists-p1", open.id, 1),
    pillar("lists-p2", open.id, 2),
    pillar("lists-p3", closed.id, 1),
    pillar("lists-p4", paged.id, 1),
  ]);
  Object.assign(ids, { open: open.id, closed: closed.id, paged: paged.id, p1, p2 });

  const governance = await db.activity.create({
    data: {
      key: "lists-governance",
      pillarId: p1,
      position: 1,
      title: { ar: "إدارة الهجرة", en: "Migration governance" },
      type: "capacity_building",
      status: "in_progress",
      progress: 40,
      plannedStart: day("2030-03-01"),
      plannedEnd: day("2030-04-30"),
      frameworks: { create: { targetId: "gcm-1" } },
    },
  });
  const workshop = await db.activity.create({
    data: {
      key: "lists-workshop",
      pillarId: p1,
      position: 2,
      title: { ar: "ورشة حول اللجوء", en: "Workshop on asylum" },
      type: "meeting",
      status: "completed",
      progress: 100,
      plannedStart: day("2030-06-01"),
      datePrecision: "month",
    },
  });
  // "الهجره": the ta marbuta written as ha, as it often is.
  const study = await db.activity.create({
    data: {
      key: "lists-study",
      pillarId: p2,
      position: 1,
      title: { ar: "دراسة الهجره", en: "Study" },
      status: "not_started",
    },
  });
  const hidden = await db.activity.create({
    data: {
      key: "lists-hidden",
      pillarId: p3,
      position: 1,
      title: { ar: "نشاط خاص", en: "Private activity" },
      status: "in_progress",
    },
  });
  await db.activity.createMany({
    data: Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({
      key: `lists-bulk-${i}`,
      pillarId: p4,
      position: i + 1,
      title: { ar: `نشاط ${i + 1}` },
    })),
  });
  Object.assign(ids, { governance: governance.id, workshop: workshop.id, study: study.id, hidden: hidden.id });

  const held = await db.meeting.create({
    data: {
      key: "lists-held",
      planId: open.id,
      kind: "workshop",
      status: "held",
      title: { ar: "ورشة عمل إقليمية", en: "Regional workshop" },
      startDate: day("2030-03-10"),
      endDate: day("2030-03-12"),
      participations: { create: { memberStateId: "EG" } },
    },
  });
  const session = await db.meeting.create({
    data: {
      key: "lists-session",
      planId: closed.id,
      kind: "arcp_session",
      status: "planned",
      title: { ar: "الاجتماع الحادي عشر" },
      startDate: day("2030-05-01"),
      datePrecision: "month",
      participations: { create: { memberStateId: "JO" } },
    },
  });
  // No plan, but serving an activity of the open plan: readable by everyone, and in the open plan's list.
  const forum = await db.meeting.create({
    data: {
      key: "lists-forum",
      kind: "international_forum",
      status: "held",
      title: { ar: "منتدى دولي", en: "International forum" },
      startDate: day("2030-07-01"),
      activities: { create: { activityId: workshop.id } },
    },
  });
  const unattached = await db.meeting.create({
    data: { key: "lists-unattached", kind: "other", title: { ar: "اجتماع غير مرتبط" }, startDate: day("2030-08-01") },
  });
  Object.assign(ids, { held: held.id, session: session.id, forum: forum.id, unattached: unattached.id });

  const statement = await db.deliverable.create({
    data: {
      key: "lists-statement",
      type: "statement",
      title: { ar: "بيان إقليمي", en: "Regional statement" },
      activityId: governance.id,
      frameworks: { create: { targetId: "gcm-1" } },
      stages: {
        create: [
          { stage: "drafted", position: 0 },
          { stage: "submitted", position: 1, recipients: { create: { memberStateId: "EG" } } },
        ],
      },
    },
  });
  const final = await db.deliverable.create({
    data: {
      key: "lists-final",
      type: "final_statement",
      title: { ar: "البيان الختامي" },
      meetingId: session.id,
      stages: {
        create: [
          { stage: "adopted", position: 0 },
          { stage: "circulated", position: 1, completed: false },
        ],
      },
    },
  });
  const messages = await db.deliverable.create({
    data: {
      key: "lists-messages",
      type: "key_messages",
      title: { ar: "الرسائل الرئيسية", en: "Key messages" },
      activityId: workshop.id,
      stages: { create: { stage: "published" } },
    },
  });
  Object.assign(ids, { statement: statement.id, final: final.id, messages: messages.id });
});

const activityIds = async (viewer: Viewer, query: ActivityListQuery, locale: "ar" | "en" = "ar") =>
  (await listActivities(viewer, query, { locale })).map((a) => a.id);

describe("activity list", () => {
  it("filters by status (several at once), type, pillar and framework target", async () => {
    expect((await activityIds(secretariat, { status: ["in_progress"] })).sort()).toEqual(
      [ids.governance, ids.hidden].sort(),
    );
    expect((await activityIds(secretariat, { planId: ids.open, status: ["in_progress", "completed"] })).sort()).toEqual(
      [ids.governance, ids.workshop].sort(),
    );
    expect(await activityIds(secretariat, { type: "capacity_building" })).toEqual([ids.governance]);
    expect(await activityIds(secretariat, { pillarId: ids.p2 })).toEqual([ids.study]);
    expect(await activityIds(secretariat, { framework: "gcm-1" })).toEqual([ids.governance]);
  });

  it("keeps activities whose planned period overlaps from–to, months counting whole", async () => {
    const open = { planId: ids.open };
    expect(await activityIds(secretariat, { ...open, from: "2030-04-15", to: "2030-04-20" })).toEqual([ids.governance]);
    // Planned for "June 2030": overlaps a period inside June though stored as 1 June.
    expect(await activityIds(secretariat, { ...open, from: "2030-06-20", to: "2030-06-25" })).toEqual([ids.workshop]);
    expect(await activityIds(secretariat, { ...open, from: "2030-07-01" })).toEqual([]);
    expect(await activityIds(secretariat, { ...open, to: "2030-02-28" })).toEqual([]);
  });

  it("searches Arabic titles across alef, hamza and ta marbuta spellings, and English ones whatever the case", async () => {
    expect((await activityIds(secretariat, { planId: ids.open, q: "الهجرة" })).sort()).toEqual(
      [ids.governance, ids.study].sort(),
    );
    expect(await activityIds(secretariat, { q: "اداره الهجره" })).toEqual([ids.governance]);
    expect(await activityIds(secretariat, { q: "WORKSHOP on" })).toEqual([ids.workshop]);
    // LIKE's wildcards are taken literally.
    expect(await activityIds(secretariat, { q: "%" })).toEqual([]);
  });

  it("sorts by title in the reader's language, progress and planned start", async () => {
    const open = { planId: ids.open };
    expect(await activityIds(secretariat, { ...open }, "en")).toEqual([ids.governance, ids.workshop, ids.study]);
    expect(await activityIds(secretariat, { ...open, sort: "title" }, "en")).toEqual([
      ids.governance,
      ids.study,
      ids.workshop,
    ]);
    expect(await activityIds(secretariat, { ...open, sort: "progress" })).toEqual([
      ids.workshop,
      ids.governance,
      ids.study,
    ]);
    expect(await activityIds(secretariat, { ...open, sort: "start" })).toEqual([
      ids.governance,
      ids.workshop,
      ids.study,
    ]);
  });

  it("pages by PAGE_SIZE with the total counted in SQL", async () => {
    const query = { planId: ids.paged };
    expect(await countActivities(secretariat, query)).toBe(PAGE_SIZE + 5);
    const first = await activityIds(secretariat, { ...query, page: 1 });
    const second = await activityIds(secretariat, { ...query, page: 2 });
    expect(first).toHaveLength(PAGE_SIZE);
    expect(second).toHaveLength(5);
    expect(new Set([...first, ...second]).size).toBe(PAGE_SIZE + 5);
    // Title order pages too.
    expect(await activityIds(secretariat, { ...query, page: 2, sort: "title" })).toHaveLength(5);
  });

  it("shows anonymous readers the public plans' activities only", async () => {
    expect(await activityIds(anonymous, { status: ["in_progress"] })).toEqual([ids.governance]);
    expect(await countActivities(anonymous, { planId: ids.closed })).toBe(0);
    expect(await countActivities(secretariat, { planId: ids.closed })).toBe(1);
  });
});

describe("meeting list", () => {
  const meetingIds = async (viewer: Viewer, query: Parameters<typeof listMeetings>[1]) =>
    (await listMeetings(viewer, query)).map((m) => m.id);

  it("filters by participating state, kind, status, plan and dates overlapping", async () => {
    expect(await meetingIds(secretariat, { state: "EG" })).toEqual([ids.held]);
    expect(await meetingIds(secretariat, { state: "JO" })).toEqual([ids.session]);
    expect(await meetingIds(secretariat, { kind: ["arcp_session", "international_forum"] })).toEqual([
      ids.session,
      ids.forum,
    ]);
    expect(await meetingIds(secretariat, { status: ["planned"] })).toEqual([ids.session, ids.unattached]);
    expect(await meetingIds(secretariat, { planId: ids.open })).toEqual([ids.held, ids.forum]);
    expect(await meetingIds(secretariat, { from: "2030-03-12", to: "2030-03-20" })).toEqual([ids.held]);
    expect(await meetingIds(secretariat, { from: "2030-05-15", to: "2030-05-16" })).toEqual([ids.session]);
    expect(await meetingIds(secretariat, { q: "FORUM" })).toEqual([ids.forum]);
    expect(await meetingIds(secretariat, { sort: "recent" })).toEqual([
      ids.unattached,
      ids.forum,
      ids.session,
      ids.held,
    ]);
  });

  it("shows anonymous readers the meetings of public plans and of their activities", async () => {
    expect(await meetingIds(anonymous, {})).toEqual([ids.held, ids.forum]);
    expect(await meetingIds(anonymous, { state: "JO" })).toEqual([]);
    expect(await countMeetings(anonymous, {})).toBe(2);
    expect(await countMeetings(secretariat, {})).toBe(4);
  });
});

describe("document list", () => {
  const deliverableIds = async (viewer: Viewer, query: Parameters<typeof listDeliverables>[1]) =>
    (await listDeliverables(viewer, query)).map((d) => d.id);

  it("filters by latest completed stage, recipient state, framework target, type, plan, meeting and title", async () => {
    expect(await deliverableIds(secretariat, { stage: ["submitted"] })).toEqual([ids.statement]);
    // The scheduled circulation does not count: the latest completed stage is the adoption.
    expect(await deliverableIds(secretariat, { stage: ["adopted"] })).toEqual([ids.final]);
    expect(await deliverableIds(secretariat, { stage: ["circulated"] })).toEqual([]);
    expect(await deliverableIds(secretariat, { stage: ["drafted"] })).toEqual([]);
    expect(await deliverableIds(secretariat, { state: "EG" })).toEqual([ids.statement]);
    expect(await deliverableIds(secretariat, { framework: "gcm-1" })).toEqual([ids.statement]);
    expect(await deliverableIds(secretariat, { type: ["key_messages"] })).toEqual([ids.messages]);
    expect((await deliverableIds(secretariat, { planId: ids.open })).sort()).toEqual(
      [ids.statement, ids.messages].sort(),
    );
    expect(await deliverableIds(secretariat, { meetingId: ids.session })).toEqual([ids.final]);
    expect(await deliverableIds(secretariat, { q: "الرسائل" })).toEqual([ids.messages]);
    expect(await deliverableIds(secretariat, { sort: "title" })).toEqual([ids.final, ids.messages, ids.statement]);
  });

  it("shows anonymous readers the public plans' documents only", async () => {
    expect(await countDeliverables(anonymous, {})).toBe(2);
    expect(await deliverableIds(anonymous, { stage: ["adopted"] })).toEqual([]);
  });
});

describe("GET /api/v1/<list> with the same filters", () => {
  it("accepts them in the query string (several values comma-separated) and pages", async () => {
    const activities = await callApi<{ id: string }[]>(activitiesRoute.GET, {
      path: `/api/v1/activities?planId=${ids.open}&status=in_progress,completed&sort=title&locale=en`,
      actor: actors.observer,
    });
    expect(activities.status).toBe(200);
    expect(activities.data.map((a) => a.id)).toEqual([ids.governance, ids.workshop]);

    const paged = await callApi<{ id: string }[]>(activitiesRoute.GET, {
      path: `/api/v1/activities?planId=${ids.paged}&page=2`,
      actor: actors.observer,
    });
    expect(paged.data).toHaveLength(5);
    // Without `page`, every match (as before paging existed).
    const everything = await callApi<{ id: string }[]>(activitiesRoute.GET, {
      path: `/api/v1/activities?planId=${ids.paged}`,
      actor: actors.observer,
    });
    expect(everything.data).toHaveLength(PAGE_SIZE + 5);

    const meetings = await callApi<{ id: string }[]>(meetingsRoute.GET, {
      path: "/api/v1/meetings?state=JO",
      actor: actors.observer,
    });
    expect(meetings.data.map((m) => m.id)).toEqual([ids.session]);
    const anonymousMeetings = await callApi<{ id: string }[]>(meetingsRoute.GET, { path: "/api/v1/meetings?state=JO" });
    expect(anonymousMeetings.data).toEqual([]);

    const deliverables = await callApi<{ id: string }[]>(deliverablesRoute.GET, {
      path: "/api/v1/deliverables?stage=submitted&state=EG&framework=gcm-1",
      actor: actors.observer,
    });
    expect(deliverables.data.map((d) => d.id)).toEqual([ids.statement]);
  });

  it("answers bad filter values with the error shape and a message per field", async () => {
    const res = await callApi(activitiesRoute.GET, {
      path: "/api/v1/activities?status=bogus&from=2030-13-45&page=0&sort=random&locale=en",
    });
    expect(res.status).toBe(422);
    expect(res.error?.code).toBe("validation");
    expect(Object.keys(res.error!.fields!).sort()).toEqual(["from", "page", "sort", "status.0"]);
    expect(res.error!.fields!.sort).toEqual(["Not one of the allowed values."]);

    const meetings = await callApi(meetingsRoute.GET, { path: "/api/v1/meetings?state=Egypt" });
    expect(meetings.status).toBe(422);
    expect(Object.keys(meetings.error!.fields!)).toEqual(["state"]);
  });
});

describe("list pages' URL parsing", () => {
  it("keeps the readable filters and names the ignored ones", () => {
    const { query, ignored } = parseListParams(ActivityListQuery, {
      status: ["in_progress", "completed"],
      type: "not-a-type",
      from: "2030-01-01",
      to: "tomorrow",
      page: "2",
      unrelated: "x",
    });
    expect(query).toEqual({ status: ["in_progress", "completed"], from: "2030-01-01", page: 2 });
    expect(ignored.sort()).toEqual(["to", "type"]);
  });
});
