import { createTranslator } from "next-intl";
import { z } from "zod";
import { weightedProgress } from "@/lib/dashboard/progress";
import type { ActivityStatus } from "@/lib/db/generated/enums";
import { formatDateRange, formatPartialDate, listSeparator } from "@/lib/i18n/format";
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
  outcome: string;
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
  outcome: string;
  states: string;
  organizations: string;
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
  next: string[];
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
  const messages = catalogues[lang];
  const t = createTranslator({ locale: lang, messages, namespace: "report" });
  const tAll = createTranslator({ locale: lang, messages });
  const text = (value: LocalizedText | null | undefined) => (value ? pickText(value, lang).text : "");
  const list = (values: LocalizedText[]) => new Intl.ListFormat(lang, { type: "conjunction" }).format(values.map(text));
  const languageNames = new Intl.DisplayNames([lang], { type: "language" });
  const date = (iso: string | null, precision: "day" | "month" | "year" = "day") =>
    iso ? formatPartialDate(iso, precision, lang) : "";
  const now = options.now ?? new Date();

  const activityEntry = (a: ReportActivity): ActivityEntry => {
    const start = a.actualStart ?? a.plannedStart;
    const end = a.actualStart ? a.actualEnd : a.plannedEnd;
    return {
      key: a.key,
      title: text(a.title),
      status: tAll(`activityStatus.${a.status}`),
      statusCode: a.status,
      progress: a.progress,
      dates: start ? formatDateRange(start, end, a.datePrecision, lang) : "",
      start,
      end,
      outcome: text(a.outcome),
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

  const next: string[] = [];
  for (const m of all.meetings) {
    if (m.status === "planned")
      next.push(
        t("nextMeeting", {
          meeting: text(m.title),
          date: formatDateRange(m.startDate, m.endDate, m.datePrecision, lang),
        }),
      );
  }
  for (const d of all.deliverables) {
    for (const s of d.stages) {
      if (s.completed) continue;
      const stage = t(`stage.${s.stage}`);
      next.push(
        s.date
          ? t("nextStageDated", { deliverable: text(d.title), stage, date: date(s.date, s.datePrecision) })
          : t("nextStage", { deliverable: text(d.title), stage }),
      );
    }
  }
  if (all.nextPlan) {
    const plan = text(all.nextPlan.title);
    const status = tAll(`planStatus.${all.nextPlan.status}`);
    const meeting = all.nextPlan.adoptionMeeting;
    next.push(
      meeting &&
        all.nextPlan.status !== "adopted" &&
        all.nextPlan.status !== "in_implementation" &&
        all.nextPlan.status !== "closed"
        ? t("nextPlanAdoption", {
            plan,
            status,
            meeting: text(meeting.title),
            date: date(meeting.startDate, meeting.datePrecision),
          })
        : t("nextPlan", { plan, status }),
    );
  }

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
      outcome: text(m.outcome),
      states: m.states.length ? list(m.states) : "",
      organizations: m.organizations.length ? list(m.organizations) : "",
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
  };
}
