import { register } from "node:module";
import type { Db } from "../../lib/db/client";

// What the benchmark scripts (`npm run bench:report`, `npm run bench:dashboard`) share.

/**
 * `server-only` throws outside React Server Components; the benchmarks are server code run by
 * Node, so the marker resolves to an empty module (as in the tests' Vitest alias).
 */
export function allowServerOnlyImports(): void {
  const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

/**
 * A large public plan: `activities` spread over `pillars`, every status, dated over two years,
 * with outcomes, plus 20 workshops (15 held) each with a final statement at three stages.
 */
export async function generatePlan(
  db: Db,
  { activities, pillars, key = "bench" }: { activities: number; pillars: number; key?: string },
): Promise<string> {
  const plan = await db.actionPlan.create({
    data: {
      key: `${key}-plan`,
      startYear: 2030,
      endYear: 2031,
      title: { ar: `خطة عمل تجريبية من ${activities} نشاط`, en: `Benchmark plan of ${activities} activities` },
      status: "in_implementation",
      isPublic: true,
    },
  });
  const statuses = ["completed", "in_progress", "not_started", "postponed", "cancelled"] as const;
  for (let p = 0; p < pillars; p++) {
    const pillar = await db.pillar.create({
      data: {
        key: `${key}-pillar-${p}`,
        planId: plan.id,
        position: p + 1,
        title: { ar: `المحور التجريبي رقم ${p + 1}`, en: `Benchmark pillar ${p + 1}` },
      },
    });
    await db.activity.createMany({
      data: Array.from({ length: Math.round(activities / pillars) }, (_, i) => ({
        key: `${key}-activity-${p}-${i}`,
        pillarId: pillar.id,
        position: i + 1,
        title: {
          ar: `نشاط تجريبي ${p + 1}.${i + 1} حول متابعة واستعراض الاتفاق العالمي`,
          en: `Benchmark activity ${p + 1}.${i + 1} on the follow-up of the Global Compact`,
        },
        status: statuses[i % statuses.length],
        progress: (i * 7) % 101,
        plannedStart: new Date(Date.UTC(2030, i % 12, 1)),
        plannedEnd: new Date(Date.UTC(2030 + (i % 2), (i + 3) % 12, 28)),
        datePrecision: "day" as const,
        outcome: {
          ar: "عُقد الاجتماع وصدر عنه بيان ختامي تم رفعه إلى المنتدى.",
          en: "The meeting was held and issued a final statement, submitted to the forum.",
        },
      })),
    });
  }
  for (let m = 0; m < 20; m++) {
    const meeting = await db.meeting.create({
      data: {
        key: `${key}-meeting-${m}`,
        planId: plan.id,
        kind: "workshop",
        title: { ar: `ورشة عمل ${m + 1}`, en: `Workshop ${m + 1}` },
        status: m < 15 ? "held" : "planned",
        startDate: new Date(Date.UTC(2030, m % 12, 10)),
      },
    });
    await db.deliverable.create({
      data: {
        key: `${key}-deliverable-${m}`,
        type: "final_statement",
        title: { ar: `البيان الختامي لورشة العمل ${m + 1}`, en: `Final statement of workshop ${m + 1}` },
        meetingId: meeting.id,
        stages: {
          create: [
            { stage: "issued", position: 0 },
            { stage: "translated", language: "en", position: 1 },
            { stage: "circulated", completed: false, position: 2 },
          ],
        },
      },
    });
  }
  return plan.id;
}
