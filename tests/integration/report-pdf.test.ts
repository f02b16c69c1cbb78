import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getReportData } from "@/lib/reports/data";
import { buildReport, type ReportLocale } from "@/lib/reports/model";
import { renderPdf } from "@/lib/reports/render-pdf";
import { loadDemoData } from "../../prisma/seed/load";

// The PDF read back with poppler (an independent reader): its text layer carries the titles in
// logical order (Arabic shaping must not break extraction) and every font is embedded.

const dir = mkdtempSync(path.join(tmpdir(), "mutabaa-report-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let planId: string;

beforeAll(async () => {
  await loadDemoData(getDb(), { accounts: false });
  planId = (await getDb().actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } })).id;
});

async function pdfFile(locale: ReportLocale, since?: string): Promise<string> {
  const data = await getReportData(ANONYMOUS, planId, { since });
  const file = path.join(dir, `report-${locale}${since ? "-since" : ""}.pdf`);
  writeFileSync(file, renderPdf(buildReport(data!, { locale, since, now: new Date("2024-05-15T00:00:00Z") })));
  return file;
}

const pdftotext = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
/** Poppler may emit presentation forms or split lines; compare on normalised, single-spaced text. */
const normalise = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ");

describe("PDF report", () => {
  it("Arabic: A4, Arabic pillar titles in the text layer, all fonts embedded", async () => {
    const file = await pdfFile("ar");
    const text = normalise(pdftotext(file));
    expect(text).toContain("متابعة واستعراض الاتفاق العالمي للاجئين");
    expect(text).toContain("إدارة شؤون اللاجئين والمغتربين والهجرة");
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe("yes");
    expect(fonts.join("\n")).toMatch(/Amiri/);
  });

  it("English: English titles", async () => {
    const text = normalise(pdftotext(await pdfFile("en")));
    expect(text).toContain("Follow-up and review of the Global Compact on Refugees");
    expect(text).toContain("Department of Refugees, Expatriates and Migration Affairs");
  });

  it("bilingual: both languages", async () => {
    const text = normalise(pdftotext(await pdfFile("bilingual")));
    expect(text).toContain("متابعة واستعراض الاتفاق العالمي للاجئين");
    expect(text).toContain("Follow-up and review of the Global Compact on Refugees");
  });
});
