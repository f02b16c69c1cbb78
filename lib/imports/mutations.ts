import "server-only";
import {
  givenFields,
  idSet,
  snapshotOf,
  writeData,
  type FieldKind,
  type FieldSpec as StoredFields,
} from "@/lib/audit/record";
import {
  diff,
  transaction,
  writeAudits,
  type AuditInput,
  type AuditedResource,
  type Snapshot,
  type Tx,
} from "@/lib/audit/write";
import { withCompletedProgress } from "@/lib/activities/rules";
import { writeActivityUpdate } from "@/lib/activities/mutations";
import { ActivityUpdateInput } from "@/lib/activities/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { writeDeliverableUpdate } from "@/lib/deliverables/mutations";
import { DeliverableUpdateInput } from "@/lib/deliverables/schema";
import { writeMeetingUpdate } from "@/lib/meetings/mutations";
import { MeetingUpdateInput } from "@/lib/meetings/schema";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, parseInput } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { SHEETS, SHEET_FIELDS, type SheetId } from "./columns";
import { assertCanImport, hashFile, planImport, type PlannedRow } from "./data";
import { auditNote } from "./labels";
import { parseWorkbook } from "./parse";
import { ImportApplyFields, type ImportResult } from "./schema";
import type { Upload } from "./upload";

// The write of a spreadsheet import: the dry run again, inside one transaction, then every new
// and changed record with its audit event. Any error in the file, any record changed since the
// preview, or any failure while writing rolls the whole import back.

const RESOURCE: Record<SheetId, AuditedResource> = {
  activities: "activity",
  meetings: "meeting",
  deliverables: "deliverable",
};

/** How each column field is stored (for the shared snapshot and write helpers of lib/audit/record.ts). */
const STORED: Record<SheetId, StoredFields> = Object.fromEntries(
  SHEETS.map((sheet) => [
    sheet,
    Object.fromEntries(
      SHEET_FIELDS[sheet]
        .filter((spec) => spec.kind !== "list")
        .map((spec): [string, FieldKind] => [
          spec.field,
          spec.kind === "localized" ? "json" : spec.kind === "date" ? "date" : "value",
        ]),
    ),
  ]),
) as Record<SheetId, StoredFields>;

export async function applyImport(
  viewer: Viewer,
  planId: string,
  upload: () => Promise<Upload>,
  options: { locale: Locale },
): Promise<ImportResult | null> {
  assertCanImport(viewer);
  const { bytes, fields } = await upload();
  const { fingerprint } = parseInput(ImportApplyFields, fields);
  const parsed = await parseWorkbook(bytes);
  const fileHash = hashFile(bytes);
  return transaction(async (tx) => {
    const plan = await planImport(tx, viewer, planId, parsed, { fileHash, locale: options.locale });
    if (!plan) return null;
    if (plan.preview.errors.length > 0) throw new AppError("validation", { fields: { file: ["invalid"] } });
    if (plan.preview.fingerprint !== fingerprint) throw new AppError("conflict");

    const audits: AuditInput[] = [];
    const note = auditNote();
    // Activities and meetings first: new deliverables may point at them.
    for (const sheet of SHEETS) {
      const rows = plan.rows.filter((r) => r.sheet === sheet);
      audits.push(
        ...(await createAll(
          tx,
          sheet,
          rows.filter((r) => r.action === "create"),
        )),
      );
      for (const row of rows.filter((r) => r.action === "update")) await update(tx, viewer, row, note);
    }
    await writeAudits(
      tx,
      viewer,
      audits.map((a) => ({ ...a, note })),
    );
    return {
      planId: plan.plan.id,
      records: plan.rows
        .filter((r) => r.action !== "unchanged")
        .map((r) => ({ sheet: r.sheet, key: r.key, id: r.id, action: r.action as "create" | "update" })),
    };
  });
}

async function createAll(tx: Tx, sheet: SheetId, rows: PlannedRow[]): Promise<AuditInput[]> {
  if (rows.length === 0) return [];
  const spec = STORED[sheet];
  const data = rows.map((r) => ({
    id: r.id,
    key: r.key,
    // The feature's rules apply to new records as to any other write.
    ...writeData(givenFields(sheet === "activities" ? withCompletedProgress(r.input) : r.input, spec), spec),
    ...(sheet === "meetings" ? { planId: r.input.planId } : {}),
  }));
  let created: { id: string; key: string }[];
  switch (sheet) {
    case "activities": {
      // Each new activity goes after the last one of its pillar, in the order of the sheet.
      const pillarIds = [...new Set(rows.map((r) => r.input.pillarId as string))];
      const last = await tx.activity.groupBy({
        by: ["pillarId"],
        where: { pillarId: { in: pillarIds } },
        _max: { position: true },
      });
      const next = new Map(last.map((l) => [l.pillarId, l._max.position ?? 0]));
      const withPositions = data.map((d, i) => {
        const pillarId = rows[i]!.input.pillarId as string;
        const position = (next.get(pillarId) ?? 0) + 1;
        next.set(pillarId, position);
        return { ...d, position } as Prisma.ActivityCreateManyInput;
      });
      created = await tx.activity.createManyAndReturn({
        data: withPositions,
        select: { id: true, key: true, position: true, ...select(spec) },
      });
      break;
    }
    case "meetings":
      created = await tx.meeting.createManyAndReturn({
        data: data as Prisma.MeetingCreateManyInput[],
        select: { id: true, key: true, ...select(spec) },
      });
      break;
    case "deliverables":
      created = await tx.deliverable.createManyAndReturn({
        data: data as Prisma.DeliverableCreateManyInput[],
        select: { id: true, key: true, ...select(spec) },
      });
      break;
  }
  const tags = new Map(rows.map((r) => [r.id, idSet((r.input.frameworkTargetIds ?? []) as string[])]));
  await writeFrameworks(
    tx,
    sheet,
    [...tags].map(([id, targetIds]) => ({ id, targetIds })),
  );
  return created.map((row) => {
    const { id, ...rest } = row as Record<string, unknown> & { id: string; key: string };
    const after: Snapshot = { key: row.key, ...snapshotOf(rest, spec) };
    if (typeof rest.position === "number") after.position = rest.position;
    if (sheet !== "meetings") after.frameworkTargetIds = tags.get(id) ?? [];
    return { action: "create", resource: RESOURCE[sheet], entityId: id, changes: diff(null, after) };
  });
}

/** Framework tags of new records, or the replacement of a saved record's tags. */
async function writeFrameworks(
  tx: Tx,
  sheet: SheetId,
  records: { id: string; targetIds: string[] }[],
  options: { replace?: boolean } = {},
): Promise<void> {
  const ids = records.map((r) => r.id);
  const pairs = records.flatMap((r) => r.targetIds.map((targetId) => ({ id: r.id, targetId })));
  if (sheet === "activities") {
    if (options.replace) await tx.activityFramework.deleteMany({ where: { activityId: { in: ids } } });
    if (pairs.length)
      await tx.activityFramework.createMany({ data: pairs.map((p) => ({ activityId: p.id, targetId: p.targetId })) });
  } else if (sheet === "deliverables") {
    if (options.replace) await tx.deliverableFramework.deleteMany({ where: { deliverableId: { in: ids } } });
    if (pairs.length)
      await tx.deliverableFramework.createMany({
        data: pairs.map((p) => ({ deliverableId: p.id, targetId: p.targetId })),
      });
  }
}

function select(spec: StoredFields): Record<string, true> {
  return Object.fromEntries(Object.keys(spec).map((field) => [field, true]));
}

/**
 * A changed row, written by its feature's own update (the API's): the same scope, version check,
 * rules, link tables and audit event, with the import's note.
 */
async function update(tx: Tx, viewer: Viewer, row: PlannedRow, note: Record<string, string>): Promise<void> {
  const options = { auditNote: note };
  switch (row.sheet) {
    case "activities":
      return writeActivityUpdate(tx, viewer, row.id, parseInput(ActivityUpdateInput, row.input), options);
    case "meetings":
      return writeMeetingUpdate(tx, viewer, row.id, parseInput(MeetingUpdateInput, row.input), options);
    case "deliverables":
      return writeDeliverableUpdate(tx, viewer, row.id, parseInput(DeliverableUpdateInput, row.input), options);
  }
}
