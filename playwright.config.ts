import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// End-to-end tests run against a production build started the way users start Mutabaa
// (`npm start`: embedded PostgreSQL, migrations, demo data), in a throwaway data directory.

// Playwright cannot download its own browsers here; Debian's Chromium is used instead.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium was not found at ${executablePath}. Install it with \`apt-get update && apt-get install -y chromium\`, ` +
      "or point CHROMIUM_PATH at a Chromium binary (`npx playwright install` cannot download browsers on this network).",
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);

// E2E_BASE_URL points the suite at a server that is already running (while developing) instead
// of building and starting one.
const externalBaseUrl = process.env.E2E_BASE_URL;

/** A fresh data directory for `npm start`, removed when the runner exits. */
function freshDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mutabaa-e2e-"));
  // mkdtemp makes it 0700; as root, the embedded PostgreSQL runs as the `postgres` user, which
  // must be able to reach its cluster directory inside.
  chmodSync(dir, 0o755);
  // The runner stops the web server (and so PostgreSQL) before it exits.
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// Made once, in the main process; workers inherit the environment and so reuse the same directory.
const dataDir = externalBaseUrl ? "" : (process.env.E2E_DATA_DIR ??= freshDataDir());

export default defineConfig({
  testDir: "tests/e2e",
  // Two cores: one worker, and the server gets the other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // Every spec runs once per locale; `locale` (Playwright's own option) also sets the browser's
  // language, which must not change which locale `/` opens.
  projects: [
    { name: "ar", use: { locale: "ar" } },
    { name: "en", use: { locale: "en" } },
  ],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: "npm run build && npm start",
        url: `http://127.0.0.1:${port}/ar`,
        // A production build takes 2–4 minutes on two idle cores, much longer on a loaded machine.
        timeout: 20 * 60_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(port),
          // Empty: `npm start` then runs its own embedded PostgreSQL in MUTABAA_DATA_DIR.
          DATABASE_URL: "",
          MUTABAA_DATA_DIR: dataDir,
          MUTABAA_PG_PORT: process.env.E2E_PG_PORT ?? "54391",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
});
