import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Layout must mirror by itself between Arabic (RTL) and English (LTR): only logical utilities
// (ms-/me-/ps-/pe-/start-/end-/text-start/border-s...) may set a side. A physical one would put
// things on the wrong side in one of the two languages.

const roots = ["app", "components"].map((dir) => path.resolve(import.meta.dirname, "..", dir));

const PHYSICAL =
  /(?<![\w-])(?:[a-z-]+:)*-?(?:ml|mr|pl|pr|left|right|text-left|text-right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|float-left|float-right|scroll-ml|scroll-mr|scroll-pl|scroll-pr|inset-l|inset-r)(?:-[\w./[\]%]+)?(?![\w-])/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

function classNames(source: string): string[] {
  return [...source.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\})/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("styles", () => {
  it("use logical, never physical, side utilities", () => {
    const offences = roots
      .flatMap(sourceFiles)
      .flatMap((file) =>
        classNames(readFileSync(file, "utf8")).flatMap((classes) =>
          [...classes.matchAll(PHYSICAL)].map((m) => `${path.relative(process.cwd(), file)}: ${m[0]}`),
        ),
      );
    expect(offences).toEqual([]);
  });

  it("catches a physical utility", () => {
    expect("flex ml-2 sm:pr-4 text-left -right-1".match(PHYSICAL)).toEqual([
      "ml-2",
      "sm:pr-4",
      "text-left",
      "-right-1",
    ]);
    expect("ms-2 pe-4 text-start start-0 border-s".match(PHYSICAL)).toBeNull();
  });
});
