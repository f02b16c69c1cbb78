import { describe, expect, it } from "vitest";
import { getActivity } from "@/lib/activities/data";
import type { Viewer } from "@/lib/auth/viewer";
import { getDeliverable } from "@/lib/deliverables/data";
import { getMeeting, listMeetings } from "@/lib/meetings/data";
import { getPlan, listPlans } from "@/lib/plans/data";
import { createPlanFixture } from "../support/fixtures";

const anonymous: Viewer = { kind: "anonymous" };
const observer: Viewer = {
  kind: "user",
  userId: "00000000-0000-7000-8000-000000000001",
  role: "observer",
  memberStateId: null,
};

describe("plans data layer", () => {
  it("shows anonymous viewers public plans only, with their counts", async () => {
    const open = await createPlanFixture({ isPublic: true, activities: 3 });
    const closed = await createPlanFixture({ isPublic: false });

    const seenAnonymously = await listPlans(anonymous);
    expect(seenAnonymously.map((p) => p.id)).toContain(open.plan.id);
    expect(seenAnonymously.map((p) => p.id)).not.toContain(closed.plan.id);
    const summary = seenAnonymously.find((p) => p.id === open.plan.id)!;
    expect(summary).toMatchObject({
      pillarCount: 1,
      activityCount: 3,
      status: "adopted",
      title: { ar: "خطة اختبار", en: "Test plan" },
    });

    expect((await listPlans(observer)).map((p) => p.id)).toEqual(
      expect.arrayContaining([open.plan.id, closed.plan.id]),
    );
  });

  it("returns a plan with pillars, activities in order, meetings by date and deliverables", async () => {
    const { plan, activities, meetings, deliverable } = await createPlanFixture({ isPublic: true, activities: 3 });
    const detail = await getPlan(anonymous, plan.id);
    expect(detail).not.toBeNull();
    expect(detail!.pillars).toHaveLength(1);
    // Positions were created in reverse, so the order comes from `position`, not insertion.
    expect(detail!.pillars[0]!.activities.map((a) => a.id)).toEqual([...activities].reverse().map((a) => a.id));
    expect(detail!.meetings.map((m) => m.id)).toEqual([meetings.earlier.id, meetings.later.id]);
    expect(detail!.deliverables).toEqual([
      expect.objectContaining({
        id: deliverable.id,
        latestStage: { stage: "translated", completed: true, date: "2031-06-10", datePrecision: "day" },
      }),
    ]);
  });

  it("hides everything under a private plan from anonymous viewers, but not from signed-in ones", async () => {
    const { plan, activities, meetings, deliverable } = await createPlanFixture({ isPublic: false });
    expect(await getPlan(anonymous, plan.id)).toBeNull();
    expect(await getActivity(anonymous, activities[0]!.id)).toBeNull();
    expect(await getMeeting(anonymous, meetings.earlier.id)).toBeNull();
    expect(await getMeeting(anonymous, meetings.later.id)).toBeNull();
    expect(await getDeliverable(anonymous, deliverable.id)).toBeNull();
    expect((await listMeetings(anonymous)).map((m) => m.id)).not.toContain(meetings.later.id);

    expect(await getPlan(observer, plan.id)).not.toBeNull();
    expect(await getActivity(observer, activities[0]!.id)).not.toBeNull();
    expect(await getDeliverable(observer, deliverable.id)).not.toBeNull();
  });

  it("answers null, not an error, for ids that are not UUIDs or do not exist", async () => {
    expect(await getPlan(anonymous, "not-a-uuid")).toBeNull();
    expect(await getActivity(anonymous, "00000000-0000-7000-8000-000000000000")).toBeNull();
    expect(await getMeeting(anonymous, '\'; DROP TABLE "Meeting"; --')).toBeNull();
  });

  it("returns a deliverable's stage history oldest first with scheduled steps last", async () => {
    const { deliverable, meetings, activities } = await createPlanFixture({ isPublic: true });
    const detail = await getDeliverable(anonymous, deliverable.id);
    expect(detail!.stages.map((s) => [s.stage, s.completed, s.date])).toEqual([
      ["adopted", true, "2031-06-01"],
      ["translated", true, "2031-06-10"],
      ["circulated", false, null],
    ]);
    expect(detail!.targetMeeting?.id).toBe(meetings.earlier.id);

    const forum = await getMeeting(anonymous, meetings.earlier.id);
    expect(forum!.submissions.map((d) => d.id)).toEqual([deliverable.id]);
    expect(forum!.activities.map((a) => a.id)).toEqual([activities[0]!.id]);
  });
});
