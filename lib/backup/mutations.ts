import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb, type Db } from "@/lib/db/client";
import { restoreDatabase, type RestoreResult } from "./core";

/**
 * Restores a backup into `db` (admins only: `backup.create`), which must be empty: 409 with
 * `fields._ = ["database_not_empty"]` otherwise. Restoring a fresh database, where no admin
 * exists yet, is `npm run db:restore -- <file>` (scripts/db-restore.ts).
 */
export async function restoreAll(viewer: Viewer, document: unknown, db: Db = getDb()): Promise<RestoreResult> {
  assertCan(viewer, "create", "backup");
  return restoreDatabase(db, document);
}
