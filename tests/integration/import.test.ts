import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import * as importRoute from "@/app/api/v1/plans/[id]/import/route";
import * as templateRoute from "@/app/api/v1/plans/[id]/import-template/route";
import { updateActivity } from "@/lib/activities/mutations";
import { getDb } from "@/lib/db/client";
import { sheetColumns, type SheetId } from "@/lib/imports/columns";
import { ImportPreviewSchema, ImportResultSchema } from "@/lib/imports/schema";
import { createActors, type Actor, type ActorName } from "../support/actors";
import { createPlanFixture } from "../support/fixtures";
import { manyEntries, sharedStringBomb } from "../support/zip-bomb";

// The spreadsheet import through its routes, as a browser or a script calls them. Workbooks are
// read and edited with exceljs, independently of the app's own parser, and the database is read
// back directly.

const db = getDb();
let actors: Record<ActorName, Actor>;

beforeAll(async () => {
  actors = await createActors();
});

const unique = (prefix: string) => `${prefix}-${Math.random().toString(16).slice(2, 10)}`;
const SHEET_NAMES: Record<"ar" | "en", Record<SheetId, string>> = {
  ar: { activities: "الأنشطة", meetings: "الاجتماعات", deliverables: "المخرجات" },
  en: { activities: "Activities", meetings: "Meetings", deliverables: "Deliverables" },
};

async function downloadTemplate(actor: Actor, planId: string, locale: "ar" | "en" = "en"): Promise<Response> {
  return templateRoute.GET(
    new Request(`http://localhost/api/v1/plans/${planId}/import-template?locale=${locale}`, { headers: actor.headers }),
    {
      params: Promise.resolve({ id: planId }),
    },
  );
}

async function templateWorkbook(planId: string, locale: "ar" | "en" = "en"): Promise<ExcelJS.Workbook> {
  const res = await downloadTemplate(actors.secretariat, planId, locale);
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

/** Sets `values` (by column id) on the row of `key`, or on a new row after the last one. */
function setRow(
  workbook: ExcelJS.Workbook,
  sheet: SheetId,
  key: string,
  values: Record<string, string | number | null>,
  locale: "ar" | "en" = "en",
): number {
  const worksheet = workbook.getWorksheet(SHEET_NAMES[locale][sheet])!;
  const columns = worksheet.getRow(1).values as unknown[];
  let rowNumber = 0;
  worksheet.eachRow((row, n) => {
    if (n > 2 && row.getCell(columns.indexOf("key")).value === key) rowNumber = n;
  });
  if (rowNumber === 0) {
    rowNumber = worksheet.actualRowCount + 1;
    worksheet.getCell(rowNumber, columns.indexOf("key")).value = key;
  }
  for (const [column, value] of Object.entries(values))
    worksheet.getCell(rowNumber, columns.indexOf(column)).value = value;
  return rowNumber;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface Answer {
  status: number;
  data?: {
    fingerprint: string;
    canApply: boolean;
    sheets: {
      sheet: SheetId;
      unchanged: number;
      rows: { row: number; key: string; action: string; changes: { column: string; from: unknown; to: unknown }[] }[];
    }[];
    errors: { sheet: string; row: number; column: string; code: string; message: string }[];
    records: { sheet: SheetId; key: string; id: string; action: string }[];
  };
  error?: { code: string; message: string; fields?: Record<string, string[]> };
}

async function upload(
  actor: Actor,
  planId: string,
  bytes: Uint8Array,
  mode: "preview" | "apply",
  fields: Record<string, string> = {},
  locale = "en",
): Promise<Answer> {
  const form = new FormData();
  form.set("file", new Blob([bytes as BlobPart]), "plan.xlsx");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const res = await importRoute.POST(
    new Request(`http://localhost/api/v1/plans/${planId}/import?mode=${mode}&locale=${locale}`, {
      method: "POST",
      headers: actor.headers,
      body: form,
    }),
    { params: Promise.resolve({ id: planId }) },
  );
  return { status: res.status, ...((await res.json()) as object) };
}

async function counts() {
  const [activities, meetings, deliverables, audit] = await Promise.all([
    db.activity.count(),
    db.meeting.count(),
    db.deliverable.count(),
    db.auditEvent.count(),
  ]);
  return { activities, meetings, deliverables, audit };
}

describe("GET /api/v1/plans/{id}/import-template", () => {
  it("is a workbook of the plan's records with machine column ids, drop-downs, and right-to-left sheets in Arabic", async () => {
    const { plan, pillar, activities, meetings, deliverable } = await createPlanFixture({
      isPublic: false,
      activities: 2,
    });
    const res = await downloadTemplate(actors.secretariat, plan.id, "ar");
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toContain(`filename="import-template-${plan.key}-ar.xlsx"`);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(
      `الاستيراد من جدول بيانات - ${plan.key}.xlsx`,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["تعليمات", "visible"],
      ["الأنشطة", "visible"],
      ["الاجتماعات", "visible"],
      ["المخرجات", "visible"],
      ["lists", "hidden"],
    ]);
    const sheet = workbook.getWorksheet("الأنشطة")!;
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: "frozen", ySplit: 2 });
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(sheetColumns("activities"));
    expect(sheet.getRow(2).getCell(1).value).toBe("المعرّف *");
    expect(sheet.autoFilter).toBeTruthy();
    const keys = [3, 4].map((r) => sheet.getRow(r).getCell(1).value).sort();
    expect(keys).toEqual(activities.map((a) => a.key).sort());
    const statusColumn = sheetColumns("activities").indexOf("status") + 1;
    expect(sheet.getRow(3).getCell(statusColumn).value).toBe("قيد التنفيذ");
    const validation = sheet.getCell(3, statusColumn).dataValidation;
    expect(validation).toMatchObject({ type: "list" });
    const [, column, first, last] = /^lists!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(
      validation.formulae![0] as string,
    )!;
    const lists = workbook.getWorksheet("lists")!;
    const options = Array.from(
      { length: Number(last) - Number(first) + 1 },
      (_, i) => lists.getCell(`${column}${Number(first) + i}`).value,
    );
    expect(options).toEqual(["لم يبدأ", "قيد التنفيذ", "منجز", "مؤجل", "ملغى"]);
    const pillarValidation = sheet.getCell(3, sheetColumns("activities").indexOf("pillar_key") + 1).dataValidation;
    expect(pillarValidation.type).toBe("list");

    const meetingKeys = workbook.getWorksheet("الاجتماعات")!.getColumn(1).values.slice(3);
    expect(meetingKeys.sort()).toEqual([meetings.earlier.key, meetings.later.key].sort());
    expect(workbook.getWorksheet("المخرجات")!.getRow(3).getCell(1).value).toBe(deliverable.key);
    expect(workbook.getWorksheet("تعليمات")!.views[0]).toMatchObject({ rightToLeft: true });
    expect(pillar.key).toBeTruthy();

    const english = await templateWorkbook(plan.id, "en");
    expect(english.getWorksheet("Activities")!.views[0]).toMatchObject({ rightToLeft: false });
  });

  it("is refused to those who may not import", async () => {
    const { plan } = await createPlanFixture({ isPublic: true });
    for (const [name, status] of [
      ["anonymous", 401],
      ["observer", 403],
      ["focalEg", 403],
    ] as const) {
      expect((await downloadTemplate(actors[name], plan.id)).status, name).toBe(status);
    }
    expect((await downloadTemplate(actors.admin, "00000000-0000-7000-8000-000000000000")).status).toBe(404);
  });
});

describe("POST /api/v1/plans/{id}/import", () => {
  it("previews exactly the creates and updates of a file, then applies them in one go with versions and audit events", async () => {
    const { plan, pillar, activities, deliverable } = await createPlanFixture({ isPublic: false, activities: 2 });
    const [changed, untouched] = activities;
    const newActivity = unique("act");
    const newDeliverable = unique("del");
    const workbook = await templateWorkbook(plan.id);
    const changedRow = setRow(workbook, "activities", changed!.key, { status: "Completed", progress: 100 });
    const addedRow = setRow(workbook, "activities", newActivity, {
      pillar_key: pillar.key,
      title_ar: "نشاط مضاف",
      title_en: "Added activity",
      status: "not_started",
      planned_start: "2031-02-01",
      frameworks: "sdg-10.7, gcm-23",
    });
    setRow(workbook, "deliverables", newDeliverable, {
      type: "statement",
      title_ar: "بيان",
      activity_key: newActivity,
    });
    const bytes = await bytesOf(workbook);

    const before = await counts();
    const preview = await upload(actors.secretariat, plan.id, bytes, "preview");
    expect(preview.status).toBe(200);
    expect(ImportPreviewSchema.safeParse(preview.data).success).toBe(true);
    expect(preview.data!.errors).toEqual([]);
    expect(preview.data!.canApply).toBe(true);
    const sheet = (id: SheetId) => preview.data!.sheets.find((s) => s.sheet === id)!;
    expect(sheet("activities").rows).toEqual([
      {
        row: changedRow,
        key: changed!.key,
        action: "update",
        id: changed!.id,
        changes: [
          { column: "status", from: "in_progress", to: "completed" },
          { column: "progress", from: 50, to: 100 },
        ],
      },
      expect.objectContaining({ row: addedRow, key: newActivity, action: "create", id: null }),
    ]);
    expect(sheet("activities").rows[1]!.changes).toEqual(
      expect.arrayContaining([
        { column: "title_ar", from: null, to: "نشاط مضاف" },
        { column: "planned_start", from: null, to: "2031-02-01" },
        { column: "frameworks", from: null, to: "gcm-23, sdg-10.7" },
      ]),
    );
    expect(sheet("activities").unchanged).toBe(1);
    expect(sheet("meetings")).toEqual({ sheet: "meetings", rows: [], unchanged: 2 });
    expect(sheet("deliverables").rows.map((r) => [r.key, r.action])).toEqual([[newDeliverable, "create"]]);
    expect(sheet("deliverables").unchanged).toBe(1);
    expect(await counts()).toEqual(before);

    const applied = await upload(actors.secretariat, plan.id, bytes, "apply", {
      fingerprint: preview.data!.fingerprint,
    });
    expect(applied.status).toBe(200);
    expect(ImportResultSchema.safeParse(applied.data).success).toBe(true);
    expect(applied.data!.records.map((r) => [r.sheet, r.key, r.action])).toEqual([
      ["activities", changed!.key, "update"],
      ["activities", newActivity, "create"],
      ["deliverables", newDeliverable, "create"],
    ]);

    const updated = await db.activity.findUniqueOrThrow({ where: { id: changed!.id } });
    expect(updated).toMatchObject({ status: "completed", progress: 100, version: changed!.version + 1 });
    expect(await db.activity.findUniqueOrThrow({ where: { id: untouched!.id } })).toMatchObject({
      version: untouched!.version,
      status: "in_progress",
    });
    const created = await db.activity.findUniqueOrThrow({ where: { key: newActivity } });
    expect(created).toMatchObject({
      pillarId: pillar.id,
      position: 3,
      title: { ar: "نشاط مضاف", en: "Added activity" },
      status: "not_started",
      version: 1,
    });
    expect(created.plannedStart?.toISOString().slice(0, 10)).toBe("2031-02-01");
    const tags = await db.activityFramework.findMany({
      where: { activityId: created.id },
      orderBy: { targetId: "asc" },
    });
    expect(tags.map((t) => t.targetId)).toEqual(["gcm-23", "sdg-10.7"]);
    expect(await db.deliverable.findUniqueOrThrow({ where: { key: newDeliverable } })).toMatchObject({
      activityId: created.id,
      type: "statement",
    });
    expect(await db.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } })).toMatchObject({
      version: deliverable.version,
    });

    const events = await db.auditEvent.findMany({
      where: { entityId: { in: [changed!.id, created.id] } },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => [e.entityId, e.action, e.actorId])).toEqual(
      expect.arrayContaining([
        [changed!.id, "status_change", actors.secretariat.userId],
        [created.id, "create", actors.secretariat.userId],
      ]),
    );
    const statusEvent = events.find((e) => e.entityId === changed!.id)!;
    expect(statusEvent.changes).toEqual({
      status: { from: "in_progress", to: "completed" },
      progress: { from: 50, to: 100 },
    });
    expect(statusEvent.note).toEqual({ ar: "استيراد من جدول بيانات", en: "Spreadsheet import" });
    const createEvent = events.find((e) => e.entityId === created.id)!;
    expect(createEvent.changes).toMatchObject({
      key: { from: null, to: newActivity },
      frameworkTargetIds: { from: null, to: ["gcm-23", "sdg-10.7"] },
      position: { from: null, to: 3 },
    });
    expect(await counts()).toEqual({
      ...before,
      activities: before.activities + 1,
      deliverables: before.deliverables + 1,
      audit: before.audit + 3,
    });

    // The same file again changes nothing.
    const again = await upload(actors.secretariat, plan.id, bytes, "preview");
    expect(again.data!.sheets.flatMap((s) => s.rows)).toEqual([]);
    expect(again.data!.canApply).toBe(false);
  });

  it("reports each bad row by sheet, row and column and writes nothing, not even the good rows", async () => {
    const { plan, pillar, activities } = await createPlanFixture({ isPublic: false, activities: 2 });
    const workbook = await templateWorkbook(plan.id);
    setRow(workbook, "activities", activities[0]!.key, { status: "Completed" });
    const badStatus = setRow(workbook, "activities", activities[1]!.key, { status: "bogus" });
    const newRow = setRow(workbook, "activities", unique("act"), {
      pillar_key: "no-such-pillar",
      title_ar: "نشاط",
      planned_start: "31/12/2031",
    });
    const duplicate = setRow(workbook, "meetings", "placeholder", {});
    const worksheet = workbook.getWorksheet("Meetings")!;
    worksheet.getCell(duplicate, 1).value = worksheet.getCell(3, 1).value;
    setRow(workbook, "deliverables", unique("del"), { type: "statement", title_en: "No Arabic title" });
    const bytes = await bytesOf(workbook);

    const before = await counts();
    const preview = await upload(actors.secretariat, plan.id, bytes, "preview");
    expect(preview.status).toBe(200);
    expect(preview.data!.canApply).toBe(false);
    const errors = preview.data!.errors.map((e) => [e.sheet, e.row, e.column, e.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["activities", badStatus, "status", "invalid_option"],
        ["activities", newRow, "pillar_key", "unknown_reference"],
        ["activities", newRow, "planned_start", "not_a_date"],
        ["meetings", duplicate, "key", "duplicate_key"],
        ["deliverables", 4, "title_ar", "required"],
        ["deliverables", 4, "activity_key", "needs_link"],
      ]),
    );
    expect(preview.data!.errors.find((e) => e.column === "status")!.message).toBe("Not one of the allowed values.");
    expect(preview.data!.errors.find((e) => e.code === "not_a_date")!.message).toBe(
      "Not a date: write it as YYYY-MM-DD.",
    );

    const applied = await upload(actors.secretariat, plan.id, bytes, "apply", {
      fingerprint: preview.data!.fingerprint,
    });
    expect(applied.status).toBe(422);
    expect(await counts()).toEqual(before);
    expect(await db.activity.findUniqueOrThrow({ where: { id: activities[0]!.id } })).toMatchObject({
      status: "in_progress",
      version: 1,
    });
    expect(pillar.id).toBeTruthy();
  });

  it("replaces a saved record's framework tags and records the change", async () => {
    const { plan, deliverable } = await createPlanFixture({ isPublic: false });
    await db.deliverableFramework.create({ data: { deliverableId: deliverable.id, targetId: "gcm-23" } });
    const workbook = await templateWorkbook(plan.id);
    const row = setRow(workbook, "deliverables", deliverable.key, { frameworks: "sdg-10.7" });
    const bytes = await bytesOf(workbook);
    const preview = await upload(actors.secretariat, plan.id, bytes, "preview");
    expect(preview.data!.sheets.find((s) => s.sheet === "deliverables")!.rows).toEqual([
      {
        row,
        key: deliverable.key,
        action: "update",
        id: deliverable.id,
        changes: [{ column: "frameworks", from: "gcm-23", to: "sdg-10.7" }],
      },
    ]);
    expect(
      (await upload(actors.secretariat, plan.id, bytes, "apply", { fingerprint: preview.data!.fingerprint })).status,
    ).toBe(200);
    expect(
      (await db.deliverableFramework.findMany({ where: { deliverableId: deliverable.id } })).map((t) => t.targetId),
    ).toEqual(["sdg-10.7"]);
    expect(await db.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } })).toMatchObject({
      version: deliverable.version + 1,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: deliverable.id },
      orderBy: { at: "desc" },
    });
    expect(event).toMatchObject({
      action: "update",
      changes: { frameworkTargetIds: { from: ["gcm-23"], to: ["sdg-10.7"] } },
    });
  });

  it("refuses to apply a preview of records changed since (409), writing nothing", async () => {
    const { plan, activities } = await createPlanFixture({ isPublic: false, activities: 2 });
    const workbook = await templateWorkbook(plan.id);
    setRow(workbook, "activities", activities[0]!.key, { status: "Postponed" });
    const bytes = await bytesOf(workbook);
    const preview = await upload(actors.secretariat, plan.id, bytes, "preview");
    expect(preview.data!.canApply).toBe(true);

    await updateActivity(actors.admin.viewer, activities[0]!.id, { progress: 60, version: 1 });
    const before = await counts();
    const applied = await upload(actors.secretariat, plan.id, bytes, "apply", {
      fingerprint: preview.data!.fingerprint,
    });
    expect(applied.status).toBe(409);
    expect(applied.error!.code).toBe("conflict");
    expect(await counts()).toEqual(before);
    expect(await db.activity.findUniqueOrThrow({ where: { id: activities[0]!.id } })).toMatchObject({
      status: "in_progress",
      progress: 60,
      version: 2,
    });
  });

  it("refuses other roles and plans it cannot see, writing nothing", async () => {
    const { plan, activities } = await createPlanFixture({ isPublic: true, activities: 1 });
    const workbook = await templateWorkbook(plan.id);
    setRow(workbook, "activities", activities[0]!.key, { status: "Cancelled" });
    const bytes = await bytesOf(workbook);
    const { data } = await upload(actors.secretariat, plan.id, bytes, "preview");
    const before = await counts();
    for (const [name, status] of [
      ["anonymous", 401],
      ["observer", 403],
      ["focalEg", 403],
      ["focalJo", 403],
    ] as const) {
      expect((await upload(actors[name], plan.id, bytes, "preview")).status, name).toBe(status);
      expect(
        (await upload(actors[name], plan.id, bytes, "apply", { fingerprint: data!.fingerprint })).status,
        name,
      ).toBe(status);
    }
    expect((await upload(actors.secretariat, "00000000-0000-7000-8000-000000000000", bytes, "preview")).status).toBe(
      404,
    );
    expect(await counts()).toEqual(before);
    expect(await db.activity.findUniqueOrThrow({ where: { id: activities[0]!.id } })).toMatchObject({
      status: "in_progress",
      version: 1,
    });
  });

  it("refuses a zip bomb with a localized 413, writing nothing", async () => {
    const { plan } = await createPlanFixture({ isPublic: false });
    const before = await counts();
    const bomb = sharedStringBomb(100);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    const english = await upload(actors.secretariat, plan.id, bomb, "preview");
    expect(english.status).toBe(413);
    expect(english.error).toMatchObject({
      code: "too_large",
      message: "The workbook holds more than 32 MB of data once unpacked. Split it into smaller files.",
    });
    const arabic = await upload(actors.secretariat, plan.id, manyEntries(5_000), "preview", {}, "ar");
    expect(arabic.status).toBe(413);
    expect(arabic.error!.fields!.file).toEqual(["يتضمن المصنف أكثر من 200 جزء، فهو ليس مصنفًا منشأً من النموذج."]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a file that is not a workbook with a localized message", async () => {
    const { plan } = await createPlanFixture({ isPublic: false });
    const csv = new TextEncoder().encode("key,title\nx,y\n");
    const english = await upload(actors.secretariat, plan.id, csv, "preview");
    expect(english.status).toBe(400);
    expect(english.error).toMatchObject({
      code: "bad_request",
      message: "The file is not an Excel workbook (.xlsx). Save it as .xlsx and upload it again.",
    });
    const arabic = await upload(actors.secretariat, plan.id, csv, "preview", {}, "ar");
    expect(arabic.error!.message).toBe("الملف ليس مصنف Excel بصيغة ‎.xlsx. يُرجى حفظه بهذه الصيغة ثم رفعه مجددًا.");
    expect(arabic.error!.fields!.file).toEqual([arabic.error!.message]);

    // No file at all (a JSON body), no mode, or an apply without the preview's fingerprint.
    const json = await importRoute.POST(
      new Request(`http://localhost/api/v1/plans/${plan.id}/import?mode=preview&locale=en`, {
        method: "POST",
        headers: { ...actors.secretariat.headers, "content-type": "application/json" },
        body: JSON.stringify({ file: "x" }),
      }),
      { params: Promise.resolve({ id: plan.id }) },
    );
    expect(json.status).toBe(400);
    expect(((await json.json()) as Answer).error!.message).toBe("Choose a spreadsheet file to upload.");
    const workbook = await bytesOf(await templateWorkbook(plan.id));
    const noMode = await importRoute.POST(
      new Request(`http://localhost/api/v1/plans/${plan.id}/import?locale=en`, {
        method: "POST",
        headers: actors.secretariat.headers,
      }),
      {
        params: Promise.resolve({ id: plan.id }),
      },
    );
    expect(noMode.status).toBe(422);
    expect(((await noMode.json()) as Answer).error!.fields).toEqual({ mode: ["Not one of the allowed values."] });
    const noFingerprint = await upload(actors.secretariat, plan.id, workbook, "apply");
    expect(noFingerprint.status).toBe(422);
    expect(noFingerprint.error!.fields).toEqual({ fingerprint: ["Required."] });
  });
  it("applies the activity's own rules: a new activity marked completed without a progress is done", async () => {
    const { plan, pillar } = await createPlanFixture({ isPublic: false, activities: 1 });
    const workbook = await templateWorkbook(plan.id);
    const done = unique("done");
    setRow(workbook, "activities", done, { pillar_key: pillar.key, title_ar: "نشاط منجز", status: "completed" });
    const bytes = await bytesOf(workbook);
    const preview = await upload(actors.secretariat, plan.id, bytes, "preview");
    expect(preview.data!.errors).toEqual([]);
    const applied = await upload(actors.secretariat, plan.id, bytes, "apply", {
      fingerprint: preview.data!.fingerprint,
    });
    expect(applied.status).toBe(200);
    expect(await db.activity.findUniqueOrThrow({ where: { key: done } })).toMatchObject({
      status: "completed",
      progress: 100,
    });
  });

  it("applies a sheet of 6,000 new activities, each placed in the order of its row", async () => {
    const { plan, pillar } = await createPlanFixture({ isPublic: false, activities: 1 });
    const workbook = await templateWorkbook(plan.id);
    const worksheet = workbook.getWorksheet(SHEET_NAMES.en.activities)!;
    const columns = worksheet.getRow(1).values as unknown[];
    const prefix = unique("bulk");
    const total = 6000;
    const first = worksheet.actualRowCount + 1;
    for (let i = 0; i < total; i++) {
      const row = worksheet.getRow(first + i);
      row.getCell(columns.indexOf("key")).value = `${prefix}-${String(i).padStart(4, "0")}`;
      row.getCell(columns.indexOf("pillar_key")).value = pillar.key;
      row.getCell(columns.indexOf("title_ar")).value = `نشاط ${i}`;
      row.getCell(columns.indexOf("status")).value = "not_started";
    }
    const bytes = await bytesOf(workbook);
    const before = await counts();

    const preview = await upload(actors.secretariat, plan.id, bytes, "preview");
    expect(preview.status).toBe(200);
    expect(preview.data!.errors).toEqual([]);
    expect(preview.data!.sheets.find((s) => s.sheet === "activities")!.rows).toHaveLength(total);

    const applied = await upload(actors.secretariat, plan.id, bytes, "apply", {
      fingerprint: preview.data!.fingerprint,
    });
    expect(applied.status).toBe(200);
    expect(applied.data!.records).toHaveLength(total);
    expect(await counts()).toEqual({
      ...before,
      activities: before.activities + total,
      audit: before.audit + total,
    });
    // Ids and positions follow the sheet, past the 4,096 ids one millisecond can number.
    const created = await db.activity.findMany({
      where: { key: { startsWith: prefix } },
      orderBy: { id: "asc" },
      select: { key: true, position: true },
    });
    expect(created.map((a) => a.key)).toEqual(
      Array.from({ length: total }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}`),
    );
    expect(created.map((a) => a.position)).toEqual(Array.from({ length: total }, (_, i) => i + 2));
  }, 240_000);
});
