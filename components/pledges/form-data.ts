import { integer, nullableText, optionalText, requiredText, text } from "@/lib/forms/decode";
import type { FormValues } from "@/lib/forms/form-values";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import type { PledgeDto, PledgeUpdateDto } from "@/lib/pledges/dto";

// The pledge forms' FormData as the inputs lib/pledges/schema.ts validates, and records as the
// forms' values (the inverse). Nothing is checked here: the schema reports what is missing.

function texts(out: FormValues, name: string, value: LocalizedText | null | undefined) {
  out[`${name}.ar`] = value?.ar ?? "";
  out[`${name}.en`] = value?.en ?? "";
}

export function decodePledge(formData: FormData, memberStateId: string) {
  return {
    memberStateId,
    meetingId: nullableText(formData, "meetingId"),
    title: requiredText(formData, "title"),
    description: optionalText(formData, "description"),
    status: text(formData, "status"),
    progress: integer(formData, "progress", undefined),
  };
}

export function pledgeValues(pledge: PledgeDto | null): FormValues {
  const out: FormValues = {
    meetingId: pledge?.meeting?.id ?? "",
    status: pledge?.status ?? "announced",
    progress: String(pledge?.progress ?? 0),
  };
  texts(out, "title", pledge?.title);
  texts(out, "description", pledge?.description);
  if (pledge) out.version = String(pledge.version);
  return out;
}

export function decodePledgeUpdate(formData: FormData) {
  return {
    reportedOn: text(formData, "reportedOn"),
    progress: integer(formData, "progress", null),
    body: requiredText(formData, "body"),
  };
}

export function pledgeUpdateValues(update: PledgeUpdateDto | null, today: string): FormValues {
  const out: FormValues = {
    reportedOn: update?.reportedOn ?? today,
    progress: update?.progress === null || update?.progress === undefined ? "" : String(update.progress),
  };
  texts(out, "body", update?.body);
  if (update) out.version = String(update.version);
  return out;
}

export function decodeReview(formData: FormData) {
  const note = optionalText(formData, "note");
  return { decision: text(formData, "decision"), ...(note ? { note } : {}) };
}
