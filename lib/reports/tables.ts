import { ACTIVITY_STATUSES, type ReportDoc, type SheetId } from "./model";

// The report's entities as flat tables (header row + rows), shared by the XLSX and CSV
// renderers so both carry the same columns. Dates are ISO (sortable, filterable) next to the
// readable range the documents print.

export type Cell = string | number;

export interface Table {
  /** Stable identifier (file and sheet naming); `name` is the localised sheet title. */
  id: SheetId;
  name: string;
  headers: string[];
  rows: Cell[][];
}

export function reportTables(doc: ReportDoc): Table[] {
  const L = doc.labels;
  const sheetNames = doc.sheets;
  return [
    {
      id: "pillars",
      name: sheetNames.pillars,
      headers: ["#", L.pillar, L.activities, ...ACTIVITY_STATUSES.map((s) => doc.statusLabels[s]), L.averageProgress],
      rows: doc.summary.map((r, i) => [
        i + 1,
        r.pillar,
        r.total,
        ...ACTIVITY_STATUSES.map((s) => r.counts[s]),
        r.averageProgress,
      ]),
    },
    {
      id: "activities",
      name: sheetNames.activities,
      headers: [L.key, L.pillar, L.activity, L.status, L.progress, L.start, L.end, L.dates, L.outcome],
      rows: doc.pillars.flatMap((p) =>
        p.activities.map((a) => [
          a.key,
          p.title,
          a.title,
          a.status,
          a.progress,
          a.start ?? "",
          a.end ?? "",
          a.dates,
          a.outcome,
        ]),
      ),
    },
    {
      id: "meetings",
      name: sheetNames.meetings,
      headers: [L.meeting, L.kind, L.status, L.start, L.end, L.dates, L.place, L.states, L.organizations, L.outcome],
      rows: doc.meetings.map((m) => [
        m.title,
        m.kind,
        m.status,
        m.start,
        m.end ?? "",
        m.dates,
        m.place,
        m.states,
        m.organizations,
        m.outcome,
      ]),
    },
    {
      id: "deliverables",
      name: sheetNames.deliverables,
      headers: [L.deliverable, L.type, L.producedAt, L.history],
      rows: doc.deliverables.map((d) => [d.title, d.type, d.producedAt, d.history]),
    },
    {
      id: "stages",
      name: sheetNames.stages,
      headers: [L.deliverable, L.stageColumn, L.completed, L.date, L.dates, L.language, L.recipients, L.note],
      rows: doc.deliverables.flatMap((d) =>
        d.stages.map((s) => [
          s.deliverable,
          s.stage,
          s.completed ? L.yes : L.no,
          s.isoDate ?? "",
          s.date,
          s.language,
          s.recipients,
          s.note,
        ]),
      ),
    },
  ];
}
