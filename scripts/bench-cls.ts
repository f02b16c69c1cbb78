// `npm run bench:cls`: cumulative layout shift of the main pages in Chromium, measured with a
// PerformanceObserver while each page loads (a stand-in for Lighthouse, which is not installed
// here). Against a running server: CLS_BASE_URL (default http://127.0.0.1:3000, `npm start`).
// Prints a table; not a test (decision 035). Target: CLS < 0.05.
import { chromium } from "@playwright/test";
import { printTable } from "./lib/bench-server";

const base = process.env.CLS_BASE_URL || "http://127.0.0.1:3000";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  const plans = await (await fetch(`${base}/ar/plans`)).text();
  const plan = /\/ar\/plans\/([0-9a-f-]{36})/.exec(plans)?.[1];
  const paths = ["/plans", `/plans/${plan}`, "/activities", "/member-states"];
  const rows = [["page", "ar CLS", "en CLS", "console errors"]];
  for (const path of paths) {
    const row = [path.replace(/[0-9a-f-]{36}/, ":id")];
    let errors = 0;
    for (const locale of ["ar", "en"]) {
      const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
      const page = await context.newPage();
      page.on("console", (message) => void (message.type() === "error" && errors++));
      await page.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) w.cls += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(`${base}/${locale}${path}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(1000); // late shifts (fonts, images) after the network settles
      row.push((await page.evaluate(() => (window as unknown as { cls: number }).cls)).toFixed(3));
      await context.close();
    }
    row.push(String(errors));
    rows.push(row);
  }
  printTable(rows);
} finally {
  await browser.close();
}
