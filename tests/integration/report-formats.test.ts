import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getReportData } from "@/lib/reports/data";
import { buildReport, type ReportLocale } from "@/lib/reports/model";
import { renderCsv } from "@/lib/reports/render-csv";
import { renderDocx } from "@/lib/reports/render-docx";
import { renderPptx } from "@/lib/reports/render-pptx";
import { renderXlsx } from "@/lib/reports/render-xlsx";
import { loadDemoData } from "../../prisma/seed/load";

// Office files and CSV read back with readers independent of the writers: the OOXML packages
// are unzipped (jszip) and their XML searched; the workbook is re-read by exceljs from bytes;
// the CSV is decoded as raw UTF-8.

const GCR_AR = "متابعة واستعراض الاتفاق العالمي للاجئين";
const GCR_EN = "Follow-up and review of the Global Compact on Refugees";
let planId: string;

beforeAll(async () => {
  await loadDemoData(getDb(), { accounts: false });
  planId = (await getDb().actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } })).id;
});

async function docs(locale: ReportLocale) {
  const data = await getReportData(ANONYMOUS, planId);
  return buildReport(data!, { locale, now: new Date("2024-05-15T00:00:00Z") });
}

/** exceljs declares its own `Buffer` type; the bytes are the same. */
async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** XML text of the package's parts whose names match, concatenated, with XML entities for quotes decoded. */
async function partsText(buffer: Buffer, name: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files)
    .filter((f) => name.test(f))
    .sort();
  expect(files.length).toBeGreaterThan(0);
  return (await Promise.all(files.map((f) => zip.file(f)!.async("string")))).join("\n");
}

describe("DOCX report", () => {
  it("Arabic: titles in word/document.xml, paragraphs bidi and runs rtl", async () => {
    const xml = await partsText(await renderDocx(await docs("ar")), /^word\/document\.xml$/);
    expect(xml).toContain(GCR_AR);
    expect(xml).toContain("إدارة شؤون اللاجئين والمغتربين والهجرة");
    expect(xml).toMatch(/<w:bidi\/>/);
    expect(xml).toMatch(/<w:rtl\/>/);
    // The stage history reads as one sentence.
    expect(xml).toContain("ترجمتها إلى اللغة الإنجليزية");
  });

  it("English: English titles, no right-to-left paragraphs", async () => {
    const xml = await partsText(await renderDocx(await docs("en")), /^word\/document\.xml$/);
    expect(xml).toContain(GCR_EN);
    expect(xml).toContain("translated into English, submitted to Second Global Refugee Forum");
    expect(xml).not.toMatch(/<w:bidi\/>/);
  });
});

describe("PPTX report", () => {
  it("Arabic: a title slide then pillar slides, text right to left", async () => {
    const buffer = await renderPptx(await docs("ar"));
    const zip = await JSZip.loadAsync(buffer);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    // title + summary + at least one slide per pillar (6) + what comes next
    expect(slides.length).toBeGreaterThanOrEqual(9);
    const first = await zip.file("ppt/slides/slide1.xml")!.async("string");
    // The cover title is broken into lines by measure (at spaces only): its runs joined read it whole.
    const firstText = [...first.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(" ");
    expect(firstText).toContain("خطة عمل عملية التشاور العربية الإقليمية حول الهجرة واللجوء لعامي 2022-2023");
    const all = await partsText(buffer, /^ppt\/slides\/slide\d+\.xml$/);
    expect(all).toContain(GCR_AR);
    expect(all).toMatch(/rtl="1"/);
    // Documents with their history as a sentence.
    expect(all).toContain("ترجمتها إلى اللغة الإنجليزية");
  });

  it("English: English titles, left to right", async () => {
    const all = await partsText(await renderPptx(await docs("en")), /^ppt\/slides\/slide\d+\.xml$/);
    expect(all).toContain(GCR_EN);
    expect(all).not.toMatch(/rtl="1"/);
  });
});

describe("XLSX report", () => {
  it("has a sheet per entity with header row, filter, rows, right-to-left in Arabic", async () => {
    const workbook = await readWorkbook(await renderXlsx(await docs("ar")));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["المحاور", "الأنشطة", "الاجتماعات", "الوثائق", "المراحل"]);
    const pillars = workbook.getWorksheet("المحاور")!;
    expect(pillars.getRow(1).getCell(2).value).toBe("المحور");
    expect(pillars.getRow(3).getCell(2).value).toBe(GCR_AR);
    expect(pillars.views[0]).toMatchObject({ rightToLeft: true });
    const activities = workbook.getWorksheet("الأنشطة")!;
    expect(activities.rowCount).toBe(1 + 14);
    expect(activities.autoFilter).toBeTruthy();
    expect(activities.getRow(1).values).toContain("النشاط");
    const stages = workbook.getWorksheet("المراحل")!;
    expect(stages.rowCount).toBeGreaterThan(10);
  });

  it("bilingual: the Arabic sheets then the English ones", async () => {
    const workbook = await readWorkbook(await renderXlsx(await docs("bilingual")));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "المحاور",
      "الأنشطة",
      "الاجتماعات",
      "الوثائق",
      "المراحل",
      "Pillars",
      "Activities",
      "Meetings",
      "Documents",
      "Stages",
    ]);
    expect(workbook.getWorksheet("Pillars")!.getRow(3).getCell(2).value).toBe(
      "Follow-up and review of the Global Compact on Refugees (GCR)",
    );
    expect(workbook.getWorksheet("Pillars")!.views[0]).toMatchObject({ rightToLeft: false });
  });
});

describe("CSV report", () => {
  it("starts with a BOM, is UTF-8 and neutralises a cell that would run as a formula", async () => {
    const db = getDb();
    const pillar = await db.pillar.findFirstOrThrow({ where: { planId }, orderBy: { position: "asc" } });
    await db.activity.create({
      data: {
        key: "report-csv-formula",
        pillarId: pillar.id,
        position: 99,
        title: { ar: '=HYPERLINK("http://evil.example","x")', en: "+SUM(1,2)" },
      },
    });
    const bytes = renderCsv(await docs("bilingual"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
    const lines = text.split("\r\n");
    expect(lines[0]).toContain("النشاط");
    expect(lines[0]).toContain("Activity");
    expect(text).toContain(GCR_AR);
    const row = lines.find((l) => l.startsWith("report-csv-formula,"))!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(row).toContain(`"'+SUM(1,2)"`);
    expect(row).not.toMatch(/(^|,)"?[=+@-]/);
  });
});
