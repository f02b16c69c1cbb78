// `npm run bench:http`: what a reader of Mutabaa waits for, measured over HTTP against a production
// server started as `npm start` starts it (scripts/lib/bench-server.ts), with the demo data plus a
// generated plan of 5,000 activities. Prints, in one run: requests per second and the p50/p97.5
// latency of each page or endpoint under the same load, their ratios to the floor (a static file,
// `GET /api/ready`), the plan page's HTML size at both sizes, and each route's first-load JS.
// `npm run bench:bundle` prints the first-load table alone. Not a test: figures depend on the
// machine (docs/decisions/035-http-benchmarks.md).
//
// BENCH_PORT (default 3190), BENCH_PG_PORT (default 54490), BENCH_SECONDS per target (default 10),
// BENCH_CONNECTIONS (default 20).
import autocannon from "autocannon";
import { createPrismaClient } from "../lib/db/client";
import { allowServerOnlyImports, generatePlan } from "./lib/bench";
import { firstLoad, kib, printTable, signInCookie, startBenchServer } from "./lib/bench-server";

allowServerOnlyImports();

const bundleOnly = process.argv.includes("--bundle-only");
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const LARGE = 5000;

const server = await startBenchServer({
  port: Number(process.env.BENCH_PORT || 3190),
  pgPort: Number(process.env.BENCH_PG_PORT || 54490),
});
try {
  const { origin } = server;
  const db = createPrismaClient(server.databaseUrl);
  const demo = (await db.actionPlan.findUniqueOrThrow({ where: { key: "arcp-2022-2023" } })).id;
  const activity = (
    await db.activity.findFirstOrThrow({ where: { pillar: { planId: demo } }, orderBy: { key: "asc" } })
  ).id;
  const large = bundleOnly ? null : await generatePlan(db, { activities: LARGE, pillars: 10, key: "bench-http" });
  await db.$disconnect();
  const cookie = await signInCookie(origin, "secretariat@mutabaa.test", "mutabaa-demo");

  // First-load JS: what the browser fetches before the page is interactive, per route.
  const routes: [string, string, Record<string, string>?][] = [
    ["home", "/ar"],
    ["plans", "/ar/plans"],
    ["plan dashboard", `/ar/plans/${demo}`],
    ["plan dashboard, signed in", `/ar/plans/${demo}`, { cookie }],
    ["activities list", "/ar/activities"],
    ["activity", `/ar/activities/${activity}`],
    ["activity, signed in", `/ar/activities/${activity}`, { cookie }],
    ["meetings", "/ar/meetings"],
    ["documents", "/ar/deliverables"],
    ["member states", "/ar/member-states"],
    ["sign-in", "/ar/sign-in"],
  ];
  const bundleRows = [["route", "path", "scripts", "first-load JS (gzip)", "HTML"]];
  let staticScript = "";
  for (const [name, path, headers] of routes) {
    const load = await firstLoad(origin, path, headers);
    staticScript ||= load.scripts[0] ?? "";
    bundleRows.push([
      name,
      path.replace(/[0-9a-f-]{36}/g, ":id"),
      String(load.scripts.length),
      kib(load.jsGzipBytes),
      kib(load.htmlBytes),
    ]);
  }
  console.log("\nFirst-load JavaScript per route (target for the dashboard: 170 KB)");
  printTable(bundleRows);

  if (!bundleOnly) {
    console.log("\nPlan page HTML (target: 300 KB at any size)");
    const sizeRows = [["plan", "activities", "HTML", "time to last byte"]];
    for (const [name, id, count] of [
      ["demo 2022–2023", demo, "demo"],
      ["generated", large!, String(LARGE)],
    ] as const) {
      await fetch(`${origin}/ar/plans/${id}`).then((r) => r.arrayBuffer()); // warm-up
      const start = performance.now();
      const load = await firstLoad(origin, `/ar/plans/${id}`);
      sizeRows.push([name, count, kib(load.htmlBytes), `${(performance.now() - start).toFixed(0)} ms`]);
    }
    printTable(sizeRows);

    const ready = await fetch(`${origin}/api/ready`).then(
      (r) => r.status !== 404,
      () => false,
    );
    const targets: [string, string, Record<string, string>?][] = [
      ["static file", staticScript],
      ...(ready ? ([["GET /api/ready", "/api/ready"]] as [string, string][]) : []),
      ["public dashboard, demo plan", `/ar/plans/${demo}`],
      ["signed-in dashboard, demo plan", `/ar/plans/${demo}`, { cookie }],
      ["activities list", "/ar/activities"],
      ["progress API, demo plan", `/api/v1/plans/${demo}/progress`],
      // Last: until the plan page's cost is flat, 20 concurrent renders of it can exhaust the
      // server's memory, and nothing measured after it would mean anything.
      [`public dashboard, ${LARGE} activities`, `/ar/plans/${large}`],
    ];
    console.log(`\nUnder load: ${connections} connections, ${seconds} s per target, one after the other`);
    const results = new Map<string, autocannon.Result>();
    for (const [name, path, headers] of targets) {
      // A short warm-up so that the first target does not pay for every route's first compile.
      await autocannon({ url: `${origin}${path}`, connections: 2, duration: 1, headers });
      results.set(name, await autocannon({ url: `${origin}${path}`, connections, duration: seconds, headers }));
    }
    const floor = results.get("static file")!.latency.p97_5 || 1;
    const readyP = results.get("GET /api/ready")?.latency.p97_5;
    const rows = [["target", "req/s", "p50 ms", "p97.5 ms", "non-2xx", "errors", "p97.5 / static", "p97.5 / ready"]];
    for (const [name, r] of results) {
      rows.push([
        name,
        r.requests.average.toFixed(1),
        String(r.latency.p50),
        String(r.latency.p97_5),
        String(r.non2xx),
        String(r.errors + r.timeouts),
        (r.latency.p97_5 / floor).toFixed(1),
        readyP ? (r.latency.p97_5 / readyP).toFixed(1) : "–",
      ]);
    }
    printTable(rows);
    for (const [name, r] of results) {
      if (r.requests.total === 0)
        console.log(`No answer at all for "${name}" within ${seconds} s (see the server's log).`);
    }
    const ratio = (a: string, b: string) =>
      (results.get(a)!.latency.p97_5 / Math.max(1, results.get(b)!.latency.p97_5)).toFixed(2);
    console.log(
      `\nTargets: public dashboard p97.5 ≤ 2× static file (now ${ratio("public dashboard, demo plan", "static file")}×); ` +
        `${LARGE}-activity vs demo plan ≤ 1.2× (now ${ratio(`public dashboard, ${LARGE} activities`, "public dashboard, demo plan")}×); ` +
        (ready
          ? `signed-in dashboard ≤ 3× /api/ready (now ${ratio("signed-in dashboard, demo plan", "GET /api/ready")}×).`
          : "signed-in dashboard vs /api/ready: skipped, this build has no GET /api/ready."),
    );
  }
} finally {
  await server.stop();
}
