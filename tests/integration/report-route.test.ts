import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as reportRoute from "@/app/api/v1/plans/[id]/report/route";
import { getDb } from "@/lib/db/client";
import { loadDemoData } from "../../prisma/seed/load";
import { createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";

// GET /api/v1/plans/{id}/report: the download as a browser gets it (headers, bytes), who may
// have it, and the 422 answer for bad query values.

let actors: Record<ActorName, Actor>;
let publicPlanId: string;
let privatePlanId: string;

beforeAll(async () => {
  await loadDemoData(getDb(), { accounts: false });
  actors = await createActors();
  publicPlanId = (await getDb().actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } })).id;
  privatePlanId = (await createPlanFixture({ isPublic: false })).plan.id;
});

async function get(planId: string, query: string, actor?: Actor): Promise<Response> {
  return reportRoute.GET(
    new Request(`http://localhost/api/v1/plans/${planId}/report?${query}`, { headers: actor?.headers ?? {} }),
    {
      params: Promise.resolve({ id: planId }),
    },
  );
}

describe("GET /api/v1/plans/{id}/report", () => {
  it("serves an anonymous visitor the public plan's Arabic PDF with an Arabic file name (RFC 6266)", async () => {
    const res = await get(publicPlanId, "format=pdf&locale=ar");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="report-arcp-2022-2023-ar\.pdf"; filename\*=UTF-8''/);
    const encoded = disposition.split("filename*=UTF-8''")[1]!;
    expect(encoded).not.toMatch(/[^A-Za-z0-9%._~-]/);
    expect(decodeURIComponent(encoded)).toBe(
      "تقرير المتابعة - خطة عمل عملية التشاور العربية الإقليمية حول الهجرة واللجوء لعامي 2022-2023.pdf",
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const dir = mkdtempSync(path.join(tmpdir(), "mutabaa-report-route-"));
    try {
      const file = path.join(dir, "r.pdf");
      writeFileSync(file, bytes);
      expect(
        execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
      ).toContain("متابعة واستعراض الاتفاق العالمي للاجئين");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"],
    ["pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PK"],
    ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"],
    ["csv", "text/csv; charset=utf-8", "\uFEFF"],
  ])("serves %s", async (format, contentType, magic) => {
    const res = await get(publicPlanId, `format=${format}&locale=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(contentType);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("''")[1]!)).toBe(
      `Status report - ARCP Action Plan 2022–2023.${format}`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, magic === "PK" ? 2 : 3).toString("utf8")).toBe(magic);
  });

  it("a private plan's report is 404 for anonymous and readable by a signed-in observer", async () => {
    const anonymous = await get(privatePlanId, "format=csv&locale=ar");
    expect(anonymous.status).toBe(404);
    expect(await anonymous.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await get(privatePlanId, "format=csv&locale=ar", actors.observer)).status).toBe(200);
    expect((await get("not-a-uuid", "format=csv")).status).toBe(404);
  });

  it("answers 422 in the one error shape for bad values", async () => {
    const res = await get(publicPlanId, "format=odt&locale=fr&since=2024-13-40");
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("validation");
    expect(typeof body.error.message).toBe("string");
    expect(Object.keys(body.error.fields).sort()).toEqual(["format", "locale", "since"]);
    // The download form's blank date field.
    expect((await get(publicPlanId, "format=csv&locale=ar&since=")).status).toBe(200);
  });

  it("since=: keeps what changed or happened from that day on", async () => {
    const full = await (await get(publicPlanId, "format=csv&locale=en")).text();
    // The seed's own audit events do not count as changes: only the dates decide here.
    const since = await (await get(publicPlanId, "format=csv&locale=en&since=2024-01-01")).text();
    const rows = (csv: string) => csv.trim().split("\r\n").length - 1;
    expect(rows(since)).toBeGreaterThan(0);
    expect(rows(since)).toBeLessThan(rows(full));
    expect(since).toContain("Participation of the General Secretariat in the 14th GFMD");
    expect(since).not.toContain("Capacity-building workshop on the GCR");

    // A recorded change since that day brings an older activity back in.
    const workshop = await getDb().activity.findUniqueOrThrow({ where: { key: "gcr-capacity-building-workshop" } });
    await getDb().auditEvent.create({
      data: {
        action: "update",
        entityType: "Activity",
        entityId: workshop.id,
        actorId: actors.secretariat.userId,
        changes: { progress: { from: 90, to: 100 } },
      },
    });
    const after = await (await get(publicPlanId, "format=csv&locale=en&since=2024-01-01")).text();
    expect(after).toContain("Capacity-building workshop on the GCR");
  });
});
