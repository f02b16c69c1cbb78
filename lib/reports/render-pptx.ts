import PptxGenJS from "pptxgenjs";
import type { ReportDoc } from "./model";
import { wrap, type FontFamily, type TextStyle } from "./text-metrics";

// A deck to present, in the shape of the secretariat's own review (decision 023): a title slide;
// per pillar a section slide, then a slide per activity with what it aimed at, what came of it
// and its documents' journey; a progress slide with a native chart; next steps; a closing slide.
// 16:9, the secretariat's colours and the app's mark; body text 18 pt and titles 28 pt at least.
// Text is measured with the bundled fonts (lib/reports/text-metrics.ts) and what does not fit a
// slide continues on the next one, titled "(continued)": nothing shrinks and nothing overflows.
// In Arabic every paragraph is right to left and the layout is mirrored (mark, rules, chart).

const W = 13.333;
const H = 7.5;
const MARGIN = 0.6;
const BRAND = "0C4D3A";
const BRAND_DARK = "093A2C";
const GOLD = "B38B2D";
const GOLD_LIGHT = "E9D79F";
const INK = "1F2A27";
const MUTED = "4F5B57";
const STATE_COLOURS = { planned: BRAND, overdue: "9B2C1C", postponed: "7A5C14", pending: MUTED } as const;

/** Sizes in points; the layout checks (tests/integration/report-layout.test.ts) hold the deck to them. */
export const DECK_SIZES = { title: 28, coverTitle: 36, heading: 22, body: 18, detail: 18, chrome: 14 } as const;

const BODY_BOTTOM = 6.75;
const BODY_WIDTH = W - 2 * MARGIN;
/** Room kept free on each line: renderers round and kern differently from fontkit. */
const WIDTH_SLACK = 0.93;
/**
 * Line pitch as a multiple of the font size, written as exact spacing (a:spcPts) so PowerPoint and
 * LibreOffice break and stack lines alike and the measured height is the drawn one.
 */
const LINE_PITCH = 1.4;
const pitch = (size: number) => Math.round(size * LINE_PITCH * 10) / 10;
const PARAGRAPH_GAP_PT = 6;
const GROUP_GAP_PT = 16;
const BULLET_INDENT_PT = 20;

export async function renderPptx(docs: ReportDoc[], onWriting?: () => void): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE"; // 13.33 × 7.5 in, 16:9
  pptx.title = docs[0]?.title ?? "";
  pptx.company = docs[0]?.issuer[0] ?? "";
  pptx.rtlMode = docs[0]?.dir === "rtl";
  pptx.defineSlideMaster({ title: "CONTENT", background: { color: "FFFFFF" } });
  // Slides are numbered through a bilingual deck, not per language.
  const counter = { slides: 0 };
  for (const doc of docs) addSlides(pptx, doc, counter);
  onWriting?.();
  const out = await pptx.write({ outputType: "nodebuffer" });
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

interface Block {
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
  bullet?: boolean;
  /** A bold lead-in ("Outcome: ") in the same paragraph. */
  lead?: string;
  leadColor?: string;
  /** First block of a group placed after another group: more space before it. */
  startsGroup?: boolean;
}

function addSlides(pptx: PptxGenJS, doc: ReportDoc, counter: { slides: number }): void {
  const rtl = doc.dir === "rtl";
  const family: FontFamily = rtl ? "Amiri" : "Noto Serif";
  const L = doc.labels;
  const align = rtl ? ("right" as const) : ("left" as const);
  const base = { rtlMode: rtl, fontFace: family, lang: rtl ? "ar-SA" : "en-GB", margin: 0 };
  /** x of a box of width `w` placed `x` from the start edge (the right in Arabic). */
  const mx = (x: number, w: number) => (rtl ? W - x - w : x);
  const style = (size: number, bold = false): TextStyle => ({ family, size, bold });
  const points = (inches: number) => inches * 72;

  const mark = (slide: PptxGenJS.Slide, x: number, y: number, size: number) => {
    slide.addShape("roundRect", {
      x: mx(x, size),
      y,
      w: size,
      h: size,
      rectRadius: 0.22,
      fill: { color: "0F6148" },
      line: { color: "0F6148", width: 0 },
    });
    const u = size / 32; // the site header's 32-unit mark (components/layout/site-header.tsx)
    const path = [
      [8, 22],
      [14, 12],
      [18, 18],
      [24, 9],
    ].map(([px, py]) => ({ x: px! * u, y: py! * u }));
    // pptxgenjs writes custom geometry (a:custGeom) but its SHAPE_NAME type omits the name.
    slide.addShape("custGeom" as PptxGenJS.SHAPE_NAME, {
      x: mx(x, size),
      y,
      w: size,
      h: size,
      points: path.map((p, i) => (i === 0 ? { ...p, moveTo: true } : p)),
      line: { color: GOLD_LIGHT, width: Math.max(1, size * 5.5) },
    });
    const r = 2.2 * u;
    slide.addShape("ellipse", {
      // A mark is not mirrored: only where it stands is.
      x: mx(x, size) + 24 * u - r,
      y: y + 9 * u - r,
      w: 2 * r,
      h: 2 * r,
      fill: { color: GOLD_LIGHT },
      line: { color: GOLD_LIGHT, width: 0 },
    });
  };

  const footer = (slide: PptxGenJS.Slide, dark: boolean) => {
    counter.slides += 1;
    const colour = dark ? GOLD_LIGHT : MUTED;
    slide.addShape("line", {
      x: MARGIN,
      y: 6.98,
      w: W - 2 * MARGIN,
      h: 0,
      line: { color: dark ? GOLD : "C9D3CF", width: 0.75 },
    });
    slide.addText(doc.issuer[2] ?? "", {
      ...base,
      objectName: "chrome-footer",
      align,
      x: mx(MARGIN, 9.5),
      y: 7.02,
      w: 9.5,
      h: 0.36,
      fontSize: DECK_SIZES.chrome,
      lineSpacing: pitch(DECK_SIZES.chrome),
      color: colour,
      valign: "middle",
    });
    slide.addText(String(counter.slides), {
      ...base,
      objectName: "chrome-number",
      align: rtl ? "left" : "right",
      x: mx(W - MARGIN - 1, 1),
      y: 7.02,
      w: 1,
      h: 0.36,
      fontSize: DECK_SIZES.chrome,
      lineSpacing: pitch(DECK_SIZES.chrome),
      color: colour,
      valign: "middle",
    });
  };

  /** A content slide's title, wrapped by measure (two lines at most); returns where the body may start. */
  const titleOf = (slide: PptxGenJS.Slide, title: string, kicker?: string): number => {
    mark(slide, MARGIN, 0.42, 0.55);
    const x = MARGIN + 0.8;
    const w = W - x - MARGIN;
    let y = 0.3;
    if (kicker) {
      slide.addText(kicker, {
        ...base,
        objectName: "chrome-kicker",
        align,
        x: mx(x, w),
        y,
        w,
        h: 0.4,
        fontSize: DECK_SIZES.chrome + 2,
        lineSpacing: pitch(DECK_SIZES.chrome + 2),
        color: GOLD,
        bold: true,
      });
      y += 0.42;
    }
    const titleStyle = style(DECK_SIZES.title, true);
    const lines = wrap(title, points(w) * WIDTH_SLACK, titleStyle);
    const h = (lines.length * pitch(titleStyle.size)) / 72 + 0.05;
    slide.addText(title, {
      ...base,
      objectName: "title",
      align,
      x: mx(x, w),
      y,
      w,
      h,
      fontSize: DECK_SIZES.title,
      lineSpacing: pitch(DECK_SIZES.title),
      bold: true,
      color: BRAND,
      valign: "top",
      fit: "none",
    });
    const ruleY = Math.max(y + h + 0.08, 1.3);
    slide.addShape("line", { x: mx(MARGIN, 2.2), y: ruleY, w: 2.2, h: 0, line: { color: GOLD, width: 2 } });
    return ruleY + 0.2;
  };

  /** Height in points of a block set at `width` points. */
  const blockLines = (b: Block, width: number) =>
    wrap(b.lead ? `${b.lead} ${b.text}` : b.text, width - (b.bullet ? BULLET_INDENT_PT : 0), style(b.size, b.bold));
  const blockHeight = (lines: number, b: Block) => lines * pitch(b.size);

  /**
   * Lays `groups` of blocks out on as many slides as they need, each titled `title` (then
   * "(continued)"). A group (an activity with its outcome and documents) starts a new slide when
   * it does not fit what is left of the current one; a group taller than a whole slide is split
   * between lines, the rest opening the next slide.
   */
  const flow = (title: string, groups: Block[][], kicker?: string, groupGap = GROUP_GAP_PT) => {
    const width = points(BODY_WIDTH) * WIDTH_SLACK;
    const pending = groups.filter((g) => g.length > 0).map((g) => [...g]);
    let first = true;
    const groupHeight = (g: Block[]) =>
      g.reduce((sum, b, i) => sum + (i ? PARAGRAPH_GAP_PT : 0) + blockHeight(blockLines(b, width).length, b), 0);
    while (pending.length > 0 || first) {
      const slide = pptx.addSlide({ masterName: "CONTENT" });
      const top = titleOf(slide, first ? title : `${title} ${L.continued}`, kicker);
      const room = points(BODY_BOTTOM - top);
      let used = 0;
      const placed: Block[] = [];
      let full = false;
      while (pending.length > 0 && !full) {
        const group = pending[0]!;
        const gapBefore = placed.length ? groupGap : 0;
        // A whole group moves on rather than start at a slide's foot, unless it is alone.
        if (placed.length > 0 && used + gapBefore + groupHeight(group) > room) break;
        used += gapBefore;
        const groupStart = group[0];
        while (group.length > 0) {
          const b = group[0]!;
          const lines = blockLines(b, width);
          const gap = placed.length ? PARAGRAPH_GAP_PT : 0;
          const h = blockHeight(lines.length, b);
          if (used + gap + h <= room) {
            placed.push(placed.length > 0 && b === groupStart ? { ...b, startsGroup: true } : b);
            used += gap + h;
            group.shift();
            continue;
          }
          const fit = Math.floor((room - used - gap) / blockHeight(1, b));
          if (fit >= 2 || (fit >= 1 && placed.length === 0)) {
            // Split at a line: the lines that fit stay, the rest opens the next slide.
            const words = (b.lead ? `${b.lead} ${b.text}` : b.text).split(/ +/).filter(Boolean);
            const headCount = lines.slice(0, fit).join(" ").split(/ +/).filter(Boolean).length;
            const leadWords = b.lead ? b.lead.split(/ +/).filter(Boolean).length : 0;
            placed.push({ ...b, text: words.slice(leadWords, headCount).join(" ") });
            group[0] = { ...b, lead: undefined, text: words.slice(Math.max(headCount, leadWords)).join(" ") };
          } else if (placed.length === 0) {
            // Cannot happen at these sizes (a line is far shorter than a slide); place it rather than loop.
            placed.push(b);
            group.shift();
          }
          full = true;
          break;
        }
        if (group.length === 0) pending.shift();
      }
      first = false;
      const runs = placed.flatMap((b, i) => {
        const paragraph = {
          ...base,
          align,
          bullet: b.bullet ? { indent: BULLET_INDENT_PT } : false,
          paraSpaceBefore: i === 0 ? 0 : b.startsGroup ? groupGap : PARAGRAPH_GAP_PT,
          lineSpacing: pitch(b.size),
          breakLine: true,
        };
        const parts: PptxGenJS.TextProps[] = [];
        if (b.lead)
          parts.push({
            text: `${b.lead} `,
            options: { ...paragraph, fontSize: b.size, bold: true, color: b.leadColor ?? BRAND, breakLine: false },
          });
        parts.push({
          text: b.text,
          options: { ...paragraph, fontSize: b.size, bold: b.bold, color: b.color ?? INK, breakLine: true },
        });
        return parts;
      });
      if (runs.length)
        slide.addText(runs, {
          ...base,
          objectName: "body",
          align,
          x: MARGIN,
          y: top,
          w: BODY_WIDTH,
          h: BODY_BOTTOM - top,
          valign: "top",
          fit: "none",
        });
      footer(slide, false);
    }
  };

  const dark = (slide: PptxGenJS.Slide) => {
    slide.background = { color: BRAND_DARK };
    slide.addShape("rect", { x: mx(0, 0.25), y: 0, w: 0.25, h: H, fill: { color: GOLD }, line: { color: GOLD } });
  };

  // Title slide
  {
    const slide = pptx.addSlide();
    dark(slide);
    mark(slide, 1.0, 0.8, 0.9);
    const w = W - 2.2;
    slide.addText(doc.issuer.join("\n"), {
      ...base,
      objectName: "chrome-issuer",
      align,
      x: mx(2.1, w - 1.0),
      y: 0.7,
      w: w - 1.0,
      h: 1.3,
      fontSize: DECK_SIZES.body,
      lineSpacing: pitch(DECK_SIZES.body),
      color: GOLD_LIGHT,
      valign: "top",
    });
    const titleStyle = style(DECK_SIZES.coverTitle, true);
    // Broken by measure at spaces only: "2022-2023" never splits at its hyphen.
    const lines = wrap(doc.title, points(w) * WIDTH_SLACK, titleStyle);
    const h = (lines.length * pitch(titleStyle.size)) / 72 + 0.1;
    slide.addText(lines.join("\n"), {
      ...base,
      objectName: "title",
      align,
      x: mx(1.0, w),
      y: 2.4,
      w,
      h,
      fontSize: DECK_SIZES.coverTitle,
      lineSpacing: pitch(DECK_SIZES.coverTitle),
      bold: true,
      color: "FFFFFF",
      valign: "top",
      fit: "none",
    });
    const sub = [L.documentTitle, doc.period, doc.planStatus, doc.since].filter(Boolean);
    const subStyle = style(DECK_SIZES.body);
    const subLines = sub.flatMap((s) => wrap(s, points(w) * WIDTH_SLACK, subStyle)).length;
    slide.addText(sub.join("\n"), {
      ...base,
      objectName: "body-cover",
      align,
      x: mx(1.0, w),
      y: 2.4 + h + 0.25,
      w,
      h: (subLines * pitch(subStyle.size)) / 72 + 0.1,
      fontSize: DECK_SIZES.body,
      lineSpacing: pitch(DECK_SIZES.body),
      color: "FFFFFF",
      valign: "top",
      fit: "none",
    });
    footer(slide, true);
  }

  // Per pillar: a section slide, then one slide (or more) per activity.
  for (const pillar of doc.pillars) {
    const section = pptx.addSlide();
    dark(section);
    mark(section, 1.0, 0.8, 0.7);
    const w = W - 2.2;
    section.addText(pillar.heading, {
      ...base,
      objectName: "chrome-kicker",
      align,
      x: mx(1.0, w),
      y: 2.3,
      w,
      h: 0.6,
      fontSize: DECK_SIZES.title,
      lineSpacing: pitch(DECK_SIZES.title),
      color: GOLD_LIGHT,
      bold: true,
    });
    const titleStyle = style(DECK_SIZES.coverTitle, true);
    const lines = wrap(pillar.title, points(w) * WIDTH_SLACK, titleStyle);
    section.addText(pillar.title, {
      ...base,
      objectName: "title",
      align,
      x: mx(1.0, w),
      y: 3.0,
      w,
      h: (lines.length * pitch(titleStyle.size)) / 72 + 0.1,
      fontSize: DECK_SIZES.coverTitle,
      lineSpacing: pitch(DECK_SIZES.coverTitle),
      bold: true,
      color: "FFFFFF",
      valign: "top",
      fit: "none",
    });
    footer(section, true);

    const groups = pillar.activities.map((a): Block[] => {
      const blocks: Block[] = [
        { text: a.title, size: DECK_SIZES.heading, bold: true, color: BRAND },
        {
          text: [a.status, `${a.progress}%`, a.dates].filter(Boolean).join(" · "),
          size: DECK_SIZES.detail,
          color: MUTED,
        },
      ];
      if (a.description) blocks.push({ text: a.description, size: DECK_SIZES.body, bullet: true });
      if (a.outcome) blocks.push({ lead: `${L.outcome}:`, text: a.outcome, size: DECK_SIZES.body, bullet: true });
      if (a.partners) blocks.push({ lead: `${L.partners}:`, text: a.partners, size: DECK_SIZES.body, bullet: true });
      for (const d of a.documents)
        blocks.push({ lead: `${d.title}:`, text: d.history, size: DECK_SIZES.body, bullet: true, leadColor: GOLD });
      return blocks;
    });
    flow(pillar.title, groups.length ? groups : [[{ text: L.noActivities, size: DECK_SIZES.body }]], pillar.heading);
  }

  // Progress: a native bar chart (editable in PowerPoint), one bar per pillar.
  {
    const slide = pptx.addSlide({ masterName: "CONTENT" });
    const top = titleOf(slide, L.progressChart);
    slide.addChart(
      "bar",
      [
        {
          name: L.averageProgress,
          labels: doc.summary.map((r) => r.pillar),
          values: doc.summary.map((r) => r.averageProgress),
        },
      ],
      {
        x: MARGIN,
        y: top,
        w: BODY_WIDTH,
        h: BODY_BOTTOM - top,
        barDir: "bar",
        chartColors: [BRAND],
        catAxisLabelFontFace: family,
        catAxisLabelFontSize: DECK_SIZES.chrome,
        catAxisLabelColor: INK,
        // In Arabic the bars grow from the right, where the pillar names stand.
        // pptxgenjs types the orientations as "minMax" only but writes the value given (c:orientation).
        valAxisOrientation: (rtl ? "maxMin" : "minMax") as "minMax",
        catAxisOrientation: "maxMin" as "minMax",
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        valAxisLabelFontSize: DECK_SIZES.chrome,
        valAxisLabelFontFace: family,
        showValue: true,
        dataLabelFontSize: DECK_SIZES.chrome,
        dataLabelFormatCode: '0"%"',
        dataLabelColor: INK,
        showLegend: false,
        valGridLine: { color: "D9E1DE", size: 0.5 },
      },
    );
    footer(slide, false);
  }

  // Next steps, each with its state against the report's date.
  flow(
    L.next,
    doc.next.length
      ? doc.next.map((s) => [
          {
            lead: `${s.stateLabel}:`,
            leadColor: STATE_COLOURS[s.state],
            text: s.text,
            size: DECK_SIZES.body,
            bullet: true,
          },
        ])
      : [[{ text: L.nothingNext, size: DECK_SIZES.body }]],
    undefined,
    PARAGRAPH_GAP_PT * 1.5,
  );

  // The since report: what changed, record by record.
  if (doc.changes) {
    flow(
      L.changes,
      doc.changes.length
        ? doc.changes.map((c): Block[] => [
            { text: `${c.record} (${c.kind}) · ${c.date} · ${c.actor}`, size: DECK_SIZES.body, bold: true },
            ...c.lines.map((line) => ({ text: line, size: DECK_SIZES.body, bullet: true })),
            ...(c.note ? [{ lead: `${L.note}:`, text: c.note, size: DECK_SIZES.body, bullet: true }] : []),
          ])
        : [[{ text: L.noChanges, size: DECK_SIZES.body }]],
    );
  }

  // Closing slide
  {
    const slide = pptx.addSlide();
    dark(slide);
    mark(slide, (W - 1.1) / 2, 1.6, 1.1);
    slide.addText(L.closing, {
      ...base,
      objectName: "title",
      align: "center",
      x: 1,
      y: 3.0,
      w: W - 2,
      h: 1.0,
      fontSize: 40,
      lineSpacing: pitch(40),
      bold: true,
      color: "FFFFFF",
    });
    slide.addText([doc.issuer.join(" · "), doc.generatedOn].join("\n"), {
      ...base,
      objectName: "body-closing",
      align: "center",
      x: 1,
      y: 4.3,
      w: W - 2,
      h: 1.4,
      fontSize: DECK_SIZES.body,
      lineSpacing: pitch(DECK_SIZES.body),
      color: GOLD_LIGHT,
      valign: "top",
    });
    footer(slide, true);
  }
}
