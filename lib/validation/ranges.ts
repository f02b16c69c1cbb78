// Start/end pairs that must come in order, checked the same way wherever a record is written
// (the feature's writes) or previewed (the spreadsheet import): each feature lists its pairs once,
// in its rules.ts.

/** A start field and the end field that must not come before it. */
export type Range<F extends string = string> = readonly [start: F, end: F];

/** The end fields of `ranges` whose value comes before their start (`YYYY-MM-DD` strings or years; nulls pass). */
export function endsBeforeStart<F extends string>(
  values: Partial<Record<F, unknown>>,
  ranges: readonly Range<F>[],
): F[] {
  return ranges
    .filter(([start, end]) => {
      const from = values[start];
      const to = values[end];
      return from != null && to != null && (to as string | number) < (from as string | number);
    })
    .map(([, end]) => end);
}
