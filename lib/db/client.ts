import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";

// One Prisma client per process, over node-postgres (no native engine; see
// docs/decisions/001-own-migration-runner.md). Only lib/<feature>/data.ts and mutations.ts
// (and the seed) may import this.

export type Db = PrismaClient;

/**
 * Bounds on every wait for PostgreSQL, so that a database that is down or stalled gives a 503
 * within seconds instead of requests hanging (docs/decisions/026-process-supervision.md):
 * connecting, a statement on the server, and a reply at all (a stopped server never answers, so
 * only a client-side timer notices).
 */
export const DB_TIMEOUTS = {
  connectionTimeoutMillis: 3_000,
  statement_timeout: 15_000,
  query_timeout: 20_000,
  idle_in_transaction_session_timeout: 30_000,
} as const;

/** A client; the server's (getDb) is bounded by DB_TIMEOUTS, scripts' long restores and seeds are not. */
export function createPrismaClient(
  connectionString: string,
  timeouts: Partial<Record<keyof typeof DB_TIMEOUTS, number>> = {},
): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...timeouts }) });
}

const globalForDb = globalThis as unknown as { mutabaaDb?: PrismaClient };

function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Mutabaa with `npm start`, which provides an embedded database, or set DATABASE_URL.",
    );
  }
  return url;
}

let client: PrismaClient | undefined;

/**
 * The process-wide client, created on first use. In development it lives on globalThis so hot
 * reloads reuse its pool; tests get one per test file because each file has its own module graph.
 */
export function getDb(): PrismaClient {
  if (env().NODE_ENV === "development") {
    return (globalForDb.mutabaaDb ??= createPrismaClient(databaseUrl(), DB_TIMEOUTS));
  }
  return (client ??= createPrismaClient(databaseUrl(), DB_TIMEOUTS));
}
