import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";

// Builders for integration tests: each test creates the records it reads, with unique keys.

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createPlanFixture(options: { isPublic: boolean; activities?: number }) {
  const db = getDb();
  const plan = await db.actionPlan.create({
    data: {
      key: unique("plan"),
      startYear: 2030,
      endYear: 2031,
      title: { ar: "خطة اختبار", en: "Test plan" },
      status: "adopted",
      isPublic: options.isPublic,
    },
  });
  const pillar = await db.pillar.create({
    data: { key: unique("pillar"), planId: plan.id, position: 1, title: { ar: "محور" } },
  });
  const activities = [];
  for (let i = 0; i < (options.activities ?? 2); i++) {
    activities.push(
      await db.activity.create({
        data: {
          key: unique("activity"),
          pillarId: pillar.id,
          position: options.activities ? options.activities - i : i + 1,
          title: { ar: `نشاط ${i + 1}`, en: `Activity ${i + 1}` },
          status: "in_progress",
          progress: 50,
        },
      }),
    );
  }
  const [later, earlier] = await Promise.all([
    db.meeting.create({
      data: {
        key: unique("m"),
        kind: "workshop",
        title: { ar: "ورشة لاحقة" },
        startDate: day("2031-06-01"),
        planId: plan.id,
      },
    }),
    db.meeting.create({
      data: {
        key: unique("m"),
        kind: "international_forum",
        title: { ar: "منتدى سابق" },
        startDate: day("2030-02-01"),
        activities: { create: { activityId: activities[0]!.id } },
      },
    }),
  ]);
  const deliverable = await db.deliverable.create({
    data: {
      key: unique("d"),
      type: "final_statement",
      title: { ar: "بيان ختامي" },
      meetingId: later.id,
      targetMeetingId: earlier.id,
      stages: {
        create: [
          { stage: "adopted", date: day("2031-06-01"), completed: true },
          { stage: "translated", date: day("2031-06-10"), completed: true, language: "en" },
          { stage: "circulated", date: null, completed: false },
        ],
      },
    },
  });
  return { plan, pillar, activities, meetings: { earlier, later }, deliverable };
}
