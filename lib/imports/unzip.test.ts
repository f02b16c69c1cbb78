import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { declaredBomb, manyEntries, sharedStringBomb } from "@/tests/support/zip-bomb";
import { ImportFileError, MAX_FILE_BYTES, parseWorkbook } from "./parse";
import { MAX_UNPACKED_BYTES, rezip, unzipWithBudget, UnzipBudgetError } from "./unzip";

// The upload budget: a workbook's archive is inflated chunk by chunk and refused at the first
// entry or byte over the limit, whatever its headers say; what passes reaches ExcelJS unchanged.

// Building the bombs (compressing tens of megabytes) takes seconds on a loaded machine.
describe("unzipping an upload on a budget", { timeout: 30_000 }, () => {
  it("refuses a shared-string bomb whose headers carry no sizes, while inflating", async () => {
    const bomb = sharedStringBomb(64);
    expect(bomb.byteLength).toBeLessThan(MAX_FILE_BYTES);
    expect(() => unzipWithBudget(bomb)).toThrow(new UnzipBudgetError("too_large_unpacked"));
    await expect(parseWorkbook(bomb)).rejects.toEqual(new ImportFileError("too_large_unpacked"));
  });

  it("refuses an archive whose headers declare too much, and takes one exactly at the budget", () => {
    const bomb = declaredBomb(1);
    expect(() => unzipWithBudget(bomb, { maxBytes: (1 << 20) - 1 })).toThrow(
      new UnzipBudgetError("too_large_unpacked"),
    );
    expect(unzipWithBudget(bomb, { maxBytes: 1 << 20 }).get("xl/sharedStrings.xml")!.byteLength).toBe(1 << 20);
    expect(() => unzipWithBudget(declaredBomb(40))).toThrow(new UnzipBudgetError("too_large_unpacked"));
    expect(40 << 20).toBeGreaterThan(MAX_UNPACKED_BYTES);
  });

  it("refuses an archive of very many entries", async () => {
    const many = manyEntries(5_000);
    expect(many.byteLength).toBeLessThan(MAX_FILE_BYTES);
    expect(() => unzipWithBudget(many)).toThrow(new UnzipBudgetError("too_many_entries"));
    await expect(parseWorkbook(many)).rejects.toEqual(new ImportFileError("too_many_entries"));
  });

  it("refuses a name given twice, which would hide a second copy from the count", () => {
    const one = zipSync({ "a.xml": new Uint8Array(10) });
    // Two local entries named a.xml: the same archive's entry written twice, then its end record.
    const entryEnd = one.findIndex((_, i) => one[i] === 0x50 && one[i + 1] === 0x4b && one[i + 2] === 0x01);
    const doubled = new Uint8Array([
      ...one.subarray(0, entryEnd),
      ...one.subarray(0, entryEnd),
      ...one.subarray(entryEnd),
    ]);
    expect(() => unzipWithBudget(doubled)).toThrow(new UnzipBudgetError("not_zip"));
  });

  it("refuses what is not a zip archive", () => {
    expect(() => unzipWithBudget(new TextEncoder().encode("PK\u0003\u0004 but nothing after"))).toThrow(
      new UnzipBudgetError("not_zip"),
    );
  });

  it("hands ExcelJS exactly the entries it counted, and a sheet of too many rows is refused", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Activities");
    sheet.getCell("A1").value = "key";
    sheet.getCell("A3").value = "act-1";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const entries = unzipWithBudget(bytes);
    expect(entries.has("xl/workbook.xml")).toBe(true);
    const again = unzipWithBudget(rezip(entries));
    const files = (names: Iterable<string>) => [...names].filter((name) => !name.endsWith("/")).sort();
    expect(files(again.keys())).toEqual(files(entries.keys()));
    expect(again.get("xl/worksheets/sheet1.xml")).toEqual(entries.get("xl/worksheets/sheet1.xml"));
    const parsed = await parseWorkbook(bytes);
    expect(parsed.sheets.activities!.rows.map((row) => row.cells.key)).toEqual(["act-1"]);

    // One cell far down makes a sheet of 30,000 rows in a few kilobytes.
    sheet.getCell("A30000").value = "far";
    await expect(parseWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()))).rejects.toEqual(
      new ImportFileError("too_many_rows"),
    );
  });
});
