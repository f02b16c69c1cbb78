import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { FRAMEWORK_TARGETS } from "@/lib/frameworks/reference";
import { isDatabaseEmpty, loadReferenceData } from "@/prisma/seed/load";

// `npm start` loads the reference data into every database, with or without the demo data: a
// deployment on its own PostgreSQL needs the 22 member states and the frameworks' targets too.

const db = getDb();

describe("reference data", () => {
  it("loads the member states and the framework targets without any demo record, idempotently", async () => {
    const first = await loadReferenceData(db);
    expect(first.created).toBe(22 + FRAMEWORK_TARGETS.length);
    expect(await db.memberState.count()).toBe(22);
    expect(await db.frameworkTarget.count()).toBe(FRAMEWORK_TARGETS.length);
    // Still "empty" for the demo loader: no plan, no account.
    expect(await isDatabaseEmpty(db)).toBe(true);
    expect(await db.user.count()).toBe(0);

    const second = await loadReferenceData(db);
    expect(second).toMatchObject({ created: 0, updated: 0 });
  });

  it("brings a changed reference row back to the shipped text", async () => {
    await loadReferenceData(db);
    await db.memberState.update({ where: { id: "EG" }, data: { name: { ar: "خطأ" } } });
    const result = await loadReferenceData(db);
    expect(result.updated).toBe(1);
    expect(((await db.memberState.findUniqueOrThrow({ where: { id: "EG" } })).name as { ar: string }).ar).toBe("مصر");
  });
});
