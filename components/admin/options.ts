import type { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import type { MemberStateDto } from "@/lib/member-states/dto";
import { USER_ROLES } from "@/lib/users/dto";

// Select options for the administrator's forms, built on the server in the page's language.

type AuthT = Awaited<ReturnType<typeof getTranslations<"auth">>>;

export function roleOptions(t: AuthT) {
  return USER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export function memberStateOptions(states: MemberStateDto[], locale: Locale) {
  return states
    .map((s) => ({ value: s.code, label: pickText(s.name, locale).text }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
