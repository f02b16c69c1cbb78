import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checksumOf, migrate, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("migration runner", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(() => database.drop());

  async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it("migrates an empty database and records each migration as Prisma does", async () => {
    const files = await readMigrations();
    const result = await migrate(database.url);
    expect(result.applied).toEqual(files.map((f) => f.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(checksumOf(files[i]!.sql));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        "ActionPlan",
        "Pillar",
        "Activity",
        "Meeting",
        "Deliverable",
        "MemberState",
        "Pledge",
        "User",
        "AuditEvent",
      ]),
    );
  });

  it("is idempotent: a second run applies nothing", async () => {
    const result = await migrate(database.url);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied.length).toBeGreaterThan(0);
  });

  it("serialises concurrent runs under the advisory lock", async () => {
    const other = await createTestDatabase({ migrated: false });
    try {
      const results = await Promise.all([migrate(other.url), migrate(other.url), migrate(other.url)]);
      const appliedCounts = results.map((r) => r.applied.length).sort();
      expect(appliedCounts.filter((n) => n > 0)).toHaveLength(1);
    } finally {
      await other.drop();
    }
  });

  it("refuses to run when an applied migration was edited", async () => {
    const [first] = await readMigrations();
    await query(`UPDATE "_prisma_migrations" SET checksum = 'tampered' WHERE migration_name = '${first!.name}'`);
    await expect(migrate(database.url)).rejects.toThrow(/changed after it was applied/);
  });

  it("keeps the audit trail append-only", async () => {
    const other = await createTestDatabase();
    const client = new pg.Client({ connectionString: other.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "AuditEvent" (action, "entityType", "entityId", "actorLabel") VALUES ('create', 'ActionPlan', 'x', 'test')`,
      );
      await expect(client.query(`UPDATE "AuditEvent" SET "entityId" = 'y'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      const { rows } = await client.query(`SELECT "entityId" FROM "AuditEvent"`);
      expect(rows).toEqual([{ entityId: "x" }]);
    } finally {
      await client.end();
      await other.drop();
    }
  });
});
