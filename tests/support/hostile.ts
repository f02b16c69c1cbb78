// Hostile values for the fuzz tests (tests/integration/hostile-*.test.ts), and a seeded random
// generator so that a failing run can be repeated exactly: the seed is printed with a failure.

/** mulberry32: small, fast, good enough to pick test cases reproducibly. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(next: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

/** Text that broke the server before (NUL, lone surrogates, year 0000) and its relatives. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "a\ud800b",
  "\udfff",
  "\ud83d",
  "\u202eevil",
  "\u0007bell",
  "0000-01-01",
  "0000-00-00",
  "9999-12-31",
  "2024-02-30",
  "-000001-01-01",
  "1e999",
  "NaN",
  "-1",
  "%FF",
  "%00",
  "../../etc/passwd",
  "' OR '1'='1",
  "<script>alert(1)</script>",
  "١٢٣",
  "00000000-0000-0000-0000-000000000000",
  "toString",
  "__proto__",
  "x".repeat(20_001),
];

/** The values that must be refused by every text field, tried on each one every run. */
export const ALWAYS: readonly unknown[] = [
  "\u0000",
  "a\ud800b",
  "0000-01-01",
  { ar: "\u0000" },
  { ar: "a\ud800b" },
  JSON.parse('{"ar":"x","__proto__":"y","toString":"z"}'),
];

/** Any JSON value a field may be sent. */
export const HOSTILE_VALUES: readonly unknown[] = [
  ...HOSTILE_STRINGS,
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.0001,
  1e21,
  2 ** 53 + 2,
  -(2 ** 63),
  [],
  {},
  [null],
  ["\u0000"],
  [{ __proto__: null, id: "\u0000" }],
  { ar: "" },
  { ar: "x".repeat(600) },
  { ar: "x", en: "\u0000" },
  { ar: "x", "x-\u0000": "y" },
  { ar: ["x"] },
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse('{"__proto__":{"polluted":true}}'),
  Array.from({ length: 2000 }, (_, i) => i),
];

/** Nested `depth` deep: `[[[...]]]`. */
export const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
/** Nested `depth` deep: `{"a":{"a":...}}`. */
export const deepObject = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

/** Whole bodies that are not what any route expects. */
export const HOSTILE_BODIES: readonly string[] = [
  "{ not json",
  "\u0000",
  '"\u0000"',
  "null",
  "[]",
  "1e999",
  '{"a":1,"a":2}',
  deepArray(5000),
  deepObject(5000),
  JSON.stringify({ title: "x".repeat(900_000) }),
];
