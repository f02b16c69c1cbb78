import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports flow one way: app → components → lib. lib's infrastructure (db, i18n, env) knows no
// feature. Physical left/right CSS is banned so right-to-left needs no special cases.

const noImport = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

const featureFolders = [
  "plans",
  "activities",
  "meetings",
  "deliverables",
  "member-states",
  "organizations",
  "reports",
  "auth",
];

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
    files: ["lib/**/*.{ts,tsx}"],
    rules: noImport(
      ["@/app/*", "@/components/*", "**/app/*", "**/components/*"],
      "lib/ is the bottom layer: it may not import from app/ or components/.",
    ),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: noImport(["@/app/*", "**/app/*"], "components/ may not import from app/."),
  },
  {
    files: ["lib/db/**/*.ts", "lib/i18n/**/*.ts", "lib/env.ts", "lib/errors.ts"],
    rules: noImport(
      featureFolders.flatMap((f) => [`@/lib/${f}/*`, `**/lib/${f}/*`]),
      "Infrastructure in lib/ (db, i18n, env, errors) may not import a feature.",
    ),
  },
  {
    // Only the data layer, the seed and scripts talk to the database.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: noImport(
      ["@/lib/db/*", "**/lib/db/*", "@prisma/*", "pg"],
      "Pages and components read through lib/<feature>/data.ts, never the database directly.",
    ),
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
