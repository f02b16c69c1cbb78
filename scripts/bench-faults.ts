// `npm run bench:faults`: figures for the fault and abuse defences, printed side by side in one
// run (never asserted in tests: they depend on the machine).
//
// 1. Zip bombs: time to refuse, and the process's memory before and after, for the bomb
//    (a ~310 KB .xlsx holding one 300 MB shared string), the same with honest header sizes, and an
//    archive of 20,000 entries; next to an ordinary workbook's parse for comparison.
// 2. With MUTABAA_BENCH_URL (a running `npm start`, e.g. http://localhost:3000) and
//    MUTABAA_BENCH_PG_PID (the embedded postmaster's pid, `head -1 .data/postgres/postmaster.pid`):
//    kills PostgreSQL, then polls /api/ready and a page of /api/v1 every 100 ms, printing the
//    statuses seen and the seconds until the app answers again by itself.
import ExcelJS from "exceljs";
import { parseWorkbook } from "../lib/imports/parse";
import { declaredBomb, manyEntries, sharedStringBomb } from "../tests/support/zip-bomb";

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function measure(name: string, bytes: Uint8Array): Promise<void> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  let outcome = "parsed";
  try {
    await parseWorkbook(bytes);
  } catch (error) {
    outcome = `refused (${(error as { code?: string }).code ?? String(error)})`;
  }
  const ms = performance.now() - started;
  const after = process.memoryUsage().rss;
  console.log(
    `${name.padEnd(34)} ${(bytes.byteLength / 1024).toFixed(0).padStart(6)} KB  ${ms.toFixed(0).padStart(6)} ms  ` +
      `RSS ${mb(before).padStart(6)} -> ${mb(after).padStart(6)} MB  ${outcome}`,
  );
}

async function bombs(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Activities");
  sheet.getCell("A1").value = "key";
  for (let r = 3; r < 1003; r++) sheet.getCell(`A${r}`).value = `act-${r}`;
  const ordinary = new Uint8Array(await workbook.xlsx.writeBuffer());
  console.log("Upload budget (lib/imports/unzip.ts)");
  console.log(`${"file".padEnd(34)} ${"size".padStart(9)}  ${"time".padStart(9)}  memory`);
  await measure("ordinary workbook, 1,000 rows", ordinary);
  await measure("300 MB shared string, streamed", sharedStringBomb(300));
  await measure("300 MB shared string, sizes given", declaredBomb(300));
  await measure("20,000 empty entries", manyEntries(20_000));
}

async function recovery(): Promise<void> {
  const base = process.env.MUTABAA_BENCH_URL;
  const pid = Number(process.env.MUTABAA_BENCH_PG_PID);
  if (!base || !pid) {
    console.log("\nRecovery after killing PostgreSQL: set MUTABAA_BENCH_URL and MUTABAA_BENCH_PG_PID to measure.");
    return;
  }
  const probe = async (path: string) => {
    try {
      return (await fetch(new URL(path, base), { signal: AbortSignal.timeout(10_000) })).status;
    } catch {
      return 0;
    }
  };
  console.log(`\nRecovery after SIGKILL to PostgreSQL (pid ${pid}) under ${base}`);
  process.kill(pid, "SIGKILL");
  const killed = performance.now();
  const seen = new Map<string, number>();
  for (;;) {
    const [ready, plans] = await Promise.all([probe("/api/ready"), probe("/api/v1/plans")]);
    const key = `ready ${ready}, /api/v1/plans ${plans}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (ready === 200 && plans === 200) break;
    if (performance.now() - killed > 120_000) {
      console.log("not recovered within 120 s");
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const [key, count] of seen) console.log(`  ${count.toString().padStart(4)} x ${key}`);
  console.log(`  answering again after ${((performance.now() - killed) / 1000).toFixed(1)} s`);
}

await bombs();
await recovery();
