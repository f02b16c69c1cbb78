import type { TestProject } from "vitest/node";
import pg from "pg";
import { startTemporaryPostgres, type EmbeddedCluster } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";

// One PostgreSQL for the whole run: TEST_DATABASE_URL when set, otherwise a throw-away embedded
// cluster. A template database is migrated once; each test file then gets its own copy
// (tests/support/database.ts), so files never see each other's data.

export const TEMPLATE_DB = "mutabaa_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** Connection string to the server's maintenance database, for CREATE/DROP DATABASE. */
    adminUrl: string;
  }
}

let cluster: EmbeddedCluster | undefined;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    cluster = await startTemporaryPostgres();
    adminUrl = cluster.url("postgres");
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DB}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  await migrate(withDatabase(adminUrl, TEMPLATE_DB));
  project.provide("adminUrl", adminUrl);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
    await client.end();
    await cluster?.stop();
  };
}
