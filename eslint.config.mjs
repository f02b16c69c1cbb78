import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

// Imports flow one way: app → components → lib, and inside lib infrastructure knows no feature
// and features meet only through what each exports (docs/decisions/020-enforced-boundaries.md).
// eslint-plugin-boundaries classes every file and checks every import against one policy list,
// so no later block can silently replace an earlier one as `no-restricted-imports` blocks did.
// tests/unit/lint-boundaries.test.ts feeds each rule a violation, so none can silently die.

// lib/ folders that are neutral: they import only each other. Every other lib/ folder is a feature
// (or auth, or the HTTP API layer, classed below).
const infrastructure = [
  "db",
  "env",
  "errors",
  "enums",
  "i18n",
  "validation",
  "lists",
  "forms",
  "http",
  "log",
  "server",
  "health",
  "dates",
];

// What a feature exports to other features: its reads, DTOs, zod schemas, domain rules and writes.
const publicFiles = ["data.ts", "dto.ts", "schema.ts", "rules.ts", "form.ts", "writes.ts", "writes/**"];
// A few features export more; each extra file is named here so the surface stays visible.
const extraPublicFiles = {
  // The audit trail is written by every feature's writes and read by the history views.
  audit: ["write.ts", "record.ts", "links.ts", "reorder.ts", "versioned.ts"],
  // Who may see which pledges: the audit trail and the state profile filter by it.
  pledges: ["scope.ts"],
  // A presenter or recipient (state or organisation), shared by meetings and deliverables.
  organizations: ["party.ts"],
  // The progress roll-up the reports render.
  dashboard: ["progress.ts"],
  // The report model the OpenAPI description documents.
  reports: ["model.ts"],
  // Reference checks shared by the activity and deliverable writes, until they move to writes/.
  frameworks: ["mutations.ts"],
  meetings: ["mutations.ts"],
  // The transaction-level updates (writeActivityUpdate, writeDeliverableUpdate) the import calls.
  activities: ["mutations.ts"],
  deliverables: ["mutations.ts"],
};

const infra = { element: { type: "lib-infra" } };
// Pages and components never talk to the database (the data layer does).
const infraButDb = { element: { type: "lib-infra", captured: { name: "!(db)" } } };
const auth = { element: { type: "lib-auth" } };
const featurePublic = [
  { element: { type: "lib-feature", fileInternalPath: publicFiles } },
  ...Object.entries(extraPublicFiles).map(([name, files]) => ({
    element: { type: "lib-feature", captured: { name }, fileInternalPath: files },
  })),
];
const anyLib = [infraButDb, auth, { element: { type: "lib-feature" } }, { element: { type: "lib-api" } }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([
    ".next/**",
    "lib/db/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    // A colocated test may bring in whatever it checks against (a decoder against a feature's schema).
    ignores: ["**/*.test.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": [
        { type: "app", pattern: "app" },
        { type: "ui", pattern: "components/ui" },
        { type: "component", pattern: "components/*", capture: ["name"] },
        { type: "lib-infra", pattern: `lib/{${infrastructure.join(",")}}`, capture: ["name"] },
        // Identity and the one permissions table: every feature's data layer checks it.
        { type: "lib-auth", pattern: "lib/auth" },
        // Where requests come in: the API route wrapper and OpenAPI description (lib/api) and the
        // server actions' plumbing (lib/actions). They know the viewer and every feature.
        { type: "lib-api", pattern: "lib/{api,actions}" },
        { type: "lib-feature", pattern: "lib/*", capture: ["name"] },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          message:
            "{{from.type}} may not import {{to.type}} ({{to.path}}): app → components → lib; lib infrastructure imports no feature; features import each other only through data, dto, schema, rules, form and writes (eslint.config.mjs).",
          policies: [
            {
              from: { element: { type: "app" } },
              allow: { to: [...anyLib, { element: { types: ["app", "component", "ui"] } }] },
            },
            {
              from: { element: { type: "component" } },
              allow: { to: [...anyLib, { element: { types: ["component", "ui"] } }] },
            },
            { from: { element: { type: "ui" } }, allow: { to: [infraButDb, { element: { type: "ui" } }] } },
            {
              from: infra,
              allow: { to: infra },
            },
            { from: auth, allow: { to: infra } },
            {
              from: { element: { type: "lib-feature" } },
              allow: { to: [infra, auth, ...featurePublic] },
            },
            {
              from: { element: { type: "lib-api" } },
              allow: { to: [infra, auth, ...featurePublic] },
            },
          ],
        },
      ],
    },
  },
  {
    // Cycles between modules (and so between folders) fail lint. Packages and the generated client
    // are not followed: that keeps `npm run lint` fast (figures in docs/decisions/020-enforced-boundaries.md).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    // The generated Prisma client is large and imports nothing of ours, so no cycle runs through it.
    settings: { "import/ignore": ["node_modules", "lib/db/generated"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // The environment is read once, parsed with zod, in lib/env (docs/decisions/020-enforced-boundaries.md).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    // lib/security-headers.ts is also loaded by next.config.ts, at build time, for NODE_ENV only.
    ignores: ["lib/env/**", "lib/security-headers.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through lib/env, where it is typed and checked.",
        },
      ],
    },
  },
  {
    // Only the data layer, the seed and scripts talk to the database.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "**/lib/db/*", "@prisma/*", "pg"],
              message: "Pages and components read through lib/<feature>/data.ts, never the database directly.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "Literal[value=/(^|\\s)(-?(ml|mr|pl|pr|left|right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|text-left|text-right|float-left|float-right|scroll-ml|scroll-mr)(-|$))/]",
          message:
            "Use logical utilities (ms/me/ps/pe/start/end/text-start/border-s...) so RTL works without special cases.",
        },
        {
          selector:
            "TemplateElement[value.raw=/(^|\\s)(-?(ml|mr|pl|pr|left|right|border-l|border-r|text-left|text-right|float-left|float-right)(-|$))/]",
          message:
            "Use logical utilities (ms/me/ps/pe/start/end/text-start/border-s...) so RTL works without special cases.",
        },
      ],
    },
  },
]);
