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
  guardedWrite,
  transaction,
  writeAudits,
  type AuditInput,
  type AuditedResource,
  type Snapshot,
  type Tx,
} from "@/lib/audit/write";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, parseInput } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { SHEETS, SHEET_FIELDS, type SheetId } from "./columns";
import { assertCanImport, frameworkTargetIds, hashFile, planImport, type PlannedRow, type SavedActivity } from "./data";
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

/** Changes limited to these are a status change on an activity's timeline (as in lib/activities/mutations.ts). */
const STATUS_FIELDS = new Set(["status", "progress"]);

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
      for (const row of rows.filter((r) => r.action === "update")) audits.push(await update(tx, row));
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
    ...writeData(givenFields(r.input, spec), spec),
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

async function update(tx: Tx, row: PlannedRow): Promise<AuditInput> {
  const spec = STORED[row.sheet];
  const saved = row.saved!;
  const before: Snapshot = snapshotOf(saved as unknown as Record<string, unknown>, spec);
  const patch = Object.fromEntries([...row.changedFields].map((field) => [field, row.input[field] ?? null]));
  const changes = diff(before, { ...before, ...givenFields(patch, spec) });
  const data: Record<string, unknown> = { ...writeData(givenFields(patch, spec), spec), version: { increment: 1 } };
  if (row.sheet === "activities" && row.changedFields.has("pillarId")) {
    // Moving to another pillar puts the activity at its end (as lib/activities/mutations.ts does).
    const last = await tx.activity.aggregate({
      where: { pillarId: patch.pillarId as string },
      _max: { position: true },
    });
    data.position = (last._max.position ?? 0) + 1;
    changes.position = { from: (saved as SavedActivity).position, to: data.position as number };
  }
  const where = { id: saved.id, version: saved.version };
  const reload = () => {
    const args = { where: { id: saved.id }, select: { version: true, updatedAt: true } };
    if (row.sheet === "activities") return tx.activity.findUnique(args);
    if (row.sheet === "meetings") return tx.meeting.findUnique(args);
    return tx.deliverable.findUnique(args);
  };
  const resource = RESOURCE[row.sheet];
  await guardedWrite(
    tx,
    resource,
    saved.id,
    () =>
      row.sheet === "activities"
        ? tx.activity.updateMany({ where, data: data as Prisma.ActivityUncheckedUpdateManyInput })
        : row.sheet === "meetings"
          ? tx.meeting.updateMany({ where, data: data as Prisma.MeetingUncheckedUpdateManyInput })
          : tx.deliverable.updateMany({ where, data: data as Prisma.DeliverableUncheckedUpdateManyInput }),
    reload,
  );
  if (row.changedFields.has("frameworkTargetIds")) {
    const targetIds = idSet(row.input.frameworkTargetIds as string[]);
    await writeFrameworks(tx, row.sheet, [{ id: saved.id, targetIds }], { replace: true });
    changes.frameworkTargetIds = { from: idSet(frameworkTargetIds(saved)), to: targetIds };
  }
  const statusOnly = row.sheet === "activities" && Object.keys(changes).every((f) => STATUS_FIELDS.has(f));
  return { action: statusOnly ? "status_change" : "update", resource, entityId: saved.id, changes };
}
