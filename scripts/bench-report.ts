// `npm run bench:report`: how long the plan status report takes to make, per format, for the
// demo plan and for generated plans of 500 and 5,000 activities, laid out on the main thread and through
// the render worker pool (lib/reports/pool.ts, what the routes use), with the longest stall of
// the main thread's event loop each way. Not a test (timings depend on the machine): it prints
// a table. Runs on a throw-away embedded PostgreSQL, migrated and seeded.
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { startTemporaryPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { allowServerOnlyImports, generatePlan } from "./lib/bench";

allowServerOnlyImports();

const cluster = await startTemporaryPostgres();
try {
  const url = cluster.url("postgres");
  await migrate(url);
  process.env.DATABASE_URL = url;
  // Imported after DATABASE_URL is set: the client reads it on first use.
  const { getDb } = await import("../lib/db/client");
  const { loadDemoData } = await import("../prisma/seed/load");
  const { getReportData } = await import("../lib/reports/data");
  const { buildReport, REPORT_FORMATS } = await import("../lib/reports/model");
  const { renderFormat } = await import("../lib/reports/render-format");
  const { closeRenderPool, renderInWorker } = await import("../lib/reports/pool");
  const db = getDb();
  await loadDemoData(db, { accounts: false });
  const demo = await db.actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } });
  const large = await generatePlan(db, { activities: 500, pillars: 10 });
  const huge = await generatePlan(db, { activities: 5000, pillars: 10, key: "bench-5000" });
  const admin = {
    kind: "user",
    userId: "00000000-0000-7000-8000-000000000000",
    role: "admin",
    memberStateId: null,
  } as const;

  // Warm up once (font parsing, module JIT, the worker's start), then time each step.
  const warmDocs = buildReport((await getReportData(admin, demo.id))!, { locale: "ar" });
  await renderFormat(warmDocs, "pdf");
  await renderInWorker(warmDocs, "pdf");

  /** Each format's time, and the main thread's longest event-loop stall over all of them. */
  async function timeFormats(render: typeof renderFormat, docs: typeof warmDocs) {
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    const times: number[] = [];
    let pdfSize = 0;
    for (const format of REPORT_FORMATS) {
      const start = performance.now();
      const body = await render(docs, format);
      times.push(performance.now() - start);
      if (format === "pdf") pdfSize = body.length;
    }
    stalls.disable();
    return { times, pdfSize, maxStall: stalls.max / 1e6 };
  }

  const rows: string[][] = [
    [
      "plan",
      "activities",
      "locale",
      "load ms",
      ...REPORT_FORMATS.map((f) => `${f} ms main/pool`),
      "max stall ms main/pool",
      "pdf KiB",
    ],
  ];
  for (const [name, planId] of [
    ["demo 2022–2023", demo.id],
    ["generated", large],
    ["generated", huge],
  ] as const) {
    for (const locale of ["ar", "bilingual"] as const) {
      const start = performance.now();
      const data = (await getReportData(admin, planId))!;
      const load = performance.now() - start;
      const docs = buildReport(data, { locale });
      const main = await timeFormats(renderFormat, docs);
      const pool = await timeFormats((d, format) => renderInWorker(d, format), docs);
      const both = (a: number, b: number) => `${a.toFixed(0)}/${b.toFixed(0)}`;
      const activities = data.pillars.reduce((n, p) => n + p.activities.length, 0);
      rows.push([
        name,
        String(activities),
        locale,
        load.toFixed(0),
        ...main.times.map((t, i) => both(t, pool.times[i]!)),
        both(main.maxStall, pool.maxStall),
        (main.pdfSize / 1024).toFixed(0),
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join("  "));
  await closeRenderPool();
  await db.$disconnect();
} finally {
  await cluster.stop();
}
