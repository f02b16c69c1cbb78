import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/export/route";
import type { Viewer } from "@/lib/auth/viewer";
import { exportAll } from "@/lib/backup/data";
import { restoreAll } from "@/lib/backup/mutations";
import { BACKUP_TABLES, type BackupDocument } from "@/lib/backup/schema";
import { createComment } from "@/lib/comments/mutations";
import { createPrismaClient, getDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { updatePlan } from "@/lib/plans/mutations";
import { loadDemoData, loadReferenceData } from "@/prisma/seed/load";
import { ACTOR_NAMES, callApi, createActors, type Actor, type ActorName } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Full export and restore (issue 5, item 4): export → restore into an empty database → export
// gives the same document; a non-empty database is refused untouched; admins only.

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const db = getDb();
const TRANSIENT = ["Session", "Verification", "RateLimit"];

let actors: Record<ActorName, Actor>;
let admin: Viewer;
let a: BackupDocument;
/** The source database's rows when `a` was taken (later API calls stamp the tokens' lastUsedAt). */
let source: Record<string, string>;
const databases: TestDatabase[] = [];
const clients: Db[] = [];
let tmp: string;

async function emptyDatabase(): Promise<{ url: string; client: Db }> {
  const database = await createTestDatabase();
  databases.push(database);
  const client = createPrismaClient(database.url);
  clients.push(client);
  return { url: database.url, client };
}

/** Every backed-up table's rows as Postgres serialises them (independent of the exporter). */
async function snapshot(client: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of BACKUP_TABLES) {
    const [row] = await client.$queryRawUnsafe<{ rows: string }[]>(
      `SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${table}" t`,
    );
    out[table] = row!.rows;
  }
  return out;
}

const withoutDate = ({ exportedAt: _, ...rest }: BackupDocument) => rest;

async function tsx(script: string, args: string[], url: string): Promise<string> {
  const { stdout } = await run(path.join(root, "node_modules/.bin/tsx"), [script, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "mutabaa-backup-"));
  await loadDemoData(db);
  actors = await createActors();
  admin = actors.admin.viewer;
  // Edits through the mutations, so there are audit events and a comment to carry over.
  const plan = await db.actionPlan.findFirstOrThrow({ orderBy: { key: "asc" } });
  await updatePlan(admin, plan.id, { isPublic: !plan.isPublic, version: plan.version });
  const activity = await db.activity.findFirstOrThrow({ orderBy: { key: "asc" } });
  await createComment(actors.focalEg.viewer, { activityId: activity.id, body: "تعليق للنسخة الاحتياطية" });
  expect(await db.auditEvent.count()).toBeGreaterThan(0);
  a = await exportAll(admin);
  source = await snapshot(db);
}, 120_000);

afterAll(async () => {
  for (const client of clients) await client.$disconnect();
  for (const database of databases) await database.drop();
  await rm(tmp, { recursive: true, force: true });
});

describe("exportAll", () => {
  it("covers every table but the transient ones", async () => {
    const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%' ORDER BY tablename`,
    );
    const names = tables.map((t) => t.tablename).filter((t) => !TRANSIENT.includes(t));
    expect([...BACKUP_TABLES].sort()).toEqual(names.sort());
  });

  it("is a versioned document with every table's rows", () => {
    expect(a.format).toBe("mutabaa-backup");
    expect(a.version).toBe(1);
    expect(Object.keys(a.tables)).toEqual([...BACKUP_TABLES]);
    for (const table of [
      "ActionPlan",
      "Pillar",
      "Activity",
      "Meeting",
      "Deliverable",
      "User",
      "Account",
      "ApiToken",
      "Comment",
      "AuditEvent",
      "MemberState",
    ] as const) {
      expect(a.tables[table].length, table).toBeGreaterThan(0);
    }
    const audit = a.tables.AuditEvent[0]!;
    expect(typeof audit.id).toBe("string");
    expect(audit.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Password hashes go with the accounts: a restore is lossless.
    expect(a.tables.Account.some((row) => typeof row.password === "string")).toBe(true);
  });

  it("is refused to everyone but admins", async () => {
    for (const name of ACTOR_NAMES.filter((n) => n !== "admin")) {
      const error = await exportAll(actors[name].viewer).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(AppError);
      expect((error as AppError).code, name).toBe(name === "anonymous" ? "unauthorized" : "forbidden");
    }
  });
});

describe("GET /api/v1/export", () => {
  it("answers 401/403 to anyone but an admin", async () => {
    for (const name of ACTOR_NAMES.filter((n) => n !== "admin")) {
      const res = await callApi(exportRoute.GET, { path: "/api/v1/export", actor: actors[name] });
      expect(res.status, name).toBe(name === "anonymous" ? 401 : 403);
    }
  });

  it("gives an admin the document as an attachment", async () => {
    const res = await callApi<BackupDocument>(exportRoute.GET, { path: "/api/v1/export", actor: actors.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mutabaa-backup-\d{4}-\d\d-\d\d\.json"$/,
    );
    // The call itself stamps the admin token's lastUsedAt: compare with an export taken after it.
    expect(withoutDate(res.data)).toEqual(withoutDate(await exportAll(admin)));
  });
});

describe("restore", () => {
  it("export → restore into an empty database → export is identical", async () => {
    const target = await emptyDatabase();
    const result = await restoreAll(admin, JSON.parse(JSON.stringify(a)), target.client);
    expect(result.counts.AuditEvent).toBe(a.tables.AuditEvent.length);
    const b = await exportAll(admin, target.client);
    expect(withoutDate(b)).toEqual(withoutDate(a));
    // And the same rows as Postgres sees them.
    expect(await snapshot(target.client)).toEqual(source);
    // New audit events carry on after the restored ones.
    const maxId = BigInt(a.tables.AuditEvent.at(-1)!.id as string);
    const next = await target.client.auditEvent.create({
      data: { action: "create", entityType: "plan", entityId: "x", actorLabel: "system" },
    });
    expect(next.id).toBe(maxId + 1n);
  });

  it("restores into a database `npm start` prepared with the reference data, losslessly", async () => {
    const target = await emptyDatabase();
    await loadReferenceData(target.client);
    expect(await target.client.memberState.count()).toBe(22);
    await restoreAll(admin, JSON.parse(JSON.stringify(a)), target.client);
    expect(withoutDate(await exportAll(admin, target.client))).toEqual(withoutDate(a));
  });

  it("refuses a database that is not empty and writes nothing", async () => {
    const before = await snapshot(db);
    const error = await restoreAll(admin, a).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect((error as AppError).fields).toEqual({ _: ["database_not_empty"] });
    expect(await snapshot(db)).toEqual(before);
  });

  it("refuses a document that is not a backup, and non-admins", async () => {
    const target = await emptyDatabase();
    const wrong = await restoreAll(admin, { ...a, version: 2 }, target.client).catch((e: unknown) => e);
    expect((wrong as AppError).code).toBe("validation");
    const denied = await restoreAll(actors.secretariat.viewer, a, target.client).catch((e: unknown) => e);
    expect((denied as AppError).code).toBe("forbidden");
    expect(await target.client.user.count()).toBe(0);
  });

  it("works from the command line: db:restore then db:export", async () => {
    const target = await emptyDatabase();
    const file = path.join(tmp, "backup.json");
    // The route's `{ data }` envelope is accepted as well.
    await writeFile(file, JSON.stringify({ data: a }));
    await tsx("scripts/db-restore.ts", [file], target.url);
    const c = JSON.parse(await tsx("scripts/db-export.ts", [], target.url)) as BackupDocument;
    expect(withoutDate(c)).toEqual(withoutDate(a));
    await expect(tsx("scripts/db-restore.ts", [file], target.url)).rejects.toThrow(/not empty/);
  }, 120_000);
});
