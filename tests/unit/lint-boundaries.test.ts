import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// Each import rule in eslint.config.mjs is fed one known violation, linted as if the file were at
// that path in the tree, so a rule that stops biting (a typo in a pattern, a block replaced by a
// later one, a plugin upgrade) fails here instead of passing silently. The allowed cases beside
// them prove the rules are not simply refusing everything.

const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

// Loading the config (Next's presets, the TypeScript resolver) takes seconds on a loaded machine:
// done once here, with room, so no single check is slow.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("export {};", { filePath: path.join(root, "lib/plans/fixture.ts") });
}, 120_000);

/** The rule ids reporting an error on `code` placed at `file`. */
async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const boundary = "boundaries/dependencies";

describe("the import boundaries", { timeout: 30_000 }, () => {
  it.each([
    ["lib may not import app", "lib/plans/fixture.ts", `import "@/app/[locale]/layout";`],
    ["lib may not import components", "lib/plans/fixture.ts", `import "@/components/ui/badge";`],
    ["components may not import app", "components/plans/fixture.tsx", `import "@/app/[locale]/layout";`],
    ["components/ui may not import a feature", "components/ui/fixture.tsx", `import "@/lib/plans/data";`],
    [
      "components/ui may not import a feature's UI",
      "components/ui/fixture.tsx",
      `import "@/components/plans/plan-list";`,
    ],
    ["infrastructure may not import a feature", "lib/i18n/fixture.ts", `import "@/lib/pledges/data";`],
    ["an infrastructure file may not import a feature", "lib/errors/index.ts", `import "@/lib/plans/data";`],
    ["infrastructure may not import auth", "lib/validation/fixture.ts", `import "@/lib/auth/viewer";`],
    ["auth may not import a feature", "lib/auth/fixture.ts", `import "@/lib/plans/data";`],
    [
      "a feature may not reach into another's private files",
      "lib/plans/fixture.ts",
      `import "@/lib/pledges/mutations";`,
    ],
    ["a feature may not import the HTTP API layer", "lib/plans/fixture.ts", `import "@/lib/api/handler";`],
    [
      "a feature may not import the server-action plumbing",
      "lib/plans/fixture.ts",
      `import "@/lib/actions/run-action";`,
    ],
    ["form plumbing (infrastructure) may not import auth", "lib/forms/fixture.ts", `import "@/lib/auth/viewer";`],
  ])("%s", async (_name, file, code) => {
    expect(await errors(file, code)).toContain(boundary);
  });

  it("keeps pages and components off the database", async () => {
    for (const file of ["app/[locale]/fixture.tsx", "components/plans/fixture.tsx"]) {
      expect(await errors(file, `import "@/lib/db/client";`), file).toEqual(
        expect.arrayContaining([boundary, "no-restricted-imports"]),
      );
      expect(await errors(file, `import "pg";`), file).toContain("no-restricted-imports");
    }
  });

  it("reads the environment only in lib/env", async () => {
    for (const file of ["app/[locale]/fixture.tsx", "components/plans/fixture.tsx", "lib/plans/fixture.ts"]) {
      expect(await errors(file, `export const url = process.env.DATABASE_URL;`), file).toContain(
        "no-restricted-properties",
      );
    }
    expect(await errors("lib/env/fixture.ts", `export const url = process.env.DATABASE_URL;`)).toEqual([]);
  });

  it("refuses an import cycle in app, components and lib", async () => {
    for (const file of ["app/[locale]/page.tsx", "components/ui/badge.tsx", "lib/lists/query.ts"]) {
      const config = (await eslint.calculateConfigForFile(path.join(root, file))) as { rules: Record<string, unknown> };
      expect(config.rules["import/no-cycle"], file).toEqual([2, expect.objectContaining({ ignoreExternal: true })]);
    }
    // The rule's strongly-connected-components shortcut reads the linted file from disk, where the
    // fixture's import is not, so this one check turns the shortcut off; the rule is the same.
    const cycles = new ESLint({
      cwd: root,
      overrideConfig: { files: ["lib/**/*.ts"], rules: { "import/no-cycle": ["error", { disableScc: true }] } },
    });
    // lib/lists/sql.ts imports ./query: query importing ./sql back closes the loop.
    const [result] = await cycles.lintText(`import { titleMatches } from "./sql";\nexport const x = titleMatches;`, {
      filePath: path.join(root, "lib/lists/query.ts"),
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain("import/no-cycle");
  });

  it.each([
    [
      "app imports components and lib",
      "app/[locale]/fixture.tsx",
      `import "@/components/plans/plan-list";\nimport "@/lib/plans/data";`,
    ],
    [
      "components import ui and lib features",
      "components/plans/fixture.tsx",
      `import "@/components/ui/badge";\nimport "@/lib/plans/data";`,
    ],
    ["ui imports infrastructure", "components/ui/fixture.tsx", `import "@/lib/i18n/locales";`],
    [
      "a feature imports another's public files, auth and infrastructure",
      "lib/plans/fixture.ts",
      `import "@/lib/meetings/dto";\nimport "@/lib/activities/schema";\nimport "@/lib/auth/viewer";\nimport "@/lib/db/client";\nimport "@/lib/errors";`,
    ],
    ["a feature imports its own private files", "lib/pledges/fixture.ts", `import "./mutations";`],
    ["the HTTP API layer imports features' public files", "lib/api/fixture.ts", `import "@/lib/plans/data";`],
  ])("allows: %s", async (_name, file, code) => {
    expect(await errors(file, code)).toEqual([]);
  });
});
