import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  TableOfContents,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBaseParagraphStyleOptions,
  type ISectionOptions,
} from "docx";
import { ACTIVITY_STATUSES, type ReportDoc } from "./model";
import { longestWord, textWidth, type FontFamily } from "./text-metrics";

// An editable Word document (Word and LibreOffice): real headings, paragraphs and one summary
// table, no text boxes. Arabic paragraphs are `bidirectional` (w:bidi) and their runs
// right-to-left (w:rtl) with Arabic as the complex-script language, so Word lays them out and
// shapes them as Arabic; each language is its own section.

const ARABIC_FONT = "Amiri";
const LATIN_FONT = "Noto Serif";
const BRAND = "0C4D3A";
const GOLD = "7A5C14";
/** A4 width less 2 cm margins each side, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1134;
const TABLE_STYLE_ID = "ReportTable";

// Real styles, so Word's navigation pane and table of contents show the outline (decision 023):
// headings in the secretariat's colour, each kept with the paragraph that follows it.
const heading = (size: number, colour: string): IBaseParagraphStyleOptions => ({
  run: {
    font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: ARABIC_FONT },
    size,
    sizeComplexScript: size,
    bold: true,
    boldComplexScript: true,
    color: colour,
  },
  paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
});
// A table style of its own (thin grey rules, the header row shaded in the brand's tint), given as
// an external style sheet: docx merges its default styles (Normal, headings, TOC) around it.
const TABLE_STYLES =
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:style w:type="table" w:styleId="${TABLE_STYLE_ID}"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="20"/></w:rPr>` +
  `<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="BBBBBB"/><w:left w:val="single" w:sz="4" w:color="BBBBBB"/><w:bottom w:val="single" w:sz="4" w:color="BBBBBB"/><w:right w:val="single" w:sz="4" w:color="BBBBBB"/><w:insideH w:val="single" w:sz="4" w:color="BBBBBB"/><w:insideV w:val="single" w:sz="4" w:color="BBBBBB"/></w:tblBorders>` +
  `<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF3F3"/></w:tcPr></w:tblStylePr></w:style>` +
  `</w:styles>`;

const STYLES = {
  default: {
    document: {
      run: { font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: ARABIC_FONT }, size: 21, sizeComplexScript: 23 },
    },
    title: heading(40, BRAND),
    heading1: heading(30, BRAND),
    heading2: heading(25, BRAND),
    heading3: heading(22, GOLD),
  },
};

export async function renderDocx(docs: ReportDoc[], onWriting?: () => void): Promise<Buffer> {
  const document = new Document({
    creator: "Mutabaa",
    title: docs[0]?.title ?? "",
    styles: STYLES,
    externalStyles: TABLE_STYLES,
    // Word fills the table of contents' page numbers when it opens the file.
    features: { updateFields: true },
    sections: docs.map(section),
  });
  onWriting?.();
  return Packer.toBuffer(document);
}

function section(doc: ReportDoc): ISectionOptions {
  const rtl = doc.dir === "rtl";
  const run = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
    new TextRun({
      text,
      bold: options.bold,
      boldComplexScript: options.bold,
      size: options.size,
      sizeComplexScript: options.size,
      color: options.color,
      rightToLeft: rtl,
      font: rtl ? { cs: ARABIC_FONT, ascii: LATIN_FONT, hAnsi: LATIN_FONT } : LATIN_FONT,
      language: rtl ? { bidirectional: "ar-SA", value: "en-GB" } : { value: "en-GB" },
    });
  const para = (
    children: TextRun[] | string,
    options: {
      heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
      center?: boolean;
      bullet?: boolean;
      keepNext?: boolean;
    } = {},
  ) =>
    new Paragraph({
      bidirectional: rtl,
      heading: options.heading,
      keepNext: options.keepNext,
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.START,
      bullet: options.bullet ? { level: 0 } : undefined,
      spacing: { after: 120 },
      children: typeof children === "string" ? [run(children)] : children,
    });
  const L = doc.labels;

  const cover = [
    para([run(doc.issuer[0] ?? "", { bold: true, size: 28, color: "9A7B2F" })], { center: true }),
    para(doc.issuer[1] ?? "", { center: true }),
    para(doc.issuer[2] ?? "", { center: true }),
    para([run(L.documentTitle, { size: 24, color: "555555" })], { center: true }),
    para([run(doc.title)], { heading: HeadingLevel.TITLE, center: true }),
    para(doc.process, { center: true }),
    para(doc.period, { center: true }),
    para(doc.planStatus, { center: true }),
    ...(doc.adoption ? [para(doc.adoption, { center: true })] : []),
    ...(doc.since ? [para([run(doc.since, { bold: true })], { center: true })] : []),
    para([run(doc.generatedOn, { color: "555555" })], { center: true }),
    new Paragraph({ children: [new PageBreak()] }),
    para([run(L.contents, { bold: true, size: 28, color: BRAND })]),
    new TableOfContents(L.contents, { hyperlink: true, headingStyleRange: "1-1" }),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const header = [L.pillar, L.activities, ...ACTIVITY_STATUSES.map((st) => doc.statusLabels[st]), L.averageProgress];
  const rows = [...doc.summary, doc.totals].map((r) => [
    r.pillar,
    String(r.total),
    ...ACTIVITY_STATUSES.map((st) => String(r.counts[st])),
    `${r.averageProgress}%`,
  ]);
  const widths = columnWidths([header, ...rows], rtl ? "Amiri" : "Noto Serif");
  const cell = (text: string, width: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [para([run(text, { bold, size: 18 })])],
    });
  const summaryTable = new Table({
    style: TABLE_STYLE_ID,
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: rtl,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, widths[i]!, true)) }),
      ...rows.map(
        (cells, r) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((v, i) => cell(v, widths[i]!, r === rows.length - 1)),
          }),
      ),
    ],
  });

  const body: (Paragraph | Table)[] = [
    para(L.summary, { heading: HeadingLevel.HEADING_1 }),
    para(L.summaryIntro),
    summaryTable,
  ];
  for (const p of doc.pillars) {
    // The pillar's number is part of its heading: it can never stay behind at a page's foot.
    body.push(para([run(`${p.heading}: ${p.title}`)], { heading: HeadingLevel.HEADING_1 }));
    if (p.description) body.push(para(p.description));
    if (p.activities.length === 0) body.push(para(L.noActivities));
    for (const a of p.activities) {
      body.push(para(a.title, { heading: HeadingLevel.HEADING_2 }));
      body.push(
        para(
          [
            run(`${L.status}: ${a.status} · ${L.progress}: ${a.progress}% · ${L.dates}: ${a.dates || "—"}`, {
              size: 18,
              color: "555555",
            }),
          ],
          { keepNext: Boolean(a.description || a.outcome) },
        ),
      );
      if (a.description) body.push(para(a.description));
      if (a.outcome) body.push(para([run(`${L.outcome}: `, { bold: true }), run(a.outcome)]));
      if (a.partners) body.push(para([run(`${L.partners}: `, { bold: true }), run(a.partners)]));
    }
  }
  body.push(para(L.meetings, { heading: HeadingLevel.HEADING_1 }));
  if (doc.meetings.length === 0) body.push(para(L.noMeetings));
  for (const m of doc.meetings) {
    body.push(para(m.title, { heading: HeadingLevel.HEADING_2 }));
    body.push(
      para([run([m.kind, m.status, m.dates, m.place].filter(Boolean).join(" · "), { size: 18, color: "555555" })], {
        keepNext: true,
      }),
    );
    if (m.objectives) body.push(para([run(`${L.objectives}: `, { bold: true }), run(m.objectives)]));
    if (m.agenda.length) {
      body.push(para(L.agenda, { heading: HeadingLevel.HEADING_3 }));
      for (const item of m.agenda)
        body.push(
          para(
            [
              run(item.title),
              ...(item.description ? [run(` — ${item.description}`)] : []),
              ...(item.presenters ? [run(` (${item.presenters})`, { color: "555555" })] : []),
            ],
            { bullet: true },
          ),
        );
    }
    if (m.outcome) body.push(para([run(`${L.outcome}: `, { bold: true }), run(m.outcome)]));
    if (m.states) body.push(para([run(`${L.states}: `, { bold: true }), run(m.states)]));
    if (m.presentingStates) body.push(para([run(`${L.presentingStates}: `, { bold: true }), run(m.presentingStates)]));
    if (m.organizations) body.push(para([run(`${L.organizations}: `, { bold: true }), run(m.organizations)]));
  }
  body.push(para(L.deliverables, { heading: HeadingLevel.HEADING_1 }));
  if (doc.deliverables.length === 0) body.push(para(L.noDeliverables));
  for (const d of doc.deliverables) {
    body.push(para(d.title, { heading: HeadingLevel.HEADING_2 }));
    body.push(
      para(
        [
          run([d.type, d.producedAt && `${L.producedAt}: ${d.producedAt}`].filter(Boolean).join(" · "), {
            size: 18,
            color: "555555",
          }),
        ],
        { keepNext: true },
      ),
    );
    body.push(para(d.history));
  }
  if (doc.changes) {
    body.push(para(L.changes, { heading: HeadingLevel.HEADING_1 }));
    if (doc.changes.length === 0) body.push(para(L.noChanges));
    for (const c of doc.changes) {
      body.push(para(c.record, { heading: HeadingLevel.HEADING_3 }));
      body.push(para([run([c.kind, c.date, c.actor].join(" · "), { size: 18, color: "555555" })], { keepNext: true }));
      for (const line of c.lines) body.push(para(line, { bullet: true }));
      if (c.note) body.push(para([run(`${L.note}: `, { bold: true }), run(c.note)]));
    }
  } else if (doc.since) {
    body.push(para(L.changes, { heading: HeadingLevel.HEADING_1 }));
    body.push(para(L.changesHidden));
  }
  body.push(para(L.next, { heading: HeadingLevel.HEADING_1 }));
  if (doc.next.length === 0) body.push(para(L.nothingNext));
  for (const step of doc.next)
    body.push(para([run(`${step.stateLabel}: `, { bold: true }), run(step.text)], { bullet: true }));

  const small = (text: string) => run(text, { size: 16, color: "555555" });
  return {
    properties: {
      page: {
        size: { width: 11906, height: 16838 }, // A4 in twentieths of a point
        margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
      },
      titlePage: true, // no header or footer on the cover
    },
    headers: { default: new Header({ children: [para([small(`${doc.issuer[0]} · ${doc.issuer[2]}`)])] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            bidirectional: rtl,
            alignment: AlignmentType.CENTER,
            children: [
              small(`${doc.title} — `),
              new TextRun({ children: [PageNumber.CURRENT], size: 16, color: "555555" }),
            ],
          }),
        ],
      }),
    },
    children: [...cover, ...body],
  };
}

/**
 * Column widths (twips) fitted to their content with the real font: every column gets room for
 * its longest word (no word broken, headers included) and the first, text column takes what
 * is left, so pillar names wrap by phrase, not a word per line.
 */
function columnWidths(rows: string[][], family: FontFamily): number[] {
  const padding = 2 * 80 + 60;
  const size = 9;
  const count = rows[0]?.length ?? 0;
  const need = Array.from(
    { length: count },
    (_, i) =>
      Math.ceil(Math.max(...rows.map((r, j) => longestWord(r[i] ?? "", { family, size, bold: j === 0 }))) * 20) +
      padding,
  );
  const natural = Math.ceil(Math.max(...rows.map((r) => textWidth(r[0] ?? "", { family, size }))) * 20) + padding;
  const others = need.slice(1).reduce((a, b) => a + b, 0);
  const first = Math.max(need[0] ?? 0, Math.min(natural, TEXT_WIDTH_TWIPS - others));
  const total = first + others;
  // Spare width, if any, is shared out in proportion; too little shrinks the numeric columns last.
  const scale = TEXT_WIDTH_TWIPS / total;
  return [first, ...need.slice(1)].map((w) => Math.floor(w * scale));
}
