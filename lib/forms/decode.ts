// Turning an editing form's FormData into the input objects the shared zod schemas
// (lib/<feature>/schema.ts) validate. Nothing is checked here: an empty required field is left
// out, so the schema reports it as `required` at the very path of its input, and the form shows
// the message beside it. Pure functions, shared by the server actions and the unit tests.

type Data = Pick<FormData, "get" | "getAll">;

function raw(formData: Data, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** Trimmed text, or undefined when empty. */
export function text(formData: Data, name: string): string | undefined {
  return raw(formData, name) || undefined;
}

/** Trimmed text, or null when empty (a cleared optional value). */
export function nullableText(formData: Data, name: string): string | null {
  return raw(formData, name) || null;
}

/** `{ ar, en }` from `name.ar` / `name.en`, leaving out empty languages (undefined when both are). */
function localized(formData: Data, name: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const lang of ["ar", "en"]) {
    const value = raw(formData, `${name}.${lang}`);
    if (value) out[lang] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Required bilingual text: `{}` when empty, so the schema reports `name.ar` as required. */
export function requiredText(formData: Data, name: string): Record<string, string> {
  return localized(formData, name) ?? {};
}

/** Optional bilingual text: null when both languages are empty (clears it). */
export function optionalText(formData: Data, name: string): Record<string, string> | null {
  return localized(formData, name) ?? null;
}

/**
 * A whole number. Empty gives `empty` (undefined where the field is required, null where empty
 * clears it); anything else not a number is passed on as typed, for the schema to refuse.
 */
export function integer(formData: Data, name: string, empty: null | undefined): number | string | null | undefined {
  const value = raw(formData, name);
  if (value === "") return empty;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

export function checkbox(formData: Data, name: string): boolean {
  return raw(formData, name) === "true";
}

/** Every ticked value of a checkbox group, without duplicates. */
export function list(formData: Data, name: string): string[] {
  const values = formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  return [...new Set(values)];
}

/**
 * A checkbox list the form may not show (the framework tags): undefined, leaving the record's
 * list as it is, unless the form carries the group's empty marker input (`name` with value "").
 */
export function optionalList(formData: Data & Pick<FormData, "has">, name: string): string[] | undefined {
  return formData.has(name) ? list(formData, name) : undefined;
}

/** Row indexes of a repeated group (`agendaItems.0.title.ar` …) in the submitted data. */
export function rows(formData: FormData, group: string): number[] {
  const found = new Set<number>();
  for (const name of formData.keys()) {
    if (!name.startsWith(`${group}.`)) continue;
    const index = Number(name.slice(group.length + 1).split(".")[0]);
    if (Number.isInteger(index) && index >= 0) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

/** A presenter or recipient as a form value: `state:EG` or `org:<uuid>`. */
export function partyValue(party: { memberStateId?: string | null; organizationId?: string | null }): string {
  return party.memberStateId ? `state:${party.memberStateId}` : `org:${party.organizationId ?? ""}`;
}

export function partyInput(value: string): { memberStateId?: string; organizationId?: string } {
  if (value.startsWith("state:")) return { memberStateId: value.slice(6) };
  if (value.startsWith("org:")) return { organizationId: value.slice(4) };
  return {};
}

// ---- One decoder per form -------------------------------------------------------------------

export function decodePlan(formData: FormData) {
  return {
    startYear: integer(formData, "startYear", undefined),
    endYear: integer(formData, "endYear", undefined),
    title: requiredText(formData, "title"),
    summary: optionalText(formData, "summary"),
    status: text(formData, "status"),
    isPublic: checkbox(formData, "isPublic"),
    adoptionMeetingId: nullableText(formData, "adoptionMeetingId"),
    circulatedOn: nullableText(formData, "circulatedOn"),
    adoptedOn: nullableText(formData, "adoptedOn"),
    adoptedPrecision: text(formData, "adoptedPrecision"),
  };
}

export function decodePillar(formData: FormData) {
  return {
    title: requiredText(formData, "title"),
    description: optionalText(formData, "description"),
  };
}

export function decodeActivity(formData: FormData) {
  return {
    pillarId: text(formData, "pillarId"),
    title: requiredText(formData, "title"),
    description: optionalText(formData, "description"),
    outcome: optionalText(formData, "outcome"),
    leadUnit: optionalText(formData, "leadUnit"),
    type: text(formData, "type"),
    status: text(formData, "status"),
    progress: integer(formData, "progress", undefined),
    plannedStart: nullableText(formData, "plannedStart"),
    plannedEnd: nullableText(formData, "plannedEnd"),
    actualStart: nullableText(formData, "actualStart"),
    actualEnd: nullableText(formData, "actualEnd"),
    datePrecision: text(formData, "datePrecision"),
    partnerIds: list(formData, "partnerIds"),
    meetingIds: list(formData, "meetingIds"),
    frameworkTargetIds: optionalList(formData, "frameworkTargetIds"),
  };
}

export function decodeMeeting(formData: FormData) {
  const took = list(formData, "participating");
  const presented = new Set(list(formData, "presented"));
  // A state that presented its efforts took part, whether or not its first box was ticked.
  const states = [...new Set([...took, ...presented])].sort();
  return {
    planId: nullableText(formData, "planId"),
    kind: text(formData, "kind"),
    sessionNumber: integer(formData, "sessionNumber", null),
    series: nullableText(formData, "series"),
    title: requiredText(formData, "title"),
    status: text(formData, "status"),
    startDate: text(formData, "startDate"),
    endDate: nullableText(formData, "endDate"),
    datePrecision: text(formData, "datePrecision"),
    city: optionalText(formData, "city"),
    venue: optionalText(formData, "venue"),
    organizer: optionalText(formData, "organizer"),
    objectives: optionalText(formData, "objectives"),
    outcome: optionalText(formData, "outcome"),
    // Ticking a state records the participation: the states left unticked did not take part.
    participationRecorded: checkbox(formData, "participationRecorded") || states.length > 0,
    participations: states.map((memberStateId) => {
      const note = optionalText(formData, `participationNote.${memberStateId}`);
      return { memberStateId, presentedEfforts: presented.has(memberStateId), ...(note ? { note } : {}) };
    }),
    organizationIds: list(formData, "organizationIds"),
    agendaItems: rows(formData, "agendaItems").map((i) => {
      const description = optionalText(formData, `agendaItems.${i}.description`);
      return {
        title: requiredText(formData, `agendaItems.${i}.title`),
        ...(description ? { description } : {}),
        presenters: list(formData, `agendaItems.${i}.presenters`).map(partyInput),
      };
    }),
  };
}

export function decodeDeliverable(formData: FormData) {
  return {
    type: text(formData, "type"),
    title: requiredText(formData, "title"),
    description: optionalText(formData, "description"),
    meetingId: nullableText(formData, "meetingId"),
    activityId: nullableText(formData, "activityId"),
    targetMeetingId: nullableText(formData, "targetMeetingId"),
    documentUrl: nullableText(formData, "documentUrl"),
    frameworkTargetIds: optionalList(formData, "frameworkTargetIds"),
    stages: rows(formData, "stages").map((i) => {
      const prefix = `stages.${i}`;
      const note = optionalText(formData, `${prefix}.note`);
      return {
        stage: text(formData, `${prefix}.stage`),
        completed: checkbox(formData, `${prefix}.completed`),
        date: nullableText(formData, `${prefix}.date`),
        datePrecision: text(formData, `${prefix}.datePrecision`),
        language: nullableText(formData, `${prefix}.language`),
        ...(note ? { note } : {}),
        recipients: list(formData, `${prefix}.recipients`).map((value) => {
          const recipientNote = optionalText(formData, `${prefix}.recipientNote.${value}`);
          return { ...partyInput(value), ...(recipientNote ? { note: recipientNote } : {}) };
        }),
      };
    }),
  };
}

/** The `version` a form carries (NaN when missing, which the schema refuses). */
export function version(formData: FormData): number {
  return Number(raw(formData, "version"));
}
