import type { Prisma } from "@/lib/db/generated/client";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

export interface MemberStateDto {
  /** ISO 3166-1 alpha-2. */
  code: string;
  alpha3: string;
  name: LocalizedText;
}

export const memberStateSelect = { id: true, alpha3: true, name: true } satisfies Prisma.MemberStateSelect;

export function toMemberState(row: Prisma.MemberStateGetPayload<{ select: typeof memberStateSelect }>): MemberStateDto {
  return { code: row.id, alpha3: row.alpha3, name: toLocalizedText(row.name) };
}

/** A plan as the member-state pages name it. */
export interface PlanRef {
  id: string;
  title: LocalizedText;
  startYear: number;
  endYear: number;
}
