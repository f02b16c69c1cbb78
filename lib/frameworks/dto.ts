import type { Prisma } from "@/lib/db/generated/client";
import type { Framework } from "@/lib/db/generated/enums";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

/** One objective or target of a global framework, as listed and as a tag on a record. */
export interface FrameworkTargetDto {
  id: string;
  framework: Framework;
  code: string;
  title: LocalizedText;
}

export const frameworkTargetSelect = {
  id: true,
  framework: true,
  code: true,
  title: true,
} satisfies Prisma.FrameworkTargetSelect;

/** Reference order: GCM, GCR, SDG (the enum's order), then the target's position. */
export const frameworkTargetOrder = [
  { framework: "asc" },
  { position: "asc" },
] satisfies Prisma.FrameworkTargetOrderByWithRelationInput[];

export function toFrameworkTarget(
  row: Prisma.FrameworkTargetGetPayload<{ select: typeof frameworkTargetSelect }>,
): FrameworkTargetDto {
  return { id: row.id, framework: row.framework, code: row.code, title: toLocalizedText(row.title) };
}

/** Tags as loaded through a join table (`{ target }` rows), in reference order. */
export const frameworkTagsSelect = {
  select: { target: { select: frameworkTargetSelect } },
  orderBy: frameworkTargetOrder.map((order) => ({ target: order })),
} as const;

export function toFrameworkTags(
  rows: readonly { target: Prisma.FrameworkTargetGetPayload<{ select: typeof frameworkTargetSelect }> }[],
): FrameworkTargetDto[] {
  return rows.map((row) => toFrameworkTarget(row.target));
}
