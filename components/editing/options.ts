import type { Option, OptionGroup } from "@/components/ui/form/fields";
import type { ActivityListItem } from "@/lib/activities/data";
import { formatPartialDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";
import type { MeetingSummary } from "@/lib/meetings/dto";
import type { MemberStateDto } from "@/lib/member-states/dto";
import type { OrganizationDto } from "@/lib/organizations/dto";
import type { PillarDto } from "@/lib/pillars/data";
import type { PlanSummary } from "@/lib/plans/data";
import { partyValue } from "@/lib/forms/decode";
import { DOCUMENT_LANGUAGES } from "./enums";

// Choices of the editing forms' selects and boxes, labelled on the server in the page's
// language. An <option> holds plain text only, so a missing translation is written out: the
// Arabic title isolated (U+2068…U+2069, so it does not reorder the English around it) and the
// "translation missing" label after it.

export function optionText(value: LocalizedText, locale: Locale, missingLabel: string): string {
  const { text, missing } = pickText(value, locale);
  return missing ? `\u2068${text}\u2069 (${missingLabel})` : text;
}

function period(plan: Pick<PlanSummary, "startYear" | "endYear">): string {
  return `${plan.startYear}–${plan.endYear}`;
}

export function planOptions(plans: PlanSummary[], locale: Locale, missing: string): Option[] {
  return plans.map((plan) => ({
    value: plan.id,
    label: `${period(plan)} · ${optionText(plan.title, locale, missing)}`,
  }));
}

/** Pillars under their plan, numbered as on the plan's page. */
export function pillarGroups(
  plans: PlanSummary[],
  pillars: PillarDto[],
  locale: Locale,
  missing: string,
): OptionGroup[] {
  return plans
    .map((plan) => ({
      label: `${period(plan)} · ${optionText(plan.title, locale, missing)}`,
      options: pillars
        .filter((p) => p.planId === plan.id)
        .map((p, i) => ({ value: p.id, label: `${i + 1}. ${optionText(p.title, locale, missing)}` })),
    }))
    .filter((group) => group.options.length > 0);
}

export function meetingOptions(meetings: MeetingSummary[], locale: Locale, missing: string): Option[] {
  return meetings.map((m) => ({
    value: m.id,
    label: `${optionText(m.title, locale, missing)} (${formatPartialDate(m.startDate, m.datePrecision, locale)})`,
  }));
}

/** Activities under their plan. */
export function activityGroups(
  plans: PlanSummary[],
  activities: ActivityListItem[],
  locale: Locale,
  missing: string,
): OptionGroup[] {
  return plans
    .map((plan) => ({
      label: `${period(plan)} · ${optionText(plan.title, locale, missing)}`,
      options: activities
        .filter((a) => a.planId === plan.id)
        .map((a) => ({ value: a.id, label: optionText(a.title, locale, missing) })),
    }))
    .filter((group) => group.options.length > 0);
}

export function memberStateOptions(states: MemberStateDto[], locale: Locale, missing: string) {
  return states
    .map((s) => ({ value: s.code, label: optionText(s.name, locale, missing) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function memberStatePartyOptions(states: MemberStateDto[], locale: Locale, missing: string): Option[] {
  return memberStateOptions(states, locale, missing).map((o) => ({
    ...o,
    value: partyValue({ memberStateId: o.value }),
  }));
}

export function organizationOptions(
  organizations: OrganizationDto[],
  locale: Locale,
  missing: string,
  asParty = false,
): Option[] {
  const seen = new Set<string>();
  return organizations
    .filter((o) => !seen.has(o.id) && seen.add(o.id))
    .map((o) => ({
      value: asParty ? partyValue({ organizationId: o.id }) : o.id,
      label: `${optionText(o.name, locale, missing)}${o.abbreviation ? ` (${o.abbreviation})` : ""}`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function documentLanguageOptions(locale: Locale): Option[] {
  const names = new Intl.DisplayNames([locale], { type: "language" });
  return DOCUMENT_LANGUAGES.map((code) => ({ value: code, label: names.of(code) ?? code }));
}
