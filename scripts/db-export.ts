// `npm run db:export > backup.json`: every table of DATABASE_URL as a backup document on stdout
// (lib/backup/schema.ts). Sessions, verification tokens and rate limits are left out.
import { exportDatabase } from "../lib/backup/core";
import { createPrismaClient } from "../lib/db/client";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "DATABASE_URL is not set. Set it to the database to export, e.g.\n  DATABASE_URL=postgresql://user@localhost:5432/mutabaa npm run db:export > backup.json",
  );
  process.exit(2);
}

const db = createPrismaClient(url);
try {
  const document = await exportDatabase(db);
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
} catch (error) {
  console.error(`Export failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
