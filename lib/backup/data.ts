import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { getDb, type Db } from "@/lib/db/client";
import { exportDatabase } from "./core";
import type { BackupDocument } from "./schema";

/** The whole database as a backup document (admins only: `backup.read`). */
export async function exportAll(viewer: Viewer, db: Db = getDb()): Promise<BackupDocument> {
  assertCan(viewer, "read", "backup");
  return exportDatabase(db);
}
