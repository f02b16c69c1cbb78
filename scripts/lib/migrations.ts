import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "../../lib/db/migrate";

/** Each migration folder keeps the schema it brings the database to, so the next diff starts there. */
export const SNAPSHOT_FILE = "schema.prisma";

export async function latestSnapshot(dir = MIGRATIONS_DIR): Promise<string | undefined> {
  if (!existsSync(dir)) return undefined;
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const latest = names.at(-1);
  return latest ? readFile(path.join(dir, latest, SNAPSHOT_FILE), "utf8") : undefined;
}
