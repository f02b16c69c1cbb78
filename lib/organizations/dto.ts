import type { Prisma } from "@/lib/db/generated/client";
import type { OrganizationKind } from "@/lib/db/generated/enums";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

export interface OrganizationDto {
  id: string;
  key: string;
  kind: OrganizationKind;
  name: LocalizedText;
  abbreviation: string | null;
}

export const organizationSelect = {
  id: true,
  key: true,
  kind: true,
  name: true,
  abbreviation: true,
} satisfies Prisma.OrganizationSelect;

export function toOrganization(
  row: Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>,
): OrganizationDto {
  return { ...row, name: toLocalizedText(row.name) };
}
