import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";

// One Prisma client per process, over node-postgres (no native engine; see
// docs/decisions/001-own-migration-runner.md). Only lib/<feature>/data.ts and mutations.ts
// (and the seed) may import this.

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
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
    return (globalForDb.mutabaaDb ??= createPrismaClient(databaseUrl()));
  }
  return (client ??= createPrismaClient(databaseUrl()));
}
