import type { FormValues } from "@/lib/forms/form-values";
import type { ActivityDetail } from "@/lib/activities/data";
import type { DeliverableDetail } from "@/lib/deliverables/data";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import type { MeetingDetail } from "@/lib/meetings/data";
import type { PillarDto } from "@/lib/pillars/data";
import type { PlanDetail } from "@/lib/plans/data";
import { partyValue } from "@/lib/forms/decode";

// A record's current values as an editing form's FormValues (input name → string), the inverse
// of decode.ts. New records start from the defaults below.

function text(out: FormValues, name: string, value: LocalizedText | null | undefined) {
  out[`${name}.ar`] = value?.ar ?? "";
  out[`${name}.en`] = value?.en ?? "";
}

function party(
  p: { kind: "organization"; organization: { id: string } } | { kind: "memberState"; memberState: { code: string } },
): string {
  return p.kind === "memberState"
    ? partyValue({ memberStateId: p.memberState.code })
    : partyValue({ organizationId: p.organization.id });
}

export function planValues(plan: PlanDetail | null): FormValues {
  const year = new Date().getUTCFullYear();
  const out: FormValues = {
    startYear: String(plan?.startYear ?? year),
    endYear: String(plan?.endYear ?? year + 1),
    status: plan?.status ?? "draft",
    isPublic: plan?.isPublic ? "true" : "",
    adoptionMeetingId: plan?.adoptionMeeting?.id ?? "",
    circulatedOn: plan?.circulatedOn ?? "",
    adoptedOn: plan?.adoptedOn ?? "",
    adoptedPrecision: plan?.adoptedPrecision ?? "day",
  };
  text(out, "title", plan?.title);
  text(out, "summary", plan?.summary);
  if (plan) out.version = String(plan.version);
  return out;
}

export function pillarValues(pillar: Pick<PillarDto, "title" | "description" | "version"> | null): FormValues {
  const out: FormValues = {};
  text(out, "title", pillar?.title);
  text(out, "description", pillar?.description);
  if (pillar) out.version = String(pillar.version);
  return out;
}

export function activityValues(activity: ActivityDetail | null, defaults: { pillarId?: string } = {}): FormValues {
  const out: FormValues = {
    pillarId: activity?.pillar.id ?? defaults.pillarId ?? "",
    type: activity?.type ?? "other",
    status: activity?.status ?? "not_started",
    progress: String(activity?.progress ?? 0),
    plannedStart: activity?.plannedStart ?? "",
    plannedEnd: activity?.plannedEnd ?? "",
    actualStart: activity?.actualStart ?? "",
    actualEnd: activity?.actualEnd ?? "",
    datePrecision: activity?.datePrecision ?? "day",
    partnerIds: activity?.partners.map((p) => p.id) ?? [],
    meetingIds: activity?.meetings.map((m) => m.id) ?? [],
    frameworkTargetIds: activity?.frameworkTargets.map((target) => target.id) ?? [],
  };
  text(out, "title", activity?.title);
  text(out, "description", activity?.description);
  text(out, "outcome", activity?.outcome);
  text(out, "leadUnit", activity?.leadUnit);
  if (activity) out.version = String(activity.version);
  return out;
}

export function meetingValues(meeting: MeetingDetail | null, defaults: { planId?: string } = {}): FormValues {
  const out: FormValues = {
    planId: meeting ? (meeting.plan?.id ?? "") : (defaults.planId ?? ""),
    kind: meeting?.kind ?? "arcp_session",
    sessionNumber: meeting?.sessionNumber == null ? "" : String(meeting.sessionNumber),
    series: meeting?.series ?? "",
    status: meeting?.status ?? "planned",
    startDate: meeting?.startDate ?? "",
    endDate: meeting?.endDate ?? "",
    datePrecision: meeting?.datePrecision ?? "day",
    participating: meeting?.participations.map((p) => p.memberState.code) ?? [],
    presented: meeting?.participations.filter((p) => p.presentedEfforts).map((p) => p.memberState.code) ?? [],
    participationRecorded: meeting?.participationRecorded ? "true" : "",
    organizationIds: meeting?.organizations.map((o) => o.id) ?? [],
  };
  for (const name of ["title", "city", "venue", "organizer", "objectives", "outcome"] as const)
    text(out, name, meeting?.[name]);
  for (const p of meeting?.participations ?? []) {
    if (p.note) text(out, `participationNote.${p.memberState.code}`, p.note);
  }
  meeting?.agendaItems.forEach((item, i) => {
    text(out, `agendaItems.${i}.title`, item.title);
    text(out, `agendaItems.${i}.description`, item.description);
    out[`agendaItems.${i}.presenters`] = item.presenters.map(party);
  });
  if (meeting) out.version = String(meeting.version);
  return out;
}

export function deliverableValues(
  deliverable: DeliverableDetail | null,
  defaults: { meetingId?: string; activityId?: string } = {},
): FormValues {
  const out: FormValues = {
    type: deliverable?.type ?? "other",
    meetingId: deliverable ? (deliverable.meeting?.id ?? "") : (defaults.meetingId ?? ""),
    activityId: deliverable ? (deliverable.activity?.id ?? "") : (defaults.activityId ?? ""),
    targetMeetingId: deliverable?.targetMeeting?.id ?? "",
    documentUrl: deliverable?.documentUrl ?? "",
    frameworkTargetIds: deliverable?.frameworkTargets.map((target) => target.id) ?? [],
  };
  text(out, "title", deliverable?.title);
  text(out, "description", deliverable?.description);
  deliverable?.stages.forEach((stage, i) => {
    const prefix = `stages.${i}`;
    out[`${prefix}.stage`] = stage.stage;
    out[`${prefix}.completed`] = stage.completed ? "true" : "";
    out[`${prefix}.date`] = stage.date ?? "";
    out[`${prefix}.datePrecision`] = stage.datePrecision;
    out[`${prefix}.language`] = stage.language ?? "";
    text(out, `${prefix}.note`, stage.note);
    out[`${prefix}.recipients`] = stage.recipients.map((r) => party(r.party));
    for (const r of stage.recipients) {
      if (r.note) text(out, `${prefix}.recipientNote.${party(r.party)}`, r.note);
    }
  });
  if (deliverable) out.version = String(deliverable.version);
  return out;
}
