import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";

// Every user-facing string lives in messages/<locale>.json; a key present in one locale and not
// the other would show a raw key (or next-intl's fallback) to half the users.

type Messages = { [key: string]: string | Messages };

function load(locale: string): Messages {
  const file = path.resolve(import.meta.dirname, "../../messages", `${locale}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as Messages;
}

/** Leaf keys as dotted paths, with their values. */
function flatten(messages: Messages, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, full)) out.set(k, v);
    } else {
      out.set(full, value);
    }
  }
  return out;
}

const flat = Object.fromEntries(locales.map((locale) => [locale, flatten(load(locale))]));

describe("messages", () => {
  for (const locale of locales) {
    for (const other of locales) {
      if (other === locale) continue;
      it(`${locale}.json has every key of ${other}.json`, () => {
        const missing = [...flat[other]!.keys()].filter((key) => !flat[locale]!.has(key));
        expect(missing, `keys in ${other}.json missing from ${locale}.json: ${missing.join(", ")}`).toEqual([]);
      });
    }

    it(`${locale}.json has only non-empty string values`, () => {
      const bad = [...flat[locale]!]
        .filter(([, value]) => typeof value !== "string" || value.trim() === "")
        .map(([key]) => key);
      expect(bad, `empty or non-string values in ${locale}.json: ${bad.join(", ")}`).toEqual([]);
    });
  }
});
