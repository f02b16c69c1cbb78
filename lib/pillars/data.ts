import "server-only";
import { readablePillars } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import { toLocalizedText, toOptionalLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

export interface PillarDto {
  id: string;
  key: string;
  planId: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText | null;
  activityCount: number;
  version: number;
}

export const pillarSelect = {
  id: true,
  key: true,
  planId: true,
  position: true,
  title: true,
  description: true,
  version: true,
  _count: { select: { activities: true } },
} satisfies Prisma.PillarSelect;

export function toPillar(row: Prisma.PillarGetPayload<{ select: typeof pillarSelect }>): PillarDto {
  return {
    id: row.id,
    key: row.key,
    planId: row.planId,
    position: row.position,
    title: toLocalizedText(row.title),
    description: toOptionalLocalizedText(row.description),
    activityCount: row._count.activities,
    version: row.version,
  };
}

export const pillarOrder = [{ position: "asc" }, { key: "asc" }] satisfies Prisma.PillarOrderByWithRelationInput[];

/** Pillars the viewer may read, by plan (newest first) then position; `planId` narrows to one plan. */
export async function listPillars(viewer: Viewer, filter: { planId?: string } = {}): Promise<PillarDto[]> {
  if (filter.planId !== undefined && !isUuid(filter.planId)) return [];
  const rows = await getDb().pillar.findMany({
    where: { AND: [readablePillars(viewer), filter.planId ? { planId: filter.planId } : {}] },
    select: pillarSelect,
    orderBy: [{ plan: { startYear: "desc" } }, { planId: "asc" }, ...pillarOrder],
  });
  return rows.map(toPillar);
}

export async function getPillar(viewer: Viewer, pillarId: string): Promise<PillarDto | null> {
  if (!isUuid(pillarId)) return null;
  const row = await getDb().pillar.findFirst({
    where: { AND: [{ id: pillarId }, readablePillars(viewer)] },
    select: pillarSelect,
  });
  return row ? toPillar(row) : null;
}
