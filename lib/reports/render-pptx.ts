import PptxGenJS from "pptxgenjs";
import { ACTIVITY_STATUSES, type ActivityEntry, type ReportDoc } from "./model";

// A deck like the secretariat's own review: a title slide, a summary table, slides per pillar
// with its activities (long pillars continue on further slides), meetings, documents with what
// was done with them, and what comes next.
// Arabic text boxes are right-to-left (a:pPr rtl="1") and right-aligned.

const BRAND = "0F3D3E";
const GOLD = "9A7B2F";
const MUTED = "555555";
const ACTIVITIES_PER_SLIDE = 5;

export async function renderPptx(docs: ReportDoc[], onWriting?: () => void): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE"; // 13.33 × 7.5 in
  pptx.title = docs[0]?.title ?? "";
  pptx.company = docs[0]?.issuer[0] ?? "";
  for (const doc of docs) addSlides(pptx, doc);
  onWriting?.();
  const out = await pptx.write({ outputType: "nodebuffer" });
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

function addSlides(pptx: PptxGenJS, doc: ReportDoc): void {
  const rtl = doc.dir === "rtl";
  const font = rtl ? "Amiri" : "Noto Serif";
  const base = {
    rtlMode: rtl,
    align: rtl ? ("right" as const) : ("left" as const),
    fontFace: font,
    lang: rtl ? "ar-SA" : "en-GB",
  };
  const L = doc.labels;

  const title = pptx.addSlide();
  title.addText(doc.issuer.join("\n"), {
    ...base,
    align: "center",
    x: 0.5,
    y: 0.4,
    w: 12.33,
    h: 1.3,
    fontSize: 16,
    color: GOLD,
  });
  title.addText(doc.title, {
    ...base,
    align: "center",
    x: 0.8,
    y: 2.2,
    w: 11.73,
    h: 1.8,
    fontSize: 34,
    bold: true,
    color: BRAND,
  });
  title.addText([doc.period, doc.planStatus, doc.since].filter(Boolean).join("\n"), {
    ...base,
    align: "center",
    x: 0.5,
    y: 4.3,
    w: 12.33,
    h: 1.2,
    fontSize: 18,
  });
  title.addText(doc.generatedOn, {
    ...base,
    align: "center",
    x: 0.5,
    y: 6.4,
    w: 12.33,
    h: 0.5,
    fontSize: 12,
    color: MUTED,
  });

  const summary = pptx.addSlide();
  summary.addText(L.summary, { ...base, x: 0.5, y: 0.3, w: 12.33, h: 0.8, fontSize: 28, bold: true, color: BRAND });
  const header = [L.pillar, L.activities, ...ACTIVITY_STATUSES.map((s) => doc.statusLabels[s]), L.averageProgress];
  const rows = [...doc.summary, doc.totals].map((r) => [
    r.pillar,
    String(r.total),
    ...ACTIVITY_STATUSES.map((s) => String(r.counts[s])),
    `${r.averageProgress}%`,
  ]);
  const ordered = <T>(cells: T[]): T[] => (rtl ? [...cells].reverse() : cells); // a table has no direction of its own
  summary.addTable(
    [header, ...rows].map((cells, i) =>
      ordered(cells).map((text) => ({ text, options: { ...base, bold: i === 0 || i === rows.length, fontSize: 11 } })),
    ),
    {
      x: 0.5,
      y: 1.3,
      w: 12.33,
      colW: ordered([4.33, 1, 1, 1, 1, 1, 1, 2]),
      border: { type: "solid", pt: 0.5, color: "BBBBBB" },
      autoPage: false,
    },
  );

  for (const pillar of doc.pillars) {
    const groups: ActivityEntry[][] = [];
    for (let i = 0; i < pillar.activities.length; i += ACTIVITIES_PER_SLIDE)
      groups.push(pillar.activities.slice(i, i + ACTIVITIES_PER_SLIDE));
    if (groups.length === 0) groups.push([]);
    for (const group of groups) {
      const slide = pptx.addSlide();
      slide.addText(pillar.heading, { ...base, x: 0.5, y: 0.2, w: 12.33, h: 0.4, fontSize: 14, color: GOLD });
      slide.addText(pillar.title, {
        ...base,
        x: 0.5,
        y: 0.6,
        w: 12.33,
        h: 1.0,
        fontSize: 24,
        bold: true,
        color: BRAND,
        fit: "shrink",
      });
      const lines = group.length
        ? group.flatMap((a) => [
            { text: a.title, options: { ...base, bullet: true, bold: true, fontSize: 16, breakLine: true } },
            {
              text: `${a.status} · ${a.progress}%${a.dates ? ` · ${a.dates}` : ""}`,
              options: { ...base, fontSize: 12, color: MUTED, breakLine: true },
            },
            ...(a.outcome ? [{ text: a.outcome, options: { ...base, fontSize: 12, breakLine: true } }] : []),
          ])
        : [{ text: L.noActivities, options: { ...base, fontSize: 16 } }];
      slide.addText(lines, { ...base, x: 0.5, y: 1.7, w: 12.33, h: 5.5, valign: "top", fit: "shrink" });
    }
  }

  // Meetings and documents, a few to a slide, the way the source walks through them.
  const listSlides = <T>(
    heading: string,
    items: T[],
    perSlide: number,
    lines: (item: T) => { text: string; options: object }[],
  ) => {
    for (let i = 0; i < items.length; i += perSlide) {
      const slide = pptx.addSlide();
      slide.addText(heading, { ...base, x: 0.5, y: 0.3, w: 12.33, h: 0.8, fontSize: 28, bold: true, color: BRAND });
      slide.addText(items.slice(i, i + perSlide).flatMap(lines), {
        ...base,
        x: 0.5,
        y: 1.3,
        w: 12.33,
        h: 5.9,
        valign: "top",
        fit: "shrink",
      });
    }
  };
  listSlides(doc.labels.meetings, doc.meetings, 3, (m) => [
    { text: m.title, options: { ...base, bullet: true, bold: true, fontSize: 16, breakLine: true } },
    {
      text: [m.kind, m.status, m.dates, m.place].filter(Boolean).join(" · "),
      options: { ...base, fontSize: 12, color: MUTED, breakLine: true },
    },
    ...(m.outcome ? [{ text: m.outcome, options: { ...base, fontSize: 12, breakLine: true } }] : []),
    ...(m.states ? [{ text: `${L.states}: ${m.states}`, options: { ...base, fontSize: 12, breakLine: true } }] : []),
    ...(m.organizations
      ? [{ text: `${L.organizations}: ${m.organizations}`, options: { ...base, fontSize: 12, breakLine: true } }]
      : []),
  ]);
  listSlides(doc.labels.deliverables, doc.deliverables, 4, (d) => [
    { text: d.title, options: { ...base, bullet: true, bold: true, fontSize: 15, breakLine: true } },
    { text: d.history, options: { ...base, fontSize: 12, breakLine: true } },
  ]);

  const next = pptx.addSlide();
  next.addText(L.next, { ...base, x: 0.5, y: 0.3, w: 12.33, h: 0.8, fontSize: 28, bold: true, color: BRAND });
  const items = doc.next.length ? doc.next.map((s) => `${s.stateLabel}: ${s.text}`) : [L.nothingNext];
  next.addText(
    items.map((text) => ({ text, options: { ...base, bullet: doc.next.length > 0, fontSize: 16, breakLine: true } })),
    { ...base, x: 0.5, y: 1.3, w: 12.33, h: 5.8, valign: "top", fit: "shrink" },
  );
}
