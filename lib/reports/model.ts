import { createTranslator } from "next-intl";
import { z } from "zod";
import { weightedProgress } from "@/lib/dashboard/progress";
import type { ActivityStatus, DeliverableStageKind, MeetingStatus } from "@/lib/db/generated/enums";
import { formatDateRange, formatPartialDate, listSeparator, type DatePrecision } from "@/lib/i18n/format";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import type { ReportActivity, ReportData, ReportDeliverable, ReportMeeting, ReportStage } from "./data";
import { catalogues } from "@/lib/i18n/catalogues";

// The report as plain strings, one document per language, built once and handed to every
// renderer: the renderers only lay out, so the PDF, DOCX, PPTX, XLSX and CSV say the same thing.
// A bilingual report is the Arabic document followed by the English one.

export const REPORT_FORMATS = ["pdf", "docx", "pptx", "xlsx", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_LOCALES = ["ar", "en", "bilingual"] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];

export const ReportQuery = z.object({
  format: z.enum(REPORT_FORMATS).default("pdf"),
  locale: z.enum(REPORT_LOCALES).default("ar"),
  // An empty value (a form's blank date field) means no filter.
  since: z.preprocess((value) => (value === "" ? undefined : value), z.iso.date().optional()),
});

export const ACTIVITY_STATUSES = [
  "completed",
  "in_progress",
  "not_started",
  "postponed",
  "cancelled",
] as const satisfies readonly ActivityStatus[];

export interface SummaryRow {
  pillar: string;
  total: number;
  counts: Record<ActivityStatus, number>;
  averageProgress: number;
}

export interface ActivityEntry {
  key: string;
  title: string;
  status: string;
  statusCode: ActivityStatus;
  progress: number;
  dates: string;
  start: string | null;
  end: string | null;
  description: string;
  outcome: string;
  partners: string;
  /** The documents the activity produced, each with its journey in one sentence. */
  documents: { title: string; history: string }[];
}

export interface PillarSection {
  heading: string;
  title: string;
  description: string;
  activities: ActivityEntry[];
}

export interface MeetingEntry {
  title: string;
  kind: string;
  status: string;
  dates: string;
  start: string;
  end: string | null;
  place: string;
  objectives: string;
  outcome: string;
  states: string;
  presentingStates: string;
  organizations: string;
  agenda: AgendaEntry[];
}

export interface AgendaEntry {
  title: string;
  description: string;
  /** "Presented by IOM and …", or "". */
  presenters: string;
}

/** One line of "what comes next", judged against the report's date. */
export interface NextStep {
  text: string;
  state: NextState;
  /** `state` in words ("Planned", "Overdue", …), for a badge beside the text. */
  stateLabel: string;
}
export type NextState = "planned" | "overdue" | "postponed" | "pending";

/** One record's recorded change, from its audit event (the "since" report). */
export interface ChangeEntry {
  record: string;
  /** "Activity", "Meeting", "Document". */
  kind: string;
  date: string;
  /** The role, and for a focal point the state: "Focal point, Jordan". */
  actor: string;
  /** "Status: In progress → Completed", "Progress: 50% → 100%", "Stages reached: issued". */
  lines: string[];
  note: string;
}

export interface StageEntry {
  deliverable: string;
  stage: string;
  completed: boolean;
  date: string;
  isoDate: string | null;
  language: string;
  recipients: string;
  note: string;
}

export interface DeliverableEntry {
  title: string;
  type: string;
  producedAt: string;
  history: string;
  stages: StageEntry[];
}

export interface ReportDoc {
  lang: Locale;
  dir: "rtl" | "ltr";
  /** Every label the layouts print, from messages/<lang>.json (`report.*` and the enum labels). */
  labels: Record<LabelKey, string>;
  /** Sheet names of the spreadsheet export. */
  sheets: Record<SheetId, string>;
  statusLabels: Record<ActivityStatus, string>;
  title: string;
  process: string;
  issuer: string[];
  period: string;
  planStatus: string;
  adoption: string;
  generatedOn: string;
  since: string;
  summary: SummaryRow[];
  totals: SummaryRow;
  pillars: PillarSection[];
  meetings: MeetingEntry[];
  deliverables: DeliverableEntry[];
  next: NextStep[];
  /** The "since" report's recorded changes, oldest first; null when not a since report or the viewer may not read the trail. */
  changes: ChangeEntry[] | null;
}

export interface BuildOptions {
  locale: ReportLocale;
  /** YYYY-MM-DD: keep only what changed or happened since that day. */
  since?: string;
  /** When the report is made (the cover's date); a parameter so tests and benches are stable. */
  now?: Date;
}

export function docLocales(locale: ReportLocale): Locale[] {
  return locale === "bilingual" ? ["ar", "en"] : [locale];
}

const LABEL_KEYS = [
  "documentTitle",
  "summary",
  "summaryIntro",
  "pillar",
  "activities",
  "averageProgress",
  "total",
  "activity",
  "status",
  "dates",
  "outcome",
  "progress",
  "noActivities",
  "meetings",
  "meeting",
  "kind",
  "place",
  "states",
  "organizations",
  "noMeetings",
  "deliverables",
  "deliverable",
  "type",
  "producedAt",
  "history",
  "noHistory",
  "noDeliverables",
  "next",
  "nothingNext",
  "objectives",
  "agenda",
  "partners",
  "presentingStates",
  "changes",
  "noChanges",
  "changesHidden",
  "contents",
  "progressChart",
  "closing",
  "continued",
  "key",
  "start",
  "end",
  "stageColumn",
  "completed",
  "date",
  "language",
  "recipients",
  "note",
  "yes",
  "no",
  "filename",
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];
export const SHEET_IDS = ["pillars", "activities", "meetings", "deliverables", "stages"] as const;
export type SheetId = (typeof SHEET_IDS)[number];

export function buildReport(data: ReportData, options: BuildOptions): ReportDoc[] {
  const filtered = options.since ? keepChanges(data, options.since) : data;
  return docLocales(options.locale).map((lang) => buildDoc(data, filtered, lang, options));
}

/**
 * The "since" variant: activities, meetings and deliverables with an audit event on or after
 * the day, or whose own dates (actual or planned, meeting dates, stage dates) fall on or after
 * it. Pillars left without activities are dropped; the summary still shows the whole plan.
 */
function keepChanges(data: ReportData, since: string): ReportData {
  const changed = data.changedSince ?? new Set<string>();
  const after = (iso: string | null) => iso !== null && iso >= since;
  const activityChanged = (a: ReportActivity) =>
    changed.has(a.id) || [a.actualStart, a.actualEnd, a.plannedStart, a.plannedEnd].some(after);
  const meetingChanged = (m: ReportMeeting) => changed.has(m.id) || after(m.startDate) || after(m.endDate);
  const deliverableChanged = (d: ReportDeliverable) => changed.has(d.id) || d.stages.some((s) => after(s.date));
  return {
    ...data,
    pillars: data.pillars
      .map((p) => ({ ...p, activities: p.activities.filter(activityChanged) }))
      .filter((p) => p.activities.length > 0),
    meetings: data.meetings.filter(meetingChanged),
    deliverables: data.deliverables.filter(deliverableChanged),
  };
}

function buildDoc(all: ReportData, data: ReportData, lang: Locale, options: BuildOptions): ReportDoc {
  const t = reportTranslator(lang);
  const tAll = translator(lang);
  const text = (value: LocalizedText | null | undefined) => (value ? pickText(value, lang).text : "");
  const list = (values: LocalizedText[]) => new Intl.ListFormat(lang, { type: "conjunction" }).format(values.map(text));
  const languageNames = new Intl.DisplayNames([lang], { type: "language" });
  const date = (iso: string | null, precision: DatePrecision = "day") =>
    iso ? formatPartialDate(iso, precision, lang) : "";
  const now = options.now ?? new Date();

  const activityEntry = (a: ReportActivity): ActivityEntry => {
    const documents = all.deliverables
      .filter((d) => d.activityId === a.id)
      .map((d) => ({ title: text(d.title), history: history(d) }));
    const start = a.actualStart ?? a.plannedStart;
    const end = a.actualStart ? a.actualEnd : a.plannedEnd;
    // A record with only a due date (the 2024 statement: "by 20 June 2024") still has a date to print.
    const shown = start ?? end;
    return {
      key: a.key,
      title: text(a.title),
      status: tAll(`activityStatus.${a.status}`),
      statusCode: a.status,
      progress: a.progress,
      dates: shown ? formatDateRange(shown, start ? end : null, a.datePrecision, lang) : "",
      start,
      end,
      description: text(a.description),
      outcome: text(a.outcome),
      partners: a.partners.length ? list(a.partners) : "",
      documents,
    };
  };

  const summaryRow = (pillar: string, activities: ReportActivity[]): SummaryRow => {
    const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
    for (const a of activities) counts[a.status] += 1;
    // The dashboard's rule (decision 010), so the report and the dashboard agree.
    return { pillar, total: activities.length, counts, averageProgress: weightedProgress(activities) ?? 0 };
  };

  const stagePhrase = (d: ReportDeliverable, s: ReportStage): string => {
    let phrase: string;
    if (s.stage === "translated" && s.language)
      phrase = t("translatedInto", { language: languageNames.of(s.language) ?? s.language });
    else if (s.recipients.length > 0) phrase = t("sentTo", { recipients: list(s.recipients) });
    else if (s.stage === "submitted" && d.targetMeeting)
      phrase = t("submittedTo", { target: text(d.targetMeeting.title) });
    else phrase = t(`stage.${s.stage}`);
    return s.date ? t("onDate", { phrase, date: date(s.date, s.datePrecision) }) : phrase;
  };

  const history = (d: ReportDeliverable): string => {
    const done = d.stages.filter((s) => s.completed);
    if (done.length === 0) return t("noHistory");
    // The source's style: one sentence, the steps in order, separated by commas.
    const joined = done.map((s) => stagePhrase(d, s)).join(listSeparator(lang));
    return `${joined.charAt(0).toLocaleUpperCase(lang)}${joined.slice(1)}.`;
  };

  const next = nextSteps(all, lang, now, { t, tAll, text, date });
  const { plan } = all;
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(k)])) as Record<LabelKey, string>;
  const allActivities = all.pillars.flatMap((p) => p.activities);
  return {
    lang,
    dir: directionOf(lang),
    labels,
    sheets: Object.fromEntries(SHEET_IDS.map((id) => [id, t(`sheets.${id}`)])) as Record<SheetId, string>,
    statusLabels: Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, tAll(`activityStatus.${s}`)])) as Record<
      ActivityStatus,
      string
    >,
    title: text(plan.title),
    process: t("process"),
    issuer: [t("issuerLeague"), t("issuerSecretariat"), t("issuerDepartment")],
    period: t("period", { start: String(plan.startYear), end: String(plan.endYear) }),
    planStatus: t("planStatus", { status: tAll(`planStatus.${plan.status}`) }),
    adoption:
      plan.adoptionMeeting && plan.adoptedOn
        ? t("adoptedAt", {
            meeting: text(plan.adoptionMeeting.title),
            date: date(plan.adoptedOn, plan.adoptedPrecision),
          })
        : "",
    generatedOn: t("generatedOn", { date: formatPartialDate(now.toISOString().slice(0, 10), "day", lang) }),
    since: options.since ? t("since", { date: date(options.since) }) : "",
    summary: all.pillars.map((p) => summaryRow(text(p.title), p.activities)),
    totals: summaryRow(t("total"), allActivities),
    pillars: data.pillars.map((p) => {
      const number = all.pillars.findIndex((q) => q.id === p.id) + 1;
      return {
        heading: t("pillarNumber", { number: String(number) }),
        title: text(p.title),
        description: text(p.description),
        activities: p.activities.map(activityEntry),
      };
    }),
    meetings: data.meetings.map((m) => ({
      title: text(m.title),
      kind: tAll(`meetingKind.${m.kind}`),
      status: tAll(`meetingStatus.${m.status}`),
      dates: formatDateRange(m.startDate, m.endDate, m.datePrecision, lang),
      start: m.startDate,
      end: m.endDate,
      place: text(m.city),
      objectives: text(m.objectives),
      outcome: text(m.outcome),
      states: m.states.length ? list(m.states) : "",
      presentingStates: m.presentingStates.length ? list(m.presentingStates) : "",
      organizations: m.organizations.length ? list(m.organizations) : "",
      agenda: m.agenda.map((item) => ({
        title: text(item.title),
        description: text(item.description),
        presenters: item.presenters.length ? t("presentedBy", { presenters: list(item.presenters) }) : "",
      })),
    })),
    deliverables: data.deliverables.map((d) => ({
      title: text(d.title),
      type: tAll(`deliverableType.${d.type}`),
      producedAt: text(d.meeting?.title),
      history: history(d),
      stages: d.stages.map((s) => ({
        deliverable: text(d.title),
        stage: tAll(`deliverableStage.${s.stage}`),
        completed: s.completed,
        date: s.date ? date(s.date, s.datePrecision) : "",
        isoDate: s.date,
        language: s.language ? (languageNames.of(s.language) ?? s.language) : "",
        recipients: s.recipients.length ? list(s.recipients) : "",
        note: text(s.note),
      })),
    })),
    next,
    changes: options.since && all.changes ? changeEntries(all, lang, { t, tAll, text, date }) : null,
  };
}

const reportTranslator = (lang: Locale) =>
  createTranslator({ locale: lang, messages: catalogues[lang], namespace: "report" });
const translator = (lang: Locale) => createTranslator({ locale: lang, messages: catalogues[lang] });
type Translate = ReturnType<typeof reportTranslator>;
type TranslateAll = ReturnType<typeof translator>;
interface Helpers {
  t: Translate;
  tAll: TranslateAll;
  text: (value: LocalizedText | null | undefined) => string;
  date: (iso: string | null, precision?: DatePrecision) => string;
}

/** The last day a date of this precision covers: "May 2024" lasts until 31 May 2024. */
export function lastDayOf(iso: string, precision: DatePrecision): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  if (precision === "year") return `${y}-12-31`;
  if (precision === "month") return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return iso;
}

/**
 * What comes next, judged against the report's date (decision 023): a dated item still ahead is
 * planned, one whose date has passed without being recorded as done is overdue, and a postponed
 * one says so. Undated pending stages are pending. Nothing is "scheduled" in the past.
 */
function nextSteps(all: ReportData, lang: Locale, now: Date, h: Helpers): NextStep[] {
  const { t, tAll, text, date } = h;
  const today = now.toISOString().slice(0, 10);
  const steps: NextStep[] = [];
  const push = (state: NextState, value: string) =>
    steps.push({ text: value, state, stateLabel: t(`nextState.${state}`) });
  const passed = (iso: string, precision: DatePrecision) => lastDayOf(iso, precision) < today;

  for (const m of all.meetings) {
    if (m.status !== "planned" && m.status !== "postponed") continue;
    const values = {
      meeting: text(m.title),
      date: formatDateRange(m.startDate, m.endDate, m.datePrecision, lang),
    };
    if (m.status === "postponed") push("postponed", t("nextMeetingPostponed", values));
    else if (passed(m.endDate ?? m.startDate, m.datePrecision)) push("overdue", t("nextMeetingOverdue", values));
    else push("planned", t("nextMeeting", values));
  }
  for (const p of all.pillars) {
    for (const a of p.activities) {
      if (a.status === "completed" || a.status === "cancelled" || !a.plannedEnd) continue;
      const values = { activity: text(a.title), date: date(a.plannedEnd, a.datePrecision) };
      if (a.status === "postponed") push("postponed", t("nextActivityPostponed", values));
      else if (passed(a.plannedEnd, a.datePrecision))
        push("overdue", t("nextActivityOverdue", { ...values, progress: String(a.progress) }));
      else push("planned", t("nextActivity", values));
    }
  }
  for (const d of all.deliverables) {
    for (const s of d.stages) {
      if (s.completed) continue;
      const stage = t(`stage.${s.stage}`);
      if (!s.date) push("pending", t("nextStage", { deliverable: text(d.title), stage }));
      else {
        const values = { deliverable: text(d.title), stage, date: date(s.date, s.datePrecision) };
        if (passed(s.date, s.datePrecision)) push("overdue", t("nextStageOverdue", values));
        else push("planned", t("nextStageDated", values));
      }
    }
  }
  if (all.nextPlan) {
    const plan = text(all.nextPlan.title);
    const status = tAll(`planStatus.${all.nextPlan.status}`);
    const meeting = all.nextPlan.adoptionMeeting;
    const settled = ["adopted", "in_implementation", "closed"].includes(all.nextPlan.status);
    if (meeting && !settled) {
      const values = {
        plan,
        status,
        meeting: text(meeting.title),
        date: date(meeting.startDate, meeting.datePrecision),
      };
      if (passed(meeting.startDate, meeting.datePrecision)) push("overdue", t("nextPlanAdoptionOverdue", values));
      else push("planned", t("nextPlanAdoption", values));
    } else push(settled ? "planned" : "pending", t("nextPlan", { plan, status }));
  }
  return steps;
}

const KIND_OF = { Activity: "activity", Meeting: "meeting", Deliverable: "deliverable" } as const;
const DATE_FIELDS = new Set(["plannedStart", "plannedEnd", "actualStart", "actualEnd", "startDate", "endDate"]);

/** Completed stage kinds of a stage list as the audit trail stores it. */
function reachedStages(value: unknown): Set<string> {
  if (!Array.isArray(value)) return new Set();
  return new Set(
    value.flatMap((s) =>
      s && typeof s === "object" && (s as { completed?: unknown }).completed !== false
        ? [String((s as { stage?: unknown }).stage)]
        : [],
    ),
  );
}

/**
 * The since report's "what changed": per audit event on a record in the report, before → after
 * for the fields a reader follows (status, progress, dates, stages reached), the day, the role
 * (and unit) that made it, and the note. Fields without a readable value are named only.
 */
function changeEntries(all: ReportData, lang: Locale, h: Helpers): ChangeEntry[] {
  const { t, tAll, text, date } = h;
  const titles = new Map<string, string>();
  for (const p of all.pillars) for (const a of p.activities) titles.set(a.id, text(a.title));
  for (const m of all.meetings) titles.set(m.id, text(m.title));
  for (const d of all.deliverables) titles.set(d.id, text(d.title));
  const empty = t("emptyValue");

  return (all.changes ?? []).flatMap((event): ChangeEntry[] => {
    const record = titles.get(event.entityId);
    if (record === undefined) return [];
    const kind = KIND_OF[event.entityType];
    const value = (field: string, v: unknown): string => {
      if (v === null || v === undefined || v === "") return empty;
      if (field === "status" && typeof v === "string")
        return kind === "meeting"
          ? tAll(`meetingStatus.${v as MeetingStatus}`)
          : tAll(`activityStatus.${v as ActivityStatus}`);
      if (field === "progress") return `${String(v)}%`;
      if (DATE_FIELDS.has(field) && typeof v === "string") return date(v.slice(0, 10));
      return empty;
    };
    const lines: string[] = [];
    if (event.action === "create") lines.push(t("changeCreated"));
    if (event.action === "delete") lines.push(t("changeDeleted"));
    for (const [field, change] of Object.entries(event.changes)) {
      if (event.action !== "update" && event.action !== "status_change") break;
      const label = tAll.has(`fieldNames.${field}` as "fieldNames.title")
        ? tAll(`fieldNames.${field}` as "fieldNames.title")
        : field;
      if (field === "stages") {
        const before = reachedStages(change.from);
        const added = [...reachedStages(change.to)].filter((s) => !before.has(s));
        lines.push(
          added.length
            ? t("stagesReached", {
                stages: new Intl.ListFormat(lang, { type: "conjunction" }).format(
                  added.map((s) => tAll(`deliverableStage.${s as DeliverableStageKind}`)),
                ),
              })
            : t("fieldChanged", { field: label }),
        );
      } else if (field === "status" || field === "progress" || DATE_FIELDS.has(field))
        lines.push(t("fieldFromTo", { field: label, from: value(field, change.from), to: value(field, change.to) }));
      else lines.push(t("fieldChanged", { field: label }));
    }
    const actor =
      "role" in event.actor
        ? event.actor.state
          ? tAll("auth.roleOfState", { role: tAll(`auth.roles.${event.actor.role}`), state: text(event.actor.state) })
          : tAll(`auth.roles.${event.actor.role}`)
        : t(event.actor.label === "import" ? "actorImport" : "actorSystem");
    const note = event.note ? (event.note[lang] ?? Object.values(event.note)[0] ?? "") : "";
    return [
      {
        record,
        kind: t(`recordKind.${kind}`),
        date: date(event.at.slice(0, 10)),
        actor,
        lines,
        note,
      },
    ];
  });
}
