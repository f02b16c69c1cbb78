import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateActivityStatus } from "@/lib/activities/mutations";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getReportData } from "@/lib/reports/data";
import { buildReport, type ReportDoc } from "@/lib/reports/model";
import { renderDocx } from "@/lib/reports/render-docx";
import { renderPdf } from "@/lib/reports/render-pdf";
import { renderPptx } from "@/lib/reports/render-pptx";
import { fontDirectories } from "@/lib/reports/text-metrics";
import { loadDemoData } from "../../prisma/seed/load";
import { createActors, type Actor, type ActorName } from "../support/actors";

// The report as a person sees it (decision 024): every format rendered to pages — the PDF as
// Typst writes it, the DOCX and PPTX through LibreOffice headless — and read back with poppler
// (pdftotext -bbox-layout), an independent reader. The rules are those a reader would notice:
// text outside its page or slide, text boxes drawn over each other, type too small to read, a
// heading left alone at a page's foot, facts of the source missing, stale next steps.
// LibreOffice is run once for all four office files (it is slow) with a font configuration that
// adds the bundled fonts, so it sets the text in the faces the layout was measured with.
// REPORT_REFERENCES=1 refreshes the reference images under tests/reference/report/.

const NOW = new Date("2026-12-03T00:00:00Z");
const dir = mkdtempSync(path.join(tmpdir(), "mutabaa-report-layout-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Line {
  words: Word[];
  y0: number;
  y1: number;
  /** Index of the flow (text box) poppler found the line in. */
  flow: number;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
  lines: Line[];
}

/** NFKC (poppler may give presentation forms), without bidi controls, single-spaced. */
const normalise = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();
const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)![1]);
const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Pages, flows, lines and words with their boxes, from pdftotext -bbox-layout. */
function readPages(file: string): Page[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", "-enc", "UTF-8", file, "-"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return xml
    .split("<page ")
    .slice(1)
    .map((chunk) => {
      const page: Page = { width: attr(chunk, "width"), height: attr(chunk, "height"), words: [], lines: [] };
      chunk.split("<flow").forEach((flowChunk, flow) => {
        for (const lineChunk of flowChunk.split("<line ").slice(1)) {
          const words = [...lineChunk.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((m) => ({
            text: normalise(decode(m[2]!)),
            x0: attr(m[1]!, "xMin"),
            y0: attr(m[1]!, "yMin"),
            x1: attr(m[1]!, "xMax"),
            y1: attr(m[1]!, "yMax"),
          }));
          if (words.length === 0) continue;
          page.words.push(...words);
          page.lines.push({
            words,
            y0: Math.min(...words.map((w) => w.y0)),
            y1: Math.max(...words.map((w) => w.y1)),
            flow,
          });
        }
      });
      return page;
    });
}

/** Words drawn outside the page, or closer to its side edges than `margin` points. */
function outside(page: Page, margin: number): string[] {
  return page.words
    .filter((w) => w.x0 < margin || w.y0 < 2 || w.x1 > page.width - margin || w.y1 > page.height - 2)
    .map((w) => w.text);
}

/**
 * Pairs of words that are drawn over each other. Boxes are poppler's glyph boxes, which for Amiri
 * reach well above and below the letters; the middle half of each box is what must not overlap.
 */
function overlapping(page: Page): string[] {
  const core = (w: Word) => {
    const h = w.y1 - w.y0;
    return { ...w, y0: w.y0 + h / 4, y1: w.y1 - h / 4 };
  };
  const words = page.words.map(core);
  const hits: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 1 && dy > 1) hits.push(`${a.text} / ${b.text}`);
    }
  return hits;
}

/** Height of the smallest line, in points: poppler's boxes are about 1.3 em for these faces. */
const smallestLine = (page: Page) => Math.min(...page.lines.map((l) => l.y1 - l.y0));

/**
 * Headings that end a page: the last line above the running footer whose words all belong to
 * one of the headings (two words at least, so a stray word of a sentence does not count).
 */
function headingAtFoot(pages: Page[], headings: string[], footer: number): string[] {
  const sets = headings.map((h) => new Set(normalise(h).split(" ")));
  const found: string[] = [];
  pages.slice(0, -1).forEach((page, i) => {
    const body = page.lines.filter((l) => l.y1 < page.height - footer).sort((a, b) => a.y0 - b.y0);
    const last = body.at(-1);
    if (!last) return;
    const words = last.words.map((w) => w.text).filter((w) => w.length > 1);
    if (words.length >= 2 && sets.some((s) => words.every((w) => s.has(w))))
      found.push(`page ${i + 1}: ${words.join(" ")}`);
  });
  return found;
}

/** The text layer in reading order (plain pdftotext: -bbox gives Arabic words in visual order). */
const text = (file: string) => normalise(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));

function headingsOf(doc: ReportDoc): string[] {
  const L = doc.labels;
  return [
    L.summary,
    L.meetings,
    L.deliverables,
    L.next,
    L.changes,
    L.agenda,
    ...doc.pillars.flatMap((p) => [p.title, `${p.heading}: ${p.title}`, ...p.activities.map((a) => a.title)]),
    ...doc.meetings.map((m) => m.title),
    ...doc.deliverables.map((d) => d.title),
  ];
}

/** The bundled fonts beside the system's, for LibreOffice only (nothing is installed). */
function fontConfig(): string {
  const file = path.join(dir, "fonts.conf");
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      [...new Set(fontDirectories())].map((d) => `<dir>${d}</dir>`).join("") +
      `<cachedir>${path.join(dir, "fc-cache")}</cachedir></fontconfig>`,
  );
  return file;
}

const locales = ["ar", "en"] as const;
type Lang = (typeof locales)[number];
const docs = {} as Record<Lang, ReportDoc[]>;
const pages = {} as Record<`${"pdf" | "docx" | "pptx"}-${Lang}`, Page[]>;
const files = {} as Record<string, string>;
let planId: string;
let actors: Record<ActorName, Actor>;

beforeAll(async () => {
  await loadDemoData(getDb(), { accounts: false });
  actors = await createActors();
  planId = (await getDb().actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } })).id;
  const data = await getReportData(ANONYMOUS, planId);
  const office: string[] = [];
  for (const lang of locales) {
    docs[lang] = buildReport(data!, { locale: lang, now: NOW });
    files[`pdf-${lang}`] = path.join(dir, `pdf-${lang}.pdf`);
    writeFileSync(files[`pdf-${lang}`]!, renderPdf(docs[lang]));
    for (const [format, render] of [
      ["docx", renderDocx],
      ["pptx", renderPptx],
    ] as const) {
      const file = path.join(dir, `${format}-${lang}.${format}`);
      writeFileSync(file, await render(docs[lang]));
      office.push(file);
      files[`${format}-${lang}`] = path.join(dir, "out", `${format}-${lang}.pdf`);
    }
  }
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      path.join(dir, "out"),
      ...office,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: fontConfig() }, stdio: "ignore", timeout: 240_000 },
  );
  for (const key of Object.keys(files)) pages[key as keyof typeof pages] = readPages(files[key]!);

  if (process.env.REPORT_REFERENCES === "1") {
    const refs = path.join(process.cwd(), "tests/reference/report");
    mkdirSync(refs, { recursive: true });
    for (const [key, first, last] of [
      ["pdf-ar", 1, 3],
      ["pdf-en", 4, 4],
      ["docx-ar", 4, 4],
      ["docx-en", 4, 4],
      ["pptx-ar", 1, 6],
      ["pptx-en", 1, 3],
    ] as const) {
      const out = path.join(dir, "png", key);
      mkdirSync(path.dirname(out), { recursive: true });
      execFileSync("pdftoppm", ["-r", "30", "-png", "-f", String(first), "-l", String(last), files[key]!, out]);
    }
    for (const f of readdirSync(path.join(dir, "png"))) copyFileSync(path.join(dir, "png", f), path.join(refs, f));
  }
}, 300_000);

describe.each(locales)("report layout (%s)", (lang) => {
  it("deck: 16:9 slides, text inside its slide, no text over other text, nothing below 14 pt", () => {
    const deck = pages[`pptx-${lang}`];
    expect(deck.length).toBeGreaterThanOrEqual(15);
    for (const [i, page] of deck.entries()) {
      expect(page.width / page.height, `slide ${i + 1}`).toBeCloseTo(16 / 9, 2);
      expect(outside(page, 0.4 * 72), `slide ${i + 1}`).toEqual([]);
      expect(overlapping(page), `slide ${i + 1}`).toEqual([]);
      // 14 pt (the footer) sets lines about 18 pt high; body text is 18 pt and more (checked in the XML).
      expect(smallestLine(page), `slide ${i + 1}`).toBeGreaterThanOrEqual(14);
    }
  });

  it("deck: titles at 28 pt and more, body text at 18 pt and more, every paragraph right to left in Arabic", async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, `pptx-${lang}.pptx`)));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    let checked = 0;
    for (const name of slides) {
      const xml = await zip.file(name)!.async("string");
      for (const shape of xml.split("<p:sp>").slice(1)) {
        const role = /<p:cNvPr [^>]*name="([^"]*)"/.exec(shape)?.[1] ?? "";
        const sizes = [...shape.matchAll(/<a:rPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
        if (sizes.length === 0) continue;
        const least = role === "title" ? 28 : role.startsWith("body") ? 18 : 14;
        expect(Math.min(...sizes), `${name} ${role}`).toBeGreaterThanOrEqual(least);
        if (lang === "ar" && role.startsWith("body"))
          expect(shape, `${name} ${role}`).not.toMatch(/<a:pPr(?![^>]*rtl="1")/);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(slides.length);
  });

  it("deck: the source's slides, in order, with its phrasing", () => {
    const all = text(files[`pptx-${lang}`]!);
    const unquoted = (s: string) => s.replace(/["“”«»]/g, "");
    const doc = docs[lang][0]!;
    let at = 0;
    for (const p of doc.pillars) {
      // The title's opening words: poppler may reorder digits and quotes inside Arabic lines.
      const i = unquoted(all).indexOf(unquoted(normalise(p.title)).split(" ").slice(0, 3).join(" "), at);
      expect(i, p.title).toBeGreaterThanOrEqual(at);
      at = i;
    }
    expect(all).toContain(normalise(doc.labels.progressChart));
    expect(all).toContain(normalise(doc.labels.next));
    expect(all).toContain(normalise(doc.labels.closing));
    if (lang === "ar") {
      expect(all).toContain("هدف الاجتماع الثامن");
      expect(all).toContain("تم رفعه إلى منتدى استعراض الهجرة الدولية");
      // The cover title is not broken inside "2022-2023".
      const cover = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", files["pptx-ar"]!, "-"], {
        encoding: "utf8",
      });
      expect(normalise(cover)).toMatch(/2022-2023|2023-2022/);
    } else expect(all).toContain("submitted to the International Migration Review Forum");
  });

  for (const format of ["pdf", "docx"] as const)
    it(`${format}: A4 pages, text inside the page, no overlap, no heading alone at a page's foot`, () => {
      const doc = pages[`${format}-${lang}`];
      for (const [i, page] of doc.entries()) {
        expect(Math.round(page.width), `page ${i + 1}`).toBe(595);
        expect(outside(page, 0.5 * 72), `page ${i + 1}`).toEqual([]);
        expect(overlapping(page), `page ${i + 1}`).toEqual([]);
        expect(smallestLine(page), `page ${i + 1}`).toBeGreaterThanOrEqual(7);
      }
      expect(headingAtFoot(doc, headingsOf(docs[lang][0]!), 50)).toEqual([]);
    });

  for (const format of ["pdf", "docx"] as const)
    it(`${format}: the source's facts the demo data holds`, () => {
      const all = text(files[`${format}-${lang}`]!);
      const facts =
        lang === "en"
          ? [
              "High-Level Officials Meetings", // the June 2023 workshop's aims
              "assess progress on Arab states' pledges", // the October 2023 meeting's objective
              "International Organization for Migration", // a presenter at the 2030 Agenda session
              "vaccines to migrants and refugees", // the COVID-19 content
              "20 June 2024", // the 2024 statement's date, not "—"
            ]
          : ["اجتماعات المسؤولين رفيعي المستوى", "تقييم التقدم المحرز نحو تعهدات الدول العربية", "اللقاحات"];
      for (const fact of facts) expect(all, fact).toContain(normalise(fact));
    });

  it("next steps are judged against the report's date: nothing past is still 'scheduled'", () => {
    const doc = docs[lang][0]!;
    expect(doc.next.length).toBeGreaterThan(0);
    // The 10th meeting (May 2024) and the 2024 statement are overdue on 3 December 2026.
    expect(doc.next.filter((s) => s.state === "planned")).toEqual([]);
    expect(doc.next.some((s) => s.state === "overdue")).toBe(true);
    const all = text(files[`pdf-${lang}`]!);
    if (lang === "en") expect(all).not.toContain("is scheduled for May 2024");
    else expect(all).not.toMatch(/(?<!كان )من المقرر عقد الاجتماع العاشر/);
  });
});

describe("since report", () => {
  it("gives, per changed record, before → after, the day, the role and the note", async () => {
    const workshop = await getDb().activity.findUniqueOrThrow({ where: { key: "wrd-2024" } });
    await updateActivityStatus(actors.secretariat.viewer, workshop.id, {
      status: "completed",
      progress: 100,
      note: "Adopted at the 10th meeting",
      version: workshop.version,
    });
    const today = new Date().toISOString().slice(0, 10);
    const data = await getReportData(actors.secretariat.viewer, planId, { since: today });
    const [doc] = buildReport(data!, { locale: "en", since: today, now: NOW });
    const change = doc!.changes!.find((c) => c.record === "World Refugee Day statement (20 June 2024)");
    expect(change).toBeDefined();
    expect(change!.actor).toBe("Secretariat");
    expect(change!.lines).toContain("Status: In progress → Completed");
    expect(change!.lines).toContain("Progress: 50% → 100%");
    expect(change!.note).toBe("Adopted at the 10th meeting");

    // Anonymous readers get the records, not the trail.
    const open = await getReportData(ANONYMOUS, planId, { since: today });
    expect(buildReport(open!, { locale: "en", since: today, now: NOW })[0]!.changes).toBeNull();
    const pdf = path.join(dir, "since.pdf");
    writeFileSync(pdf, renderPdf([doc!]));
    expect(text(pdf)).toContain("Status: In progress → Completed");
  });
});
