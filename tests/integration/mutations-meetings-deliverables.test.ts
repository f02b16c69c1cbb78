import { beforeAll, describe, expect, it } from "vitest";
import { getActivity } from "@/lib/activities/data";
import { getHistory } from "@/lib/audit/data";
import { getDb } from "@/lib/db/client";
import { createDeliverable, deleteDeliverable, updateDeliverable } from "@/lib/deliverables/mutations";
import { createMeeting, deleteMeeting, linkActivity, unlinkActivity, updateMeeting } from "@/lib/meetings/mutations";
import { createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

const db = getDb();
let actors: Record<ActorName, Actor>;
let orgs: { iom: string; arabGroup: string; media: string };

beforeAll(async () => {
  actors = await createActors();
  const make = (key: string, kind: "un_agency" | "state_group" | "media") =>
    db.organization.create({ data: { key: `${key}-${Date.now()}`, kind, name: { ar: key } } }).then((o) => o.id);
  orgs = {
    iom: await make("iom", "un_agency"),
    arabGroup: await make("arab-group", "state_group"),
    media: await make("media", "media"),
  };
});

describe("meeting mutations", () => {
  it("creates a meeting with participating states, who presented, organisations and an ordered agenda", async () => {
    const { plan, activities } = await createPlanFixture({ isPublic: false, activities: 1 });
    const meeting = await createMeeting(actors.secretariat.viewer, {
      planId: plan.id,
      kind: "arcp_session",
      sessionNumber: 10,
      title: { ar: "الاجتماع العاشر", en: "Tenth meeting" },
      status: "held",
      startDate: "2031-03-06",
      endDate: "2031-03-07",
      city: { ar: "القاهرة", en: "Cairo" },
      participations: [
        { memberStateId: "JO", presentedEfforts: false },
        { memberStateId: "EG", presentedEfforts: true, note: { ar: "عرض تجربة مصر" } },
      ],
      organizationIds: [orgs.iom],
      agendaItems: [
        {
          title: { ar: "البند الأول" },
          presenters: [{ organizationId: orgs.iom }, { memberStateId: "EG" }, { memberStateId: "JO" }],
        },
        { title: { ar: "البند الثاني" }, description: { ar: "نقاش" } },
      ],
      activityIds: [activities[0]!.id],
    });
    expect(meeting).toMatchObject({
      sessionNumber: 10,
      status: "held",
      endDate: "2031-03-07",
      version: 1,
      plan: { id: plan.id },
    });
    expect(meeting.participations.map((p) => [p.memberState.code, p.presentedEfforts])).toEqual([
      ["EG", true],
      ["JO", false],
    ]);
    expect(meeting.organizations.map((o) => o.id)).toEqual([orgs.iom]);
    expect(meeting.agendaItems.map((i) => [i.position, i.title.ar])).toEqual([
      [1, "البند الأول"],
      [2, "البند الثاني"],
    ]);
    // Presenters keep the order they were given in.
    expect(
      meeting.agendaItems[0]!.presenters.map((p) =>
        p.kind === "organization" ? p.organization.id : p.memberState.code,
      ),
    ).toEqual([orgs.iom, "EG", "JO"]);
    expect(meeting.activities.map((a) => a.id)).toEqual([activities[0]!.id]);
  });

  it("replaces only the lists given, and audits them", async () => {
    const { meetings } = await createPlanFixture({ isPublic: false, activities: 1 });
    const m = meetings.later;
    const edited = await updateMeeting(actors.secretariat.viewer, m.id, {
      participations: [{ memberStateId: "EG", presentedEfforts: true }],
      version: m.version,
    });
    expect(edited.participations).toHaveLength(1);
    const [event] = (await getHistory(actors.observer.viewer, "meeting", m.id))!;
    expect(event!.changes).toEqual({
      participations: { from: [], to: [{ memberStateId: "EG", presentedEfforts: true, note: null }] },
    });
    await expect(
      updateMeeting(actors.secretariat.viewer, m.id, { endDate: "2031-05-31", version: edited.version }),
    ).rejects.toMatchObject({
      code: "validation",
      fields: { endDate: ["end_before_start"] },
    });
  });

  it("links and unlinks one activity at the meeting's version, bumping the activity too", async () => {
    const { activities, meetings } = await createPlanFixture({ isPublic: false, activities: 1 });
    const a = activities[0]!;
    const m = meetings.later;
    const linked = await linkActivity(actors.secretariat.viewer, m.id, a.id, { version: m.version });
    expect(linked.activities.map((x) => x.id)).toEqual([a.id]);
    expect((await getActivity(actors.observer.viewer, a.id))!.version).toBe(a.version + 1);
    // Linking again changes nothing.
    expect((await linkActivity(actors.secretariat.viewer, m.id, a.id, { version: linked.version })).version).toBe(
      linked.version,
    );
    const unlinked = await unlinkActivity(actors.secretariat.viewer, m.id, a.id, { version: linked.version });
    expect(unlinked.activities).toEqual([]);
    await expect(
      unlinkActivity(actors.secretariat.viewer, m.id, a.id, { version: linked.version }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("deletes a meeting; deliverables it produced remain", async () => {
    const { meetings, deliverable } = await createPlanFixture({ isPublic: false, activities: 1 });
    await deleteMeeting(actors.admin.viewer, meetings.later.id, { version: meetings.later.version });
    expect(await db.meeting.findUnique({ where: { id: meetings.later.id } })).toBeNull();
    expect((await db.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } })).meetingId).toBeNull();
  });
});

describe("deliverable mutations", () => {
  it("creates a deliverable with ordered, dated stages and their recipients", async () => {
    const { activities, meetings } = await createPlanFixture({ isPublic: false, activities: 1 });
    const d = await createDeliverable(actors.secretariat.viewer, {
      type: "key_messages",
      title: { ar: "الرسائل الرئيسية" },
      activityId: activities[0]!.id,
      meetingId: meetings.later.id,
      targetMeetingId: meetings.earlier.id,
      documentUrl: "https://example.org/key-messages.pdf",
      stages: [
        { stage: "issued", date: "2031-06-01" },
        { stage: "translated", date: "2031-06-10", language: "en" },
        {
          stage: "circulated",
          completed: false,
          recipients: [
            { organizationId: orgs.arabGroup, note: { ar: "للاسترشاد بها" } },
            { memberStateId: "EG" },
            { organizationId: orgs.media },
          ],
        },
      ],
    });
    expect(d).toMatchObject({
      type: "key_messages",
      version: 1,
      targetMeeting: { id: meetings.earlier.id },
      latestStage: { stage: "translated" },
    });
    expect(d.stages.map((s) => [s.stage, s.completed, s.date, s.language])).toEqual([
      ["issued", true, "2031-06-01", null],
      ["translated", true, "2031-06-10", "en"],
      ["circulated", false, null, null],
    ]);
    expect(
      d.stages[2]!.recipients.map((r) =>
        r.party.kind === "organization" ? r.party.organization.id : r.party.memberState.code,
      ),
    ).toEqual([orgs.arabGroup, "EG", orgs.media]);
    expect(d.stages[2]!.recipients[0]!.note).toEqual({ ar: "للاسترشاد بها" });
  });

  it("replaces the stage list as a whole, and records it", async () => {
    const { deliverable } = await createPlanFixture({ isPublic: false, activities: 1 });
    const edited = await updateDeliverable(actors.secretariat.viewer, deliverable.id, {
      stages: [{ stage: "adopted", date: "2031-06-01" }],
      version: deliverable.version,
    });
    expect(edited.stages.map((s) => s.stage)).toEqual(["adopted"]);
    expect(await db.deliverableStage.count({ where: { deliverableId: deliverable.id } })).toBe(1);
    const [event] = (await getHistory(actors.observer.viewer, "deliverable", deliverable.id))!;
    expect((event!.changes.stages!.from as unknown[]).length).toBe(3);
    expect(event!.changes.stages!.to).toEqual([
      {
        stage: "adopted",
        completed: true,
        date: "2031-06-01",
        datePrecision: "day",
        language: null,
        note: null,
        recipients: [],
      },
    ]);
  });

  it("deletes a deliverable with its stages", async () => {
    const { deliverable } = await createPlanFixture({ isPublic: false, activities: 1 });
    await deleteDeliverable(actors.secretariat.viewer, deliverable.id, { version: deliverable.version });
    expect(await db.deliverableStage.count({ where: { deliverableId: deliverable.id } })).toBe(0);
  });
});
