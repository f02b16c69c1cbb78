import { beforeAll, describe, expect, it } from "vitest";
import {
  createActivity,
  deleteActivity,
  reorderActivities,
  updateActivity,
  updateActivityStatus,
} from "@/lib/activities/mutations";
import { getHistory } from "@/lib/audit/data";
import { getDb } from "@/lib/db/client";
import { getMeeting } from "@/lib/meetings/data";
import { updateMeeting } from "@/lib/meetings/mutations";
import { createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

const db = getDb();
let actors: Record<ActorName, Actor>;
let organizationIds: string[];

beforeAll(async () => {
  actors = await createActors();
  const orgs = await Promise.all(
    ["iom", "unhcr"].map((key) =>
      db.organization.create({
        data: { key: `${key}-${Date.now()}`, kind: "un_agency", name: { ar: key }, abbreviation: key.toUpperCase() },
      }),
    ),
  );
  organizationIds = orgs.map((o) => o.id);
});

describe("activity mutations", () => {
  it("creates an activity at the end of its pillar with partners and meetings", async () => {
    const { pillar, meetings } = await createPlanFixture({ isPublic: false, activities: 2 });
    const activity = await createActivity(actors.secretariat.viewer, {
      pillarId: pillar.id,
      title: { ar: "ورشة بناء القدرات" },
      type: "capacity_building",
      plannedStart: "2031-01-01",
      plannedEnd: "2031-03-31",
      datePrecision: "month",
      leadUnit: { ar: "إدارة شؤون اللاجئين" },
      partnerIds: organizationIds,
      meetingIds: [meetings.later.id],
    });
    expect(activity).toMatchObject({
      position: 3,
      type: "capacity_building",
      plannedEnd: "2031-03-31",
      datePrecision: "month",
      version: 1,
    });
    expect(activity.partners.map((p) => p.id).sort()).toEqual([...organizationIds].sort());
    expect(activity.meetings.map((m) => m.id)).toEqual([meetings.later.id]);
    // The meeting gained a link: its version moved and its history says so.
    const meeting = await getMeeting(actors.observer.viewer, meetings.later.id);
    expect(meeting!.version).toBe(meetings.later.version + 1);
    expect((await getHistory(actors.observer.viewer, "meeting", meetings.later.id))![0]).toMatchObject({
      action: "update",
      changes: { activityIds: { from: [], to: [activity.id] } },
    });
  });

  it("the quick status update: completed means 100% unless progress is given; a note alone is a status event", async () => {
    const { activities } = await createPlanFixture({ isPublic: false, activities: 2 });
    const [a, b] = activities;
    const done = await updateActivityStatus(actors.secretariat.viewer, a!.id, {
      status: "completed",
      version: a!.version,
    });
    expect(done).toMatchObject({ status: "completed", progress: 100 });
    const partly = await updateActivityStatus(actors.secretariat.viewer, b!.id, {
      status: "completed",
      progress: 90,
      version: b!.version,
    });
    expect(partly.progress).toBe(90);
    const noted = await updateActivityStatus(
      actors.secretariat.viewer,
      b!.id,
      { note: "بانتظار التقرير النهائي", version: partly.version },
      { locale: "ar" },
    );
    expect(noted.version).toBe(partly.version + 1);
    const [event] = (await getHistory(actors.observer.viewer, "activity", b!.id))!;
    expect(event).toMatchObject({ action: "status_change", changes: {}, note: { ar: "بانتظار التقرير النهائي" } });
    // The quick update takes nothing else.
    await expect(
      updateActivityStatus(actors.secretariat.viewer, b!.id, { title: { ar: "x" }, version: noted.version }),
    ).rejects.toMatchObject({
      code: "validation",
      fields: { title: ["unknown_field"] },
    });
  });

  it("an edit of other fields is an update, carrying its note; an unchanged one writes nothing", async () => {
    const { activities } = await createPlanFixture({ isPublic: false, activities: 1 });
    const a = activities[0]!;
    const same = await updateActivity(actors.secretariat.viewer, a.id, {
      progress: 50,
      status: "in_progress",
      version: a.version,
    });
    expect(same.version).toBe(a.version);
    const edited = await updateActivity(
      actors.secretariat.viewer,
      a.id,
      { progress: 75, outcome: { ar: "نتيجة" }, note: "why", version: a.version },
      { locale: "en" },
    );
    expect(edited.version).toBe(a.version + 1);
    const history = (await getHistory(actors.observer.viewer, "activity", a.id))!;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: "update",
      changes: { progress: { from: 50, to: 75 }, outcome: { from: null, to: { ar: "نتيجة" } } },
      note: { en: "why" },
    });
  });

  it("moves an activity to another pillar, at its end", async () => {
    const source = await createPlanFixture({ isPublic: false, activities: 1 });
    const target = await createPlanFixture({ isPublic: false, activities: 2 });
    const moved = await updateActivity(actors.admin.viewer, source.activities[0]!.id, {
      pillarId: target.pillar.id,
      version: 1,
    });
    expect(moved.pillar.id).toBe(target.pillar.id);
    expect(moved.position).toBe(3);
    const [event] = (await getHistory(actors.admin.viewer, "activity", moved.id))!;
    expect(event!.changes).toMatchObject({
      pillarId: { from: source.pillar.id, to: target.pillar.id },
      position: { to: 3 },
    });
  });

  it("replacing meeting links bumps the meetings too, so a stale meeting edit cannot undo them", async () => {
    const { activities, meetings } = await createPlanFixture({ isPublic: false, activities: 1 });
    const a = activities[0]!;
    const staleMeetingVersion = meetings.later.version;
    await updateActivity(actors.secretariat.viewer, a.id, { meetingIds: [meetings.later.id], version: a.version });
    // Someone who loaded the meeting before the link now saves its (old) activity list: refused.
    await expect(
      updateMeeting(actors.admin.viewer, meetings.later.id, { activityIds: [], version: staleMeetingVersion }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await getMeeting(actors.admin.viewer, meetings.later.id))!.activities.map((x) => x.id)).toEqual([a.id]);
  });

  it("reorders a pillar's activities", async () => {
    const { pillar, activities } = await createPlanFixture({ isPublic: false, activities: 3 });
    // The fixture gives positions 3, 2, 1 in creation order.
    const byPosition = [...activities].sort((x, y) => x.position - y.position);
    const order = [...byPosition].reverse().map((x) => ({ id: x.id, version: x.version }));
    const list = await reorderActivities(actors.secretariat.viewer, pillar.id, { order });
    expect(list.map((x) => x.id)).toEqual(order.map((o) => o.id));
    expect(list.map((x) => x.position)).toEqual([1, 2, 3]);
  });

  it("deletes an activity and unlinks its meetings, leaving deliverables unattached", async () => {
    const { activities, meetings } = await createPlanFixture({ isPublic: false, activities: 1 });
    const a = activities[0]!; // linked to meetings.earlier by the fixture
    const deliverable = await db.deliverable.create({
      data: { key: `d-${a.id}`, type: "statement", title: { ar: "بيان" }, activityId: a.id },
    });
    await deleteActivity(actors.secretariat.viewer, a.id, { version: a.version });
    expect(await db.activity.findUnique({ where: { id: a.id } })).toBeNull();
    expect((await db.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } })).activityId).toBeNull();
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetings.earlier.id } });
    expect(meeting.version).toBe(meetings.earlier.version + 1);
  });

  it("refuses writes the role does not allow, and hides private activities from anonymous writers", async () => {
    const { activities } = await createPlanFixture({ isPublic: false, activities: 1 });
    const a = activities[0]!;
    await expect(updateActivityStatus(actors.focalEg.viewer, a.id, { progress: 1, version: 1 })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updateActivityStatus(actors.observer.viewer, a.id, { progress: 1, version: 1 })).rejects.toMatchObject(
      { code: "forbidden" },
    );
    await expect(updateActivityStatus({ kind: "anonymous" }, a.id, { progress: 1, version: 1 })).rejects.toMatchObject({
      code: "unauthorized",
    });
    await expect(
      updateActivityStatus(actors.admin.viewer, "00000000-0000-7000-8000-000000000000", { progress: 1, version: 1 }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await db.activity.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(a.version);
  });
});
