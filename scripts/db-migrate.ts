// `npm run db:migrate`: applies pending migrations to DATABASE_URL (docs/decisions/001).
import { migrate } from "../lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to migrate.");
  process.exit(2);
}
const { applied, alreadyApplied } = await migrate(url, { log: (line) => console.log(line) });
console.log(`${applied.length} migration(s) applied, ${alreadyApplied.length} already applied.`);
