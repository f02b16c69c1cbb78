import type { ReactNode } from "react";

// A results table that stacks into one card per row on phones: header cells are hidden visually
// (still read out) and each cell prints its column name from `data-label` before its value.
// Printing lays out the full table.

export const headerCell = "px-4 py-2 text-start text-sm font-medium text-slate-700";
export const rowClass = "align-top max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-3";
export const cell =
  "px-4 py-3 text-start text-sm max-sm:flex max-sm:flex-wrap max-sm:items-center max-sm:gap-x-3 max-sm:py-1 max-sm:before:min-w-24 max-sm:before:font-medium max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)]";

export function StackedTable({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:border-0 print:shadow-none">
      <table
        className="w-full border-collapse max-sm:block [&_tbody]:divide-y [&_tbody]:divide-slate-100 max-sm:[&_tbody]:block [&_thead]:bg-slate-50 max-sm:[&_thead]:sr-only"
        data-testid={testId}
      >
        {children}
      </table>
    </div>
  );
}
