import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

// A production Mutabaa for the HTTP benchmarks (`npm run bench:http`, `npm run bench:bundle`):
// started exactly as `npm start` starts it (scripts/start.ts: embedded PostgreSQL, migrations,
// demo data, a build when there is none), on its own port and in a throw-away data directory.

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

export interface BenchServer {
  origin: string;
  /** The embedded database's connection string, to add data beside the demo plan. */
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startBenchServer({ port, pgPort }: { port: number; pgPort: number }): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mutabaa-bench-"));
  // As root, the embedded PostgreSQL runs as the `postgres` user, which must reach its directory.
  chmodSync(dataDir, 0o755);
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: "",
        MUTABAA_DATA_DIR: dataDir,
        MUTABAA_PG_PORT: String(pgPort),
        // Sign-in checks the Origin header against the public address.
        MUTABAA_BASE_URL: `http://127.0.0.1:${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  // The server's log would interleave with the figures: keep only start.ts's own lines.
  child.stdout!.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.startsWith("[mutabaa]")) console.error(line);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    // A first build takes minutes on a loaded machine.
    const deadline = Date.now() + 20 * 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error("the server stopped before it answered");
      if (Date.now() > deadline) throw new Error("the server did not answer within 20 minutes");
      const ok = await fetch(`${origin}/ar`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { postgresPassword: string };
  const databaseUrl = `postgresql://mutabaa:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${pgPort}/mutabaa`;
  return { origin, databaseUrl, stop };
}

/** A demo account's session cookie, signed in through the same endpoint the sign-in form uses. */
export async function signInCookie(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");
}

export interface FirstLoad {
  /** The page's HTML, uncompressed. */
  htmlBytes: number;
  scripts: string[];
  /** Every script the page loads at first, each gzipped on its own as a server would send it. */
  jsGzipBytes: number;
}

/** What a browser downloads first for a page: its HTML and the scripts it names. */
export async function firstLoad(
  origin: string,
  pathname: string,
  headers: Record<string, string> = {},
): Promise<FirstLoad> {
  const response = await fetch(`${origin}${pathname}`, { headers });
  if (!response.ok) throw new Error(`GET ${pathname}: ${response.status}`);
  const html = await response.text();
  // `noModule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
  const sources = tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src) => src !== undefined);
  const scripts = [...new Set(sources.map((src) => src.replaceAll("&amp;", "&")))];
  let jsGzipBytes = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    jsGzipBytes += gzipSync(body).length;
  }
  return { htmlBytes: Buffer.byteLength(html), scripts, jsGzipBytes };
}

/** Rows of cells as a right-aligned table on stdout. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join("  "));
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
