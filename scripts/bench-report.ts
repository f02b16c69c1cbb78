// `npm run bench:report`: how long the plan status report takes to make, per format, for the
// demo plan and for a generated plan of 500 activities, laid out on the main thread and through
// the render worker pool (lib/reports/pool.ts, what the routes use), with the longest stall of
// the main thread's event loop each way. Not a test (timings depend on the machine): it prints
// a table. Runs on a throw-away embedded PostgreSQL, migrated and seeded.
import { register } from "node:module";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { startTemporaryPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

// `server-only` throws outside React Server Components; this script is server code run by Node,
// so the marker resolves to an empty module here (as in the tests' Vitest alias).
const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

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
  const large = await generatePlan(db, 500);
  const admin = { kind: "user", userId: "00000000-0000-7000-8000-000000000000", role: "admin", memberStateId: null } as const;

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
    ["plan", "activities", "locale", "load ms", ...REPORT_FORMATS.map((f) => `${f} ms main/pool`), "max stall ms main/pool", "pdf KiB"],
  ];
  for (const [name, planId] of [["demo 2022–2023", demo.id], ["generated", large]] as const) {
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

async function generatePlan(db: import("../lib/db/client").Db, activityCount: number): Promise<string> {
  const plan = await db.actionPlan.create({
    data: { key: "bench-plan", startYear: 2030, endYear: 2031, title: { ar: "خطة عمل تجريبية كبيرة", en: "Large benchmark plan" }, status: "in_implementation", isPublic: true },
  });
  const pillars = 10;
  const statuses = ["completed", "in_progress", "not_started", "postponed", "cancelled"] as const;
  for (let p = 0; p < pillars; p++) {
    const pillar = await db.pillar.create({
      data: { key: `bench-pillar-${p}`, planId: plan.id, position: p + 1, title: { ar: `المحور التجريبي رقم ${p + 1}`, en: `Benchmark pillar ${p + 1}` } },
    });
    await db.activity.createMany({
      data: Array.from({ length: activityCount / pillars }, (_, i) => ({
        key: `bench-activity-${p}-${i}`,
        pillarId: pillar.id,
        position: i + 1,
        title: { ar: `نشاط تجريبي ${p + 1}.${i + 1} حول متابعة واستعراض الاتفاق العالمي`, en: `Benchmark activity ${p + 1}.${i + 1} on the follow-up of the Global Compact` },
        status: statuses[i % statuses.length],
        progress: (i * 7) % 101,
        plannedStart: new Date(Date.UTC(2030, i % 12, 1)),
        datePrecision: "month" as const,
        outcome: { ar: "عُقد الاجتماع وصدر عنه بيان ختامي تم رفعه إلى المنتدى.", en: "The meeting was held and issued a final statement, submitted to the forum." },
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
