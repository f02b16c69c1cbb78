import { beforeAll, describe, expect, it } from "vitest";
import { createComment } from "@/lib/comments/mutations";
import { updateMeeting } from "@/lib/meetings/mutations";
import { getDb } from "@/lib/db/client";
import { currentPlan, getMemberStateOverview, getMemberStateProfile } from "@/lib/member-states/data";
import { createPledge, postPledgeUpdate, reviewPledgeUpdate } from "@/lib/pledges/mutations";
import { loadDemoData } from "@/prisma/seed/load";
import { createActors, type Actor, type ActorName } from "../support/actors";

// A member state's page and the 22-state overview, on the demo data (the ARCP 2022–2023 plan)
// with the participations, pledges and updates the secretariat would record on top of it.

const db = getDb();
let actors: Record<ActorName, Actor>;
let plan: { id: string };
let meetings: { arcp8: { id: string }; arcp9: { id: string } };

beforeAll(async () => {
  await loadDemoData(db, { accounts: false });
  actors = await createActors();
  plan = await db.actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } });
  meetings = {
    arcp9: await db.meeting.findUniqueOrThrow({ where: { key: "arcp-9" } }),
    arcp8: await db.meeting.findUniqueOrThrow({ where: { key: "arcp-8" } }),
  };
  await db.meetingParticipation.createMany({
    data: [
      {
        meetingId: meetings.arcp9.id,
        memberStateId: "EG",
        presentedEfforts: true,
        note: { ar: "عرض جهود مصر", en: "Egypt's efforts" },
      },
      { meetingId: meetings.arcp8.id, memberStateId: "EG" },
      { meetingId: meetings.arcp8.id, memberStateId: "JO", presentedEfforts: true },
      { meetingId: meetings.arcp9.id, memberStateId: "MA" },
    ],
  });
  const secretariat = actors.secretariat.viewer;
  const eg = await createPledge(secretariat, { memberStateId: "EG", title: { ar: "تعهد مصر" } });
  const jo = await createPledge(secretariat, { memberStateId: "JO", title: { ar: "تعهد الأردن" } });
  await createPledge(secretariat, { memberStateId: "JO", title: { ar: "تعهد ثان للأردن" } });
  const accepted = await postPledgeUpdate(actors.focalEg.viewer, eg.id, {
    reportedOn: "2026-03-01",
    progress: 30,
    body: { ar: "تقدم أول" },
  });
  await reviewPledgeUpdate(secretariat, accepted.id, { decision: "accept", version: accepted.version });
  await postPledgeUpdate(actors.focalEg.viewer, eg.id, {
    reportedOn: "2026-04-15",
    progress: 45,
    body: { ar: "تقدم ثان" },
  });
  await postPledgeUpdate(actors.focalJo.viewer, jo.id, { reportedOn: "2026-02-01", body: { ar: "تقرير الأردن" } });
});

describe("a member state's profile", () => {
  it("lists the meetings Egypt took part in, with plan, dates, presented efforts and note", async () => {
    const profile = await getMemberStateProfile(actors.observer.viewer, "EG");
    expect(profile?.state.code).toBe("EG");
    expect(
      profile!.participations.map((p) => ({
        id: p.meeting.id,
        plan: p.plan?.id,
        presented: p.presentedEfforts,
        note: p.note,
      })),
    ).toEqual([
      { id: meetings.arcp8.id, plan: plan.id, presented: false, note: null },
      { id: meetings.arcp9.id, plan: plan.id, presented: true, note: { ar: "عرض جهود مصر", en: "Egypt's efforts" } },
    ]);
    expect(profile!.participations[0]!.meeting.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("reads the code in any case and knows no state outside the League", async () => {
    expect((await getMemberStateProfile(actors.observer.viewer, "eg"))?.state.code).toBe("EG");
    expect(await getMemberStateProfile(actors.observer.viewer, "FR")).toBeNull();
    expect(await getMemberStateProfile(actors.observer.viewer, "egypt")).toBeNull();
  });

  it("shows pledge updates to the state's own focal point, not to another state's", async () => {
    const own = await getMemberStateProfile(actors.focalEg.viewer, "EG");
    expect(own!.pledges).toHaveLength(1);
    expect(own!.pledges![0]).toMatchObject({
      progress: 30,
      status: "in_progress",
      pendingUpdates: 1,
      lastAcceptedOn: "2026-03-01",
    });
    expect(own!.pledges![0]!.updates?.map((u) => u.reportedOn)).toEqual(["2026-04-15", "2026-03-01"]);
    // Reviewing is the secretariat's: the focal point gets no queue.
    expect(own!.pendingUpdates).toBeNull();

    const other = await getMemberStateProfile(actors.focalJo.viewer, "EG");
    expect(other!.pledges![0]).toMatchObject({ progress: 30, updates: null, pendingUpdates: 0 });

    const secretariat = await getMemberStateProfile(actors.secretariat.viewer, "EG");
    expect(secretariat!.pendingUpdates?.map((u) => u.reportedOn)).toEqual(["2026-04-15"]);
  });

  it("shows anonymous visitors neither pledges nor comments", async () => {
    const profile = await getMemberStateProfile(actors.anonymous.viewer, "EG");
    expect(profile).toMatchObject({ pledges: null, pendingUpdates: null, comments: null });
  });

  it("lists the comments of the state's focal points where the reader may see them", async () => {
    const activity = await db.activity.findFirstOrThrow({
      where: { pillar: { planId: plan.id } },
      orderBy: { key: "asc" },
    });
    const comment = await createComment(actors.focalEg.viewer, {
      activityId: activity.id,
      body: "ملاحظة مصر على النشاط",
    });
    const seen = await getMemberStateProfile(actors.secretariat.viewer, "EG");
    expect(seen!.comments).toContainEqual(
      expect.objectContaining({
        id: comment.id,
        target: { kind: "activity", id: activity.id, title: expect.objectContaining({ ar: expect.any(String) }) },
      }),
    );
    expect((await getMemberStateProfile(actors.focalEg.viewer, "EG"))!.comments!.map((c) => c.id)).toContain(
      comment.id,
    );
    expect((await getMemberStateProfile(actors.focalJo.viewer, "EG"))!.comments).toEqual([]);
  });

  it("counts a document sent to groups that stand for every state, once, naming the groups", async () => {
    // The 2023 World Refugee Day statement was circulated to the member states and the LAS missions abroad.
    const statement = await db.deliverable.findUniqueOrThrow({ where: { key: "wrd-2023-statement" } });
    for (const code of ["KW", "DJ"]) {
      const profile = await getMemberStateProfile(actors.anonymous.viewer, code);
      const received = profile!.receivedDocuments.filter((d) => d.deliverable.id === statement.id);
      expect(received, code).toHaveLength(1);
      expect(received[0]).toMatchObject({ stage: "circulated" });
      expect(received[0]!.via.map((g) => g.en)).toEqual(["Member states", "LAS missions abroad"]);
    }
    // A group that does not stand for the states (the media) reaches none of them.
    const kuwait = await getMemberStateProfile(actors.anonymous.viewer, "KW");
    expect(kuwait!.receivedDocuments.some((d) => d.stage === "published")).toBe(false);
  });
});

describe("the 22-state overview", () => {
  it("has one row per member state and the plan's held meetings as columns", async () => {
    const overview = await getMemberStateOverview(actors.secretariat.viewer, plan.id);
    expect(overview.rows).toHaveLength(22);
    expect(overview.plan?.id).toBe(plan.id);
    expect(overview.meetings.length).toBeGreaterThan(0);
    expect(overview.meetings.every((m) => m.status === "held")).toBe(true);
    expect(overview.meetings.map((m) => m.id)).toEqual(expect.arrayContaining([meetings.arcp9.id, meetings.arcp8.id]));
  });

  it("counts what independent queries count", async () => {
    const overview = await getMemberStateOverview(actors.secretariat.viewer, plan.id);
    const columns = overview.meetings.map((m) => m.id);
    for (const row of overview.rows) {
      const state = row.state.code;
      const [took, presented, pledges, pending, accepted, latest] = await Promise.all([
        db.meetingParticipation.count({ where: { memberStateId: state, meetingId: { in: columns } } }),
        db.meetingParticipation.count({
          where: { memberStateId: state, meetingId: { in: columns }, presentedEfforts: true },
        }),
        db.pledge.count({ where: { memberStateId: state } }),
        db.pledgeUpdate.count({ where: { status: "submitted", pledge: { memberStateId: state } } }),
        db.pledgeUpdate.count({ where: { status: "accepted", pledge: { memberStateId: state } } }),
        db.pledgeUpdate.findFirst({ where: { pledge: { memberStateId: state } }, orderBy: { reportedOn: "desc" } }),
      ]);
      const marks = Object.values(row.marks);
      expect(marks.length, state).toBe(took);
      expect(marks.filter((m) => m === "presented").length, state).toBe(presented);
      expect(row.pledges, state).toEqual({
        pledges,
        pendingUpdates: pending,
        acceptedUpdates: accepted,
        lastUpdateOn: latest ? latest.reportedOn.toISOString().slice(0, 10) : null,
      });
    }
    const egypt = overview.rows.find((r) => r.state.code === "EG")!;
    expect(egypt.marks).toEqual({ [meetings.arcp9.id]: "presented", [meetings.arcp8.id]: "participated" });
    expect(egypt.pledges).toEqual({ pledges: 1, pendingUpdates: 1, acceptedUpdates: 1, lastUpdateOn: "2026-04-15" });
  });

  it("counts for a focal point only their own state's updates, and shows visitors no pledges", async () => {
    const jordan = await getMemberStateOverview(actors.focalJo.viewer, plan.id);
    expect(jordan.rows.find((r) => r.state.code === "EG")!.pledges).toEqual({
      pledges: 1,
      pendingUpdates: 0,
      acceptedUpdates: 0,
      lastUpdateOn: null,
    });
    expect(jordan.rows.find((r) => r.state.code === "JO")!.pledges).toMatchObject({ pledges: 2, pendingUpdates: 1 });
    const visitor = await getMemberStateOverview(actors.anonymous.viewer);
    expect(visitor.rows.every((r) => r.pledges === null)).toBe(true);
  });

  it("opens on the latest plan with held meetings, not on a later plan none of whose meetings is held", async () => {
    const later = await db.actionPlan.findUniqueOrThrow({ where: { key: "arcp-2024-2025" } });
    expect(await db.meeting.count({ where: { planId: later.id, status: "held" } })).toBe(0);
    expect((await getMemberStateOverview(actors.secretariat.viewer)).plan?.id).toBe(plan.id);
    expect((await getMemberStateOverview(actors.anonymous.viewer)).plan?.id).toBe(plan.id);
    expect((await getMemberStateOverview(actors.secretariat.viewer, later.id)).plan?.id).toBe(later.id);
  });

  it("says whether a meeting's participation is recorded, which the secretariat sets", async () => {
    const before = await getMemberStateOverview(actors.secretariat.viewer, plan.id);
    // The source names no participating state: nothing in the demo data is recorded.
    expect(before.meetings.every((m) => !m.participationRecorded)).toBe(true);
    const arcp8 = await db.meeting.findUniqueOrThrow({ where: { id: meetings.arcp8.id } });
    const saved = await updateMeeting(actors.secretariat.viewer, arcp8.id, {
      participationRecorded: true,
      version: arcp8.version,
    });
    expect(saved.participationRecorded).toBe(true);
    const after = await getMemberStateOverview(actors.secretariat.viewer, plan.id);
    expect(after.meetings.find((m) => m.id === arcp8.id)?.participationRecorded).toBe(true);
    expect(after.meetings.find((m) => m.id === meetings.arcp9.id)?.participationRecorded).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: arcp8.id, action: "update" },
      orderBy: { id: "desc" },
    });
    expect(audit.changes).toEqual({ participationRecorded: { from: false, to: true } });
  });

  it("defaults to the plan running this year, else the latest one started", () => {
    const plans = [
      { id: "a", startYear: 2022, endYear: 2023 },
      { id: "b", startYear: 2024, endYear: 2025 },
      { id: "c", startYear: 2030, endYear: 2031 },
    ];
    expect(currentPlan(plans, 2023)?.id).toBe("a");
    expect(currentPlan(plans, 2026)?.id).toBe("b");
    expect(currentPlan(plans, 2020)?.id).toBe("c");
    expect(currentPlan([], 2026)).toBeNull();
  });
});
