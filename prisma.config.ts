import { defineConfig } from "prisma/config";

// The datasource URL is only needed by Prisma's own migrate CLI, which this project does not use
// (see docs/decisions/001-own-migration-runner.md); the app reads DATABASE_URL through lib/env.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
