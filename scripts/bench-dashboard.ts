// `npm run bench:dashboard`: how long the plan dashboard (every figure the plan page shows), the
// progress API's figures and "what changed" take to compute, for the demo plan and for a
// generated plan of 500 activities. Not a test (timings depend on the machine): it prints a table.
// Runs on a throw-away embedded PostgreSQL, migrated and seeded.
import { performance } from "node:perf_hooks";
import { startTemporaryPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { allowServerOnlyImports, generatePlan } from "./lib/bench";

allowServerOnlyImports();

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
  const large = await generatePlan(db, { activities: 500, pillars: 5 });
  const secretariat = {
    kind: "user",
    userId: "00000000-0000-7000-8000-000000000000",
    role: "secretariat",
    memberStateId: null,
  } as const;

  const steps = {
    dashboard: (planId: string) => getPlanDashboard(secretariat, planId),
    progress: (planId: string) => getPlanProgress(secretariat, planId),
    changes: (planId: string) => getPlanChanges(secretariat, planId, {}),
  };
  const rows: string[][] = [["plan", "activities", ...Object.keys(steps).map((s) => `${s} ms (median of ${RUNS})`)]];
  for (const [name, planId] of [
    ["demo 2022–2023", demo.id],
    ["generated", large],
  ] as const) {
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
