// `npm run db:seed`: loads the demo data (prisma/seed/demo-data.ts) into DATABASE_URL.
// Idempotent: records are matched by key, so running it again creates nothing new.
// The database must be migrated first (`npm run db:migrate`).
import { createPrismaClient } from "../lib/db/client";
import { loadDemoData } from "../prisma/seed/load";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "DATABASE_URL is not set. Set it to the (migrated) database to load the demo data into, e.g.\n" +
      "  DATABASE_URL=postgresql://user@localhost:5432/mutabaa npm run db:seed",
  );
  process.exit(2);
}

const db = createPrismaClient(url);
try {
  await loadDemoData(db, { log: (line) => console.log(line) });
  const counts = {
    "action plans": await db.actionPlan.count(),
    pillars: await db.pillar.count(),
    activities: await db.activity.count(),
    meetings: await db.meeting.count(),
    deliverables: await db.deliverable.count(),
    "deliverable stages": await db.deliverableStage.count(),
    organisations: await db.organization.count(),
    "member states": await db.memberState.count(),
  };
  console.log(
    `Database now holds: ${Object.entries(counts)
      .map(([what, n]) => `${n} ${what}`)
      .join(", ")}.`,
  );
} catch (error) {
  console.error(`Loading the demo data failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
