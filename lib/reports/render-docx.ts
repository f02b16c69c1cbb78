import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { ACTIVITY_STATUSES, type ReportDoc } from "./model";

// An editable Word document (Word and LibreOffice): real headings, paragraphs and one summary
// table, no text boxes. Arabic paragraphs are `bidirectional` (w:bidi) and their runs
// right-to-left (w:rtl) with Arabic as the complex-script language, so Word lays them out and
// shapes them as Arabic; each language is its own section.

const ARABIC_FONT = "Amiri";
const LATIN_FONT = "Noto Serif";

export async function renderDocx(docs: ReportDoc[], onWriting?: () => void): Promise<Buffer> {
  const document = new Document({
    creator: "Mutabaa",
    title: docs[0]?.title ?? "",
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
    options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; center?: boolean; bullet?: boolean } = {},
  ) =>
    new Paragraph({
      bidirectional: rtl,
      heading: options.heading,
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
    para([run(doc.title, { bold: true, size: 40, color: "0F3D3E" })], { heading: HeadingLevel.TITLE, center: true }),
    para(doc.process, { center: true }),
    para(doc.period, { center: true }),
    para(doc.planStatus, { center: true }),
    ...(doc.adoption ? [para(doc.adoption, { center: true })] : []),
    ...(doc.since ? [para([run(doc.since, { bold: true })], { center: true })] : []),
    para([run(doc.generatedOn, { color: "555555" })], { center: true }),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const cell = (text: string, bold = false) => new TableCell({ children: [para([run(text, { bold, size: 18 })])] });
  const border = { style: BorderStyle.SINGLE, size: 4, color: "BBBBBB" };
  const summaryTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: rtl,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [L.pillar, L.activities, ...ACTIVITY_STATUSES.map((s) => doc.statusLabels[s]), L.averageProgress].map(
          (h) => cell(h, true),
        ),
      }),
      ...[...doc.summary, doc.totals].map(
        (r, i, all) =>
          new TableRow({
            children: [
              r.pillar,
              String(r.total),
              ...ACTIVITY_STATUSES.map((s) => String(r.counts[s])),
              `${r.averageProgress}%`,
            ].map((v) => cell(v, i === all.length - 1)),
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
    body.push(para([run(p.heading, { color: "9A7B2F" })]), para(p.title, { heading: HeadingLevel.HEADING_1 }));
    if (p.description) body.push(para(p.description));
    if (p.activities.length === 0) body.push(para(L.noActivities));
    for (const a of p.activities) {
      body.push(para(a.title, { heading: HeadingLevel.HEADING_3 }));
      body.push(
        para([
          run(`${L.status}: ${a.status} · ${L.progress}: ${a.progress}% · ${L.dates}: ${a.dates || "—"}`, {
            size: 18,
            color: "555555",
          }),
        ]),
      );
      if (a.outcome) body.push(para(a.outcome));
    }
  }
  body.push(para(L.meetings, { heading: HeadingLevel.HEADING_1 }));
  if (doc.meetings.length === 0) body.push(para(L.noMeetings));
  for (const m of doc.meetings) {
    body.push(para(m.title, { heading: HeadingLevel.HEADING_3 }));
    body.push(
      para([run([m.kind, m.status, m.dates, m.place].filter(Boolean).join(" · "), { size: 18, color: "555555" })]),
    );
    if (m.outcome) body.push(para(m.outcome));
    if (m.states) body.push(para([run(`${L.states}: `, { bold: true }), run(m.states)]));
    if (m.organizations) body.push(para([run(`${L.organizations}: `, { bold: true }), run(m.organizations)]));
  }
  body.push(para(L.deliverables, { heading: HeadingLevel.HEADING_1 }));
  if (doc.deliverables.length === 0) body.push(para(L.noDeliverables));
  for (const d of doc.deliverables) {
    body.push(para(d.title, { heading: HeadingLevel.HEADING_3 }));
    body.push(
      para([
        run([d.type, d.producedAt && `${L.producedAt}: ${d.producedAt}`].filter(Boolean).join(" · "), {
          size: 18,
          color: "555555",
        }),
      ]),
    );
    body.push(para(d.history));
  }
  body.push(para(L.next, { heading: HeadingLevel.HEADING_1 }));
  if (doc.next.length === 0) body.push(para(L.nothingNext));
  for (const step of doc.next)
    body.push(para([run(`${step.stateLabel}: `, { bold: true }), run(step.text)], { bullet: true }));

  return {
    properties: { page: { size: { width: 11906, height: 16838 } } }, // A4 in twentieths of a point
    children: [...cover, ...body],
  };
}
