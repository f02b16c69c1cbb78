// `npm run bench:dashboard`: how long the plan dashboard (every figure the plan page shows), the
// progress API's figures and "what changed" take to compute, for the demo plan and for a
// generated plan of 500 activities. Not a test (timings depend on the machine): it prints a table.
// Runs on a throw-away embedded PostgreSQL, migrated and seeded.
import { register } from "node:module";
import { performance } from "node:perf_hooks";
import { startTemporaryPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

// `server-only` throws outside React Server Components; this script is server code run by Node,
// so the marker resolves to an empty module here (as in the tests' Vitest alias).
const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const RUNS = 20;

const cluster = await startTemporaryPostgres();
try {
  const url = cluster.url("postgres");
  await migrate(url);
  process.env.DATABASE_URL = url;
  // Imported after DATABASE_URL is set: the client reads it on first use.
  const { getDb } = await import("../lib/db/client");
  const { loadDemoData } = await import("../prisma/seed/load");
  const { getPlanChanges, getPlanDashboard, getPlanProgress } = await import("../lib/dashboard/data");
  const db = getDb();
  await loadDemoData(db, { accounts: false });
  const demo = await db.actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } });
  const large = await generatePlan(db, 500);
  const secretariat = { kind: "user", userId: "00000000-0000-7000-8000-000000000000", role: "secretariat", memberStateId: null } as const;

  const steps = {
    dashboard: (planId: string) => getPlanDashboard(secretariat, planId),
    progress: (planId: string) => getPlanProgress(secretariat, planId),
    changes: (planId: string) => getPlanChanges(secretariat, planId, {}),
  };
  const rows: string[][] = [["plan", "activities", ...Object.keys(steps).map((s) => `${s} ms (median of ${RUNS})`)]];
  for (const [name, planId] of [["demo 2022–2023", demo.id], ["generated", large]] as const) {
    const medians: string[] = [];
    for (const step of Object.values(steps)) {
      await step(planId); // warm-up: module JIT, connection pool, PostgreSQL's caches
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await step(planId);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      medians.push(times[Math.floor(RUNS / 2)]!.toFixed(1));
    }
    const total = (await getPlanProgress(secretariat, planId))!.overall.total;
    rows.push([name, String(total), ...medians]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join("  "));
  await db.$disconnect();
} finally {
  await cluster.stop();
}

async function generatePlan(db: import("../lib/db/client").Db, activityCount: number): Promise<string> {
  const plan = await db.actionPlan.create({
    data: { key: "bench-plan", startYear: 2030, endYear: 2031, title: { ar: "خطة عمل تجريبية كبيرة", en: "Large benchmark plan" }, status: "in_implementation", isPublic: true },
  });
  const pillars = 6;
  const statuses = ["completed", "in_progress", "not_started", "postponed", "cancelled"] as const;
  for (let p = 0; p < pillars; p++) {
    const pillar = await db.pillar.create({
      data: { key: `bench-pillar-${p}`, planId: plan.id, position: p + 1, title: { ar: `المحور التجريبي رقم ${p + 1}`, en: `Benchmark pillar ${p + 1}` } },
    });
    const count = Math.floor(activityCount / pillars) + (p < activityCount % pillars ? 1 : 0);
    await db.activity.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        key: `bench-activity-${p}-${i}`,
        pillarId: pillar.id,
        position: i + 1,
        title: { ar: `نشاط تجريبي ${p + 1}.${i + 1}`, en: `Benchmark activity ${p + 1}.${i + 1}` },
        status: statuses[i % statuses.length],
        progress: (i * 7) % 101,
        plannedStart: new Date(Date.UTC(2030, i % 12, 1)),
        plannedEnd: new Date(Date.UTC(2030 + (i % 2), (i + 3) % 12, 28)),
        datePrecision: "day" as const,
      })),
    });
  }
  for (let m = 0; m < 20; m++) {
    const meeting = await db.meeting.create({
      data: { key: `bench-meeting-${m}`, planId: plan.id, kind: "workshop", title: { ar: `ورشة عمل ${m + 1}`, en: `Workshop ${m + 1}` }, status: m < 15 ? "held" : "planned", startDate: new Date(Date.UTC(2030, m % 12, 10)) },
    });
    await db.deliverable.create({
      data: {
        key: `bench-deliverable-${m}`,
        type: "final_statement",
        title: { ar: `البيان الختامي لورشة العمل ${m + 1}`, en: `Final statement of workshop ${m + 1}` },
        meetingId: meeting.id,
        stages: { create: [{ stage: "issued", position: 0 }, { stage: "translated", language: "en", position: 1 }, { stage: "circulated", completed: false, position: 2 }] },
      },
    });
  }
  return plan.id;
}
