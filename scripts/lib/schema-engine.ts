import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// Prisma's schema engine, WASM build: diffs two datamodels into PostgreSQL DDL offline, where the
// native engine behind `prisma migrate` cannot run (docs/decisions/001-own-migration-runner.md).
// Its main entry imports the .wasm as an ES module, which Node cannot load; we wire the JS glue to
// the instantiated module ourselves, as Prisma's CLI does.

type Datamodel = { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

interface WasmSchemaEngine {
  diff(params: {
    from: Datamodel;
    to: Datamodel;
    script: boolean;
    exitCode: null;
    shadowDatabaseUrl: null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string }>;
}

let glue: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<WasmSchemaEngine> } }> | undefined;

async function loadGlue() {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasm = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": bg });
  (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
  return bg as unknown as { SchemaEngine: { new: (...args: unknown[]) => Promise<WasmSchemaEngine> } };
}

export function schemaFile(content: string, filePath = "schema.prisma"): Datamodel {
  return { tag: "schemaDatamodel", files: [{ path: filePath, content }] };
}

export const EMPTY: Datamodel = { tag: "empty" };

/**
 * SQL that takes a database from `from` to `to` ("" when they agree). The engine connects to
 * `connectionString` when constructed, so any reachable PostgreSQL will do.
 */
export async function diffDatamodels(connectionString: string, from: Datamodel, to: Datamodel): Promise<string> {
  glue ??= loadGlue();
  const { SchemaEngine } = await glue;
  const datamodels = to.tag === "schemaDatamodel" ? to.files.map((f) => [f.path, f.content]) : undefined;
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const engine = await SchemaEngine.new({ datamodels }, () => {}, factory);
  const { stdout } = await engine.diff({
    from,
    to,
    script: true,
    exitCode: null,
    shadowDatabaseUrl: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return stdout.includes("This is an empty migration.") ? "" : stdout;
}
