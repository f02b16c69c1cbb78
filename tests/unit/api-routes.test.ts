import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, API_ROUTES } from "@/lib/api/routes";

// proxy.ts answers 404 and 405 from lib/api/routes.ts before any route runs: the list must be
// exactly the route files under app/api/v1 and the methods they export, or a real route would
// answer 404 (or a real method 405).

const root = path.resolve(import.meta.dirname, "../../app/api/v1");

async function routeFiles(): Promise<Record<string, string[]>> {
  // The catch-all answers 404 for everything else; it is not in the table.
  const files = (await readdir(root, { recursive: true }))
    .filter((f) => f.endsWith("route.ts") && !f.includes("[..."))
    .sort();
  const routes: Record<string, string[]> = {};
  for (const file of files) {
    const dir = path.dirname(file) === "." ? "" : `/${path.dirname(file).split(path.sep).join("/")}`;
    const apiPath = `/api/v1${dir}`.replace(/\[(\w+)\]/g, "{$1}");
    const source = await readFile(path.join(root, file), "utf8");
    const methods = new Set(
      [
        ...source.matchAll(
          /export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g,
        ),
      ].map((m) => m[1] ?? m[2]!),
    );
    routes[apiPath] = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => methods.has(m));
  }
  return routes;
}

describe("the /api/v1 route table", () => {
  it("lists every route file with the methods it exports", async () => {
    const expected = await routeFiles();
    const listed = Object.fromEntries(Object.entries(API_ROUTES).map(([p, m]) => [p, [...m]]));
    expect(listed).toEqual(expected);
  });

  it("matches parameters as single segments, and literal names exactly", () => {
    expect(allowedMethods("/api/v1/plans")).toEqual(["GET", "POST", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/plans/abc")).toEqual(["GET", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/plans/abc/pillar-order")).toEqual(["PUT", "OPTIONS"]);
    expect(allowedMethods("/api/v1/meetings.ics")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/meetingsXics")).toBeNull();
    expect(allowedMethods("/api/v1/plans/a/b/c")).toBeNull();
    expect(allowedMethods("/api/v1/nothing-here")).toBeNull();
  });
});
