import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as jobFileRoute from "@/app/api/v1/report-jobs/[id]/file/route";
import * as jobRoute from "@/app/api/v1/report-jobs/[id]/route";
import * as startRoute from "@/app/api/v1/plans/[id]/report-jobs/route";
import * as reportRoute from "@/app/api/v1/plans/[id]/report/route";
import { getDb } from "@/lib/db/client";
import type { ReportJobDto } from "@/lib/reports/jobs";
import { closeRenderPool, renderInWorker } from "@/lib/reports/pool";
import { ReportJobSchema } from "@/lib/reports/schema";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { loadDemoData } from "../../prisma/seed/load";
import { callApi, createActors, type Actor, type ActorName, type RouteHandler } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

// Report jobs: the plan status report made in the background, laid out in a render worker
// thread. A job moves queued → running → done and its file reads back like the report route's;
// it is its starter's alone; a failure is reported in the caller's language; and while a large
// PDF is laid out, the main thread keeps answering requests.

// The real pool, with a way to make one render fail as a crashed worker would.
vi.mock("@/lib/reports/pool", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/reports/pool")>();
  return { ...actual, renderInWorker: vi.fn(actual.renderInWorker) };
});

let actors: Record<ActorName, Actor>;
let publicPlanId: string;
let privatePlanId: string;
let largePlanId: string;

beforeAll(async () => {
  await loadDemoData(getDb(), { accounts: false });
  actors = await createActors();
  publicPlanId = (await getDb().actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } })).id;
  privatePlanId = (await createPlanFixture({ isPublic: false })).plan.id;
  largePlanId = await createLargePlan(500);
});

afterAll(closeRenderPool);

async function createLargePlan(activityCount: number): Promise<string> {
  const db = getDb();
  const plan = await db.actionPlan.create({
    data: {
      key: "large-report-plan",
      startYear: 2040,
      endYear: 2041,
      title: { ar: "خطة عمل كبيرة", en: "Large plan" },
      status: "in_implementation",
      isPublic: true,
    },
  });
  const pillars = 10;
  for (let p = 0; p < pillars; p++) {
    const pillar = await db.pillar.create({
      data: {
        key: `large-pillar-${p}`,
        planId: plan.id,
        position: p + 1,
        title: { ar: `المحور ${p + 1}`, en: `Pillar ${p + 1}` },
      },
    });
    await db.activity.createMany({
      data: Array.from({ length: activityCount / pillars }, (_, i) => ({
        key: `large-activity-${p}-${i}`,
        pillarId: pillar.id,
        position: i + 1,
        title: {
          ar: `نشاط ${p + 1}.${i + 1} حول متابعة واستعراض الاتفاق العالمي`,
          en: `Activity ${p + 1}.${i + 1} on the follow-up of the Global Compact`,
        },
        status: "in_progress" as const,
        progress: (i * 7) % 101,
        outcome: { ar: "عُقد الاجتماع وصدر عنه بيان ختامي.", en: "The meeting was held and issued a final statement." },
      })),
    });
  }
  return plan.id;
}

function start(planId: string, body: unknown, actor?: Actor, address?: string) {
  return callApi<ReportJobDto>(startRoute.POST as RouteHandler, {
    method: "POST",
    path: `/api/v1/plans/${planId}/report-jobs`,
    params: { id: planId },
    body,
    actor,
    headers: address ? { "x-forwarded-for": address } : undefined,
  });
}

function status(jobId: string, actor?: Actor, locale = "en") {
  return callApi<ReportJobDto>(jobRoute.GET as RouteHandler, {
    path: `/api/v1/report-jobs/${jobId}?locale=${locale}`,
    params: { id: jobId },
    actor,
  });
}

function file(jobId: string, actor?: Actor): Promise<Response> {
  return jobFileRoute.GET(
    new Request(`http://localhost/api/v1/report-jobs/${jobId}/file`, { headers: actor?.headers ?? {} }),
    {
      params: Promise.resolve({ id: jobId }),
    },
  );
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Polls once per event-loop turn until the job ends; every answer seen, in order. */
async function follow(jobId: string, actor?: Actor, locale = "en"): Promise<ReportJobDto[]> {
  const seen: ReportJobDto[] = [];
  for (;;) {
    await nextTurn();
    const answer = await status(jobId, actor, locale);
    expect(answer.status).toBe(200);
    // The answer the OpenAPI document publishes (its walk of every read leaves jobs to this file).
    expect(ReportJobSchema.safeParse(answer.data).error).toBeUndefined();
    seen.push(answer.data);
    if (answer.data.status === "done" || answer.data.status === "failed") return seen;
  }
}

const distinct = <T>(values: T[]) => values.filter((value, i) => i === 0 || value !== values[i - 1]);

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mutabaa-report-job-"));
  try {
    const pdf = path.join(dir, "r.pdf");
    writeFileSync(pdf, bytes);
    return execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("report jobs", () => {
  it("go queued → running → done through the phases, and the file reads back with the report route's headers", async () => {
    const started = await start(publicPlanId, { format: "pdf", locale: "ar" });
    expect(started.status).toBe(202);
    expect(ReportJobSchema.safeParse(started.data).error).toBeUndefined();
    expect(started.data).toMatchObject({
      status: "queued",
      phase: "queued",
      progress: 0,
      format: "pdf",
      locale: "ar",
      fileUrl: null,
      error: null,
    });

    const seen = await follow(started.data.id);
    expect(distinct(["queued", ...seen.map((s) => s.status)])).toEqual(["queued", "running", "done"]);
    // In order, never back; a short phase may pass between two polls.
    const order = distinct(seen.map((s) => s.phase)).map((phase) =>
      ["loading", "layout", "writing", "done"].indexOf(phase),
    );
    expect(order).toEqual([...new Set(order)].sort());
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order.at(-1)).toBe(3);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const done = seen.at(-1)!;
    expect(done).toMatchObject({ progress: 1, fileUrl: `/api/v1/report-jobs/${started.data.id}/file`, error: null });
    expect(done.filename).toMatch(/^تقرير المتابعة - .*\.pdf$/);

    const res = await file(started.data.id);
    expect(res.status).toBe(200);
    const direct = await reportRoute.GET(
      new Request(`http://localhost/api/v1/plans/${publicPlanId}/report?format=pdf&locale=ar`),
      {
        params: Promise.resolve({ id: publicPlanId }),
      },
    );
    for (const header of ["content-type", "content-disposition", "cache-control"])
      expect(res.headers.get(header)).toBe(direct.headers.get(header));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    expect(pdfText(bytes)).toContain("متابعة واستعراض الاتفاق العالمي للاجئين");
  });

  it("make a workbook exceljs reads back, for a signed-in reader of a private plan", async () => {
    const started = await start(privatePlanId, { format: "xlsx", locale: "en" }, actors.observer);
    expect(started.status).toBe(202);
    expect((await follow(started.data.id, actors.observer)).at(-1)).toMatchObject({ status: "done" });
    const res = await file(started.data.id, actors.observer);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain(en.report.sheets.activities);
  });

  it("are their starter's alone: anyone else gets 404, for the status and the file", async () => {
    const started = await start(privatePlanId, { format: "csv", locale: "ar" }, actors.focalEg);
    expect(started.status).toBe(202);
    await follow(started.data.id, actors.focalEg);
    for (const other of [actors.focalJo, actors.admin, actors.anonymous]) {
      const answer = await status(started.data.id, other);
      expect(answer.status).toBe(404);
      expect(answer.error?.code).toBe("not_found");
      expect((await file(started.data.id, other)).status).toBe(404);
    }
    expect((await file(started.data.id, actors.focalEg)).status).toBe(200);
    // Unknown and malformed ids read as missing, too.
    expect((await status("00000000-0000-4000-8000-000000000000", actors.focalEg)).status).toBe(404);
    expect((await status("not-a-job", actors.focalEg)).status).toBe(404);
  });

  it("are refused (404) for a plan the viewer may not read, and 422 for bad choices", async () => {
    const anonymous = await start(privatePlanId, { format: "pdf", locale: "ar" });
    expect(anonymous.status).toBe(404);
    expect(anonymous.error?.code).toBe("not_found");
    expect((await start("not-a-uuid", {}, actors.admin)).status).toBe(404);

    const bad = await start(publicPlanId, { format: "odt", locale: "fr", since: "2024-13-40", colour: "red" });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.error!.fields!).sort()).toEqual(["colour", "format", "locale", "since"]);
  });

  it("are capped per viewer: a fourth unfinished job is refused with 429", async () => {
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => start(largePlanId, { format: "pdf", locale: "bilingual" }, actors.secretariat)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([202, 202, 202, 429]);
    expect(answers.find((a) => a.status === 429)!.headers.get("retry-after")).toBe("5");
    await Promise.all(answers.filter((a) => a.status === 202).map((a) => follow(a.data.id, actors.secretariat)));
    // Finished jobs no longer count.
    const again = await start(publicPlanId, { format: "csv", locale: "en" }, actors.secretariat);
    expect(again.status).toBe(202);
    await follow(again.data.id, actors.secretariat);
  });

  it("are capped per address for anonymous visitors: one address cannot use up everyone's allowance", async () => {
    const job = { format: "pdf", locale: "bilingual" };
    const hammer = await Promise.all(
      [1, 2, 3, 4].map((i) => start(largePlanId, job, undefined, `198.18.0.${i}, 192.0.2.200`)),
    );
    // Rotating entries left of the peer do not make new visitors.
    expect(hammer.map((a) => a.status).sort()).toEqual([202, 202, 202, 429]);
    expect(hammer.find((a) => a.status === 429)!.error?.code).toBe("rate_limited");
    const elsewhere = await start(largePlanId, job, undefined, "192.0.2.201");
    expect(elsewhere.status).toBe(202);
    await Promise.all([...hammer, elsewhere].filter((a) => a.status === 202).map((a) => follow(a.data.id, undefined)));
  });

  it("report a failure with a localized error, and have no file", async () => {
    vi.mocked(renderInWorker).mockRejectedValueOnce(new Error("render worker exited"));
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const started = await start(publicPlanId, { format: "docx", locale: "ar" }, actors.observer);
      const last = (await follow(started.data.id, actors.observer, "ar")).at(-1)!;
      expect(last).toMatchObject({
        status: "failed",
        phase: "failed",
        fileUrl: null,
        error: { code: "internal", message: ar.errors.internal },
      });
      expect((await status(started.data.id, actors.observer, "en")).data.error).toEqual({
        code: "internal",
        message: en.errors.internal,
      });
      expect((await file(started.data.id, actors.observer)).status).toBe(404);
    } finally {
      quiet.mockRestore();
    }
  });

  it("do not block: while a large PDF is laid out, the server keeps answering other requests", async () => {
    const started = await start(largePlanId, { format: "pdf", locale: "bilingual" }, actors.admin);
    // Each poll is a whole route call (viewer from the database, then the job). Were the layout
    // done on this thread, no call could be answered between its start and its end: the job would
    // be seen loading, then done.
    const seen = await follow(started.data.id, actors.admin);
    const answeredWhileLaidOut = seen.filter(
      (s) => s.status === "running" && (s.phase === "layout" || s.phase === "writing"),
    );
    expect(answeredWhileLaidOut.length).toBeGreaterThan(0);
    expect(seen.at(-1)!.status).toBe("done");
  });
});
