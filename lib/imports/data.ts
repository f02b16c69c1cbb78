import "server-only";
import { createHash } from "node:crypto";
import { sequentialUuids } from "@/lib/audit/record";
import type { Tx } from "@/lib/audit/write";
import { assertCan } from "@/lib/auth/permissions";
import { readableActivities, readableDeliverables, readableMeetings, readablePlans } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/dto";
import type { Prisma } from "@/lib/db/generated/client";
import { toLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import type { Cells, SheetId } from "./columns";
import { parseWorkbook, type ParsedWorkbook } from "./parse";
import { keysNamed, planRows, type ImportContext, type ImportPlan } from "./plan";
import { activitySelect, deliverableSelect, meetingSelect, savedCells } from "./saved";
import type { ImportPreview } from "./schema";
import type { Upload } from "./upload";

// Reads of the spreadsheet import: the records a template is filled with, and the dry run's
// loader, which reads every record the file names in a fixed number of queries (keys with `in`),
// whatever the number of rows, and hands them to the pure planner (plan.ts). The apply step
// (mutations.ts) runs the same dry run inside its transaction and writes what it found.

export type { ImportPlan, PlannedRow } from "./plan";

/** Only those who may create and update all three kinds of record may import them. */
export function assertCanImport(viewer: Viewer, record?: { isPublic: boolean }): void {
  for (const resource of ["activity", "meeting", "deliverable"] as const) {
    assertCan(viewer, "create", resource, record);
    assertCan(viewer, "update", resource, record);
  }
}

// ---------------------------------------------------------------------------------------------
// The template's records

export interface TemplateData {
  plan: { id: string; key: string; title: LocalizedText };
  pillarKeys: string[];
  rows: Record<SheetId, Cells[]>;
}

/** The plan's records as the template's rows, or null when the viewer cannot read the plan. */
export async function getImportTemplateData(viewer: Viewer, planId: string): Promise<TemplateData | null> {
  assertCanImport(viewer);
  if (!isUuid(planId)) return null;
  const db = getDb();
  const plan = await db.actionPlan.findFirst({
    where: { AND: [{ id: planId }, readablePlans(viewer)] },
    select: {
      id: true,
      key: true,
      title: true,
      isPublic: true,
      pillars: { select: { key: true }, orderBy: [{ position: "asc" }, { key: "asc" }] },
    },
  });
  if (!plan) return null;
  assertCanImport(viewer, { isPublic: plan.isPublic });
  // The plan's meetings and deliverables as its page shows them (lib/plans/data.ts).
  const inPlan = { pillar: { planId } };
  const planMeetings: Prisma.MeetingWhereInput = { OR: [{ planId }, { activities: { some: { activity: inPlan } } }] };
  const [activities, meetings, deliverables] = await Promise.all([
    db.activity.findMany({
      where: { AND: [readableActivities(viewer), inPlan] },
      select: activitySelect,
      orderBy: [{ pillar: { position: "asc" } }, { position: "asc" }, { key: "asc" }],
    }),
    db.meeting.findMany({
      where: { AND: [readableMeetings(viewer), planMeetings] },
      select: meetingSelect,
      orderBy: [{ startDate: "asc" }, { key: "asc" }],
    }),
    db.deliverable.findMany({
      where: { AND: [readableDeliverables(viewer), { OR: [{ activity: inPlan }, { meeting: planMeetings }] }] },
      select: deliverableSelect,
      orderBy: { key: "asc" },
    }),
  ]);
  return {
    plan: { id: plan.id, key: plan.key, title: toLocalizedText(plan.title) },
    pillarKeys: plan.pillars.map((p) => p.key),
    rows: {
      activities: activities.map((r) => savedCells("activities", r)),
      meetings: meetings.map((r) => savedCells("meetings", r)),
      deliverables: deliverables.map((r) => savedCells("deliverables", r)),
    },
  };
}

/**
 * The plan and the saved records a workbook names, read through `db` (the client, or the apply
 * step's transaction) in the viewer's scope. Null when the viewer cannot read the plan.
 */
async function loadImportContext(
  db: Tx,
  viewer: Viewer,
  planId: string,
  parsed: ParsedWorkbook,
): Promise<ImportContext | null> {
  if (!isUuid(planId)) return null;
  const plan = await db.actionPlan.findFirst({
    where: { AND: [{ id: planId }, readablePlans(viewer)] },
    select: { id: true, isPublic: true, pillars: { select: { id: true, key: true } } },
  });
  if (!plan) return null;
  assertCanImport(viewer, { isPublic: plan.isPublic });
  const keys = keysNamed(parsed);
  // One query at a time: inside the apply step's transaction this is one connection.
  const activities = keys.activities.length
    ? await db.activity.findMany({
        where: { AND: [{ key: { in: keys.activities } }, readableActivities(viewer)] },
        select: activitySelect,
      })
    : [];
  const meetings = keys.meetings.length
    ? await db.meeting.findMany({
        where: { AND: [{ key: { in: keys.meetings } }, readableMeetings(viewer)] },
        select: meetingSelect,
      })
    : [];
  const deliverables = keys.deliverables.length
    ? await db.deliverable.findMany({
        where: { AND: [{ key: { in: keys.deliverables } }, readableDeliverables(viewer)] },
        select: deliverableSelect,
      })
    : [];
  return { plan, saved: { activities, meetings, deliverables } };
}

/** The dry run: the loader, then the planner. Null when the viewer cannot read the plan. */
export async function planImport(
  db: Tx,
  viewer: Viewer,
  planId: string,
  parsed: ParsedWorkbook,
  options: { fileHash: string; locale: Locale },
): Promise<ImportPlan | null> {
  const context = await loadImportContext(db, viewer, planId, parsed);
  return context && planRows(parsed, context, { ...options, newIds: sequentialUuids });
}

export function hashFile(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The dry run of an upload: what each row would create or change, and every error, without
 * writing. The upload is read once the viewer's role is known to allow importing. Null when the
 * viewer cannot read the plan; throws ImportFileError for a file that is not a readable workbook.
 */
export async function previewImport(
  viewer: Viewer,
  planId: string,
  upload: () => Promise<Upload>,
  locale: Locale,
): Promise<ImportPreview | null> {
  assertCanImport(viewer);
  const { bytes } = await upload();
  const parsed = await parseWorkbook(bytes);
  const result = await planImport(getDb(), viewer, planId, parsed, { fileHash: hashFile(bytes), locale });
  return result?.preview ?? null;
}
