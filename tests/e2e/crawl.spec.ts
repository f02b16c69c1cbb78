import { expect, test } from "./fixtures";

// Every page a reader can reach from the home page, in the same locale, answers without error.
// Links are read from the server-rendered HTML, which carries all of them (no client-only links).
// Lists and the calendar link to endless variants of themselves (filters, pages, next month):
// one variant with a query string is visited per path, which exercises the query handling
// without walking the calendar to the end of time.

const MAX_PAGES = 400;

test("every page reachable from the home page answers", async ({ page, lang, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  const start = `/${lang}`;
  const queue: string[] = [start];
  const seen = new Set(queue);
  const queriedPaths = new Set<string>();
  const failures: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.request.get(path, { maxRedirects: 0 });
    if (response.status() >= 400) {
      failures.push(`${response.status()} ${path}`);
      continue;
    }
    const html = await response.text();
    expect(html, `${path} has a <title>`).toMatch(/<title>[^<]+<\/title>/);
    for (const match of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
      const url = new URL(match[1]!.replaceAll("&amp;", "&"), origin + path);
      if (url.origin !== origin) continue;
      const next = url.pathname + url.search;
      if (next !== start && !next.startsWith(`${start}/`) && !next.startsWith(`${start}?`)) continue;
      if (seen.has(next)) continue;
      if (url.search) {
        if (queriedPaths.has(url.pathname)) continue;
        queriedPaths.add(url.pathname);
      }
      seen.add(next);
      queue.push(next);
    }
    expect(seen.size, "crawl stays bounded").toBeLessThan(MAX_PAGES);
  }

  expect(failures).toEqual([]);
  // Home, plans, member states, two plans, and the activities, meetings and documents below them.
  expect(seen.size).toBeGreaterThan(20);
  console.log(`[${lang}] crawled ${seen.size} pages`);
});
