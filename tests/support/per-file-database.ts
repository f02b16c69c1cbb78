import { afterAll } from "vitest";
import { createTestDatabase } from "./database";

// Runs before every integration test file: the file's own migrated database becomes
// DATABASE_URL, which lib/db/client.ts reads on first use.
const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { getDb } = await import("../../lib/db/client");
  await getDb().$disconnect();
  await database.drop();
});
