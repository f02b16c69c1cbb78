import { getDb } from "../db/client";
import { isDatabaseUnavailable } from "../faults";
import { readMigrations } from "../db/migrate";
import { recovered } from "../log";

// GET /api/ready for load balancers: the database answers and every migration shipped with this
// build is applied (an instance started against an older schema must not take traffic).

let shipped: Promise<string[]> | undefined;

export type Readiness = { ready: true } | { ready: false; reason: "database_unreachable" | "migrations_pending" };

export async function readiness(): Promise<Readiness> {
  shipped ??= readMigrations().then((files) => files.map((file) => file.name));
  try {
    const rows = await getDb().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((row) => row.migration_name));
    if (!(await shipped).every((name) => applied.has(name))) return { ready: false, reason: "migrations_pending" };
    recovered("database_unavailable");
    return { ready: true };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ready: false, reason: "database_unreachable" };
    throw error;
  }
}
