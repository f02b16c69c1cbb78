// `npm run db:restore -- backup.json`: loads a backup document (from `npm run db:export` or
// GET /api/v1/export) into DATABASE_URL, which must be migrated (`npm run db:migrate`) and hold
// no rows. All or nothing: one transaction.
import { readFile } from "node:fs/promises";
import { restoreDatabase } from "../lib/backup/core";
import { createPrismaClient } from "../lib/db/client";
import { AppError } from "../lib/errors";

const url = process.env.DATABASE_URL;
const file = process.argv[2];
if (!url || !file) {
  console.error(
    "Usage: DATABASE_URL=postgresql://... npm run db:restore -- <backup.json>\nThe database must be migrated and empty.",
  );
  process.exit(2);
}

const db = createPrismaClient(url);
try {
  const document = JSON.parse(await readFile(file, "utf8")) as unknown;
  const { counts } = await restoreDatabase(db, document);
  console.log(
    `Restored ${Object.entries(counts)
      .map(([table, n]) => `${n} ${table}`)
      .join(", ")}.`,
  );
} catch (error) {
  if (error instanceof AppError && error.fields?._?.includes("database_not_empty")) {
    console.error("Restore refused: the database is not empty. Restore into a freshly migrated database.");
  } else if (error instanceof AppError && error.fields) {
    console.error(`Restore refused: the file is not a Mutabaa backup (${JSON.stringify(error.fields)}).`);
  } else {
    console.error(`Restore failed: ${(error as Error).message}`);
  }
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
