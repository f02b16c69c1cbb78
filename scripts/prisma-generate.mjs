// Runs `prisma generate` offline. Prisma's CLI downloads its native schema engine before every
// command unless PRISMA_SCHEMA_ENGINE_BINARY points at a file; `generate` never calls the engine,
// so on machines without it (air-gapped ones included) we point the variable at this script.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const enginesDir = path.join(root, "node_modules", "@prisma", "engines");
const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url);
}

const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"],
  { cwd: root, env, stdio: "inherit" },
);
process.exit(result.status ?? 1);
