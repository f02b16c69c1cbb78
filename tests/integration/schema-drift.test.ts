import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { diffDatamodels, EMPTY, schemaFile } from "../../scripts/lib/schema-engine";
import { latestSnapshot } from "../../scripts/lib/migrations";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Fails when prisma/schema.prisma and prisma/migrations disagree, in either direction:
// 1. the schema changed without a migration (diff from the latest snapshot is not empty);
// 2. the migrations do not build what the snapshot describes (a hand-edited migration.sql, a
//    snapshot that was not updated): the catalogue of a database migrated from the SQL files is
//    compared with that of a database built straight from the snapshot.
// Hand-written CHECK constraints, functions and triggers are not part of the comparison.

async function catalogue(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await q(`
        SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`),
      enums: await q(`
        SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`),
      indexes: await q(`
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`),
      foreignKeys: await q(`
        SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint WHERE contype IN ('f', 'p', 'u') AND connamespace = 'public'::regnamespace
          AND conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1, 2`),
    };
  } finally {
    await client.end();
  }
}

describe("schema drift", () => {
  let fromMigrations: TestDatabase;
  let fromSnapshot: TestDatabase;
  let snapshot: string;

  beforeAll(async () => {
    snapshot = (await latestSnapshot()) ?? "";
    [fromMigrations, fromSnapshot] = await Promise.all([
      createTestDatabase({ migrated: false }),
      createTestDatabase({ migrated: false }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([fromMigrations.drop(), fromSnapshot.drop()]);
  });

  it("has a migration for every change to prisma/schema.prisma", async () => {
    const schema = await readFile(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
    expect(snapshot, "prisma/migrations has no schema snapshot").not.toBe("");
    const pending = await diffDatamodels(fromSnapshot.url, schemaFile(snapshot), schemaFile(schema));
    expect(pending, "prisma/schema.prisma changed without a migration: run `npm run db:migration -- <name>`").toBe("");
  });

  it("builds from the migrations exactly the database the schema describes", async () => {
    await migrate(fromMigrations.url);
    const sql = await diffDatamodels(fromSnapshot.url, EMPTY, schemaFile(snapshot));
    const client = new pg.Client({ connectionString: fromSnapshot.url });
    await client.connect();
    await client.query(sql);
    await client.end();

    const [migrated, described] = await Promise.all([catalogue(fromMigrations.url), catalogue(fromSnapshot.url)]);
    expect(migrated.columns.length).toBeGreaterThan(50);
    expect(migrated).toEqual(described);
  });
});
