import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DateTime } from "@/components/ui/dates";
import { Empty, Section } from "@/components/ui/layout";
import { Localized } from "@/components/ui/localized";
import type { AuditEventDto } from "@/lib/audit/data";
import { formatPartialDate } from "@/lib/i18n/format";
import { directionOf, isLocale } from "@/lib/i18n/locales";
import { LocalizedText } from "@/lib/i18n/localized-text";

// A record's history on its page: its audit events newest first, each with what happened (created,
// edited, status changed), who did it and when, the status note, and for edits each field that
// changed, named in the page's language, from its old value to its new one.

export type TimelineResource = "plan" | "pillar" | "activity" | "meeting" | "deliverable";

type Json = AuditEventDto["changes"][string]["from"];

const DATE_FIELDS = new Set([
  "circulatedOn",
  "adoptedOn",
  "plannedStart",
  "plannedEnd",
  "actualStart",
  "actualEnd",
  "startDate",
  "endDate",
]);

/** References by id: the id says nothing to a reader, so only the fact of the change is shown. */
const REFERENCE_FIELDS = new Set([
  "pillarId",
  "planId",
  "adoptionMeetingId",
  "meetingId",
  "activityId",
  "targetMeetingId",
]);

/** Lists (links, participations, agenda, stages): shown by their size. */
const LIST_FIELDS = new Set([
  "partnerIds",
  "meetingIds",
  "organizationIds",
  "activityIds",
  "participations",
  "agendaItems",
  "stages",
]);

/** Fields shown on the timeline, in this order; anything else (keys, positions) only when alone. */
const FIELD_ORDER = [
  "status",
  "progress",
  "title",
  "summary",
  "description",
  "type",
  "kind",
  "isPublic",
  "startYear",
  "endYear",
  "sessionNumber",
  "series",
  "startDate",
  "endDate",
  "plannedStart",
  "plannedEnd",
  "actualStart",
  "actualEnd",
  "datePrecision",
  "circulatedOn",
  "adoptedOn",
  "adoptedPrecision",
  "adoptionMeetingId",
  "city",
  "venue",
  "organizer",
  "objectives",
  "outcome",
  "leadUnit",
  "documentUrl",
  "pillarId",
  "planId",
  "meetingId",
  "activityId",
  "targetMeetingId",
  "partnerIds",
  "meetingIds",
  "organizationIds",
  "activityIds",
  "participations",
  "agendaItems",
  "stages",
];

export function RecordTimeline({ resource, events }: { resource: TimelineResource; events: AuditEventDto[] }) {
  const t = useTranslations("timeline");
  return (
    <Section id="history" title={t("title")} description={t("intro")}>
      {events.length === 0 ? (
        <Empty>{t("empty")}</Empty>
      ) : (
        <ol className="relative flex flex-col gap-5 border-s-2 border-slate-200 ps-6" data-testid="timeline">
          {events.map((event) => (
            <TimelineEvent key={event.id} resource={resource} event={event} />
          ))}
        </ol>
      )}
    </Section>
  );
}

function TimelineEvent({ resource, event }: { resource: TimelineResource; event: AuditEventDto }) {
  const t = useTranslations("timeline");
  const actor = event.actor.name ?? (event.actor.label === "seed" ? t("seed") : t("system"));
  const fields = Object.keys(event.changes);
  const moved = fields.length === 1 && fields[0] === "position" ? event.changes.position : null;
  const shown =
    event.action === "create" || event.action === "delete" ? [] : FIELD_ORDER.filter((field) => field in event.changes);
  const dot =
    event.action === "status_change"
      ? "bg-amber-500"
      : event.action === "create"
        ? "bg-brand-600"
        : event.action === "delete"
          ? "bg-rose-600"
          : "bg-slate-400";
  return (
    <li className="relative" data-testid="timeline-event">
      <span
        aria-hidden="true"
        className={`absolute -start-[1.95rem] top-1.5 size-3 rounded-full ring-4 ring-stone-50 ${dot}`}
      />
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
        <span className="font-semibold text-slate-900">{t(`action.${event.action}`)}</span>
        <span className="text-sm text-slate-700">
          {t.rich("byActor", { actor, name: (chunks) => <bdi className="font-medium">{chunks}</bdi> })}
        </span>
        <DateTime iso={event.at} className="text-sm text-slate-600" />
      </p>
      {event.note && <Note note={event.note} />}
      {moved && (
        <p className="mt-1 text-sm text-slate-700">
          {t("moved", { from: String(moved.from ?? "?"), to: String(moved.to ?? "?") })}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="mt-2 flex flex-col gap-1.5 text-sm">
          {shown.map((field) => (
            <Change key={field} resource={resource} field={field} change={event.changes[field]!} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Note({ note }: { note: Record<string, string> }) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  const lang = note[locale] !== undefined ? locale : (Object.keys(note)[0] ?? locale);
  const text = note[lang] ?? "";
  return (
    <blockquote
      className="mt-2 rounded-md border-s-4 border-amber-300 bg-amber-50 px-3 py-2 text-sm text-slate-800"
      data-testid="timeline-note"
    >
      <span className="sr-only">{t("note")}: </span>
      <span lang={lang} dir={isLocale(lang) ? directionOf(lang) : "auto"} className="whitespace-pre-line">
        {text}
      </span>
    </blockquote>
  );
}

function Change({
  resource,
  field,
  change,
}: {
  resource: TimelineResource;
  field: string;
  change: { from: Json; to: Json };
}) {
  const t = useTranslations("timeline");
  const names = useTranslations("fieldNames");
  const label = names.has(field as never) ? names(field as never) : field;
  if (REFERENCE_FIELDS.has(field)) {
    return (
      <li>
        <span className="font-medium text-slate-800">{label}</span>: {t("referenceChanged")}
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-baseline gap-x-1.5">
      <span className="font-medium text-slate-800">{label}:</span>
      <span className="sr-only">{t("from")}</span>
      <span className="text-slate-500 line-through decoration-slate-400">
        <Value resource={resource} field={field} value={change.from} />
      </span>
      <Arrow />
      <span className="sr-only">{t("to")}</span>
      <span className="text-slate-900">
        <Value resource={resource} field={field} value={change.to} />
      </span>
    </li>
  );
}

/** Points in the reading direction (drawn for LTR, turned in RTL). */
function Arrow() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0 self-center text-slate-400 rtl:rotate-180">
      <path
        d="M3 8h10M9 4l4 4-4 4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function Value({ resource, field, value }: { resource: TimelineResource; field: string; value: Json }): ReactNode {
  const t = useTranslations();
  const locale = useLocale();
  if (value === null || value === undefined) return <em className="not-italic text-slate-500">{t("timeline.none")}</em>;
  if (LIST_FIELDS.has(field) && Array.isArray(value)) return t("timeline.items", { count: value.length });
  if (typeof value === "boolean") return value ? t("timeline.yes") : t("timeline.no");
  if (typeof value === "number")
    return field === "progress" ? t("common.progress", { value }) : <bdi className="tabular-nums">{String(value)}</bdi>;
  if (typeof value === "string") {
    if (DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatPartialDate(value, "day", locale);
    const label = enumLabel(t, resource, field, value);
    return label ?? <bdi>{value}</bdi>;
  }
  const text = LocalizedText.safeParse(value);
  if (text.success) return <Localized value={text.data} />;
  return t("timeline.changed");
}

type T = ReturnType<typeof useTranslations<never>>;

/** An enum value's label in the namespace its field uses, or null for other strings. */
function enumLabel(t: T, resource: TimelineResource, field: string, value: string): string | null {
  const namespace =
    field === "status"
      ? { plan: "planStatus", activity: "activityStatus", meeting: "meetingStatus", pillar: null, deliverable: null }[
          resource
        ]
      : field === "type"
        ? { activity: "activityType", deliverable: "deliverableType", plan: null, pillar: null, meeting: null }[
            resource
          ]
        : field === "kind"
          ? "meetingKind"
          : field === "datePrecision" || field === "adoptedPrecision"
            ? "datePrecision"
            : null;
  if (!namespace) return null;
  const key = `${namespace}.${value}`;
  return t.has(key as never) ? t(key as never) : null;
}
