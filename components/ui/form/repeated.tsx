"use client";

import { useMemo, useState, type ReactNode } from "react";
import { Button } from "./buttons";
import { FormProvider, useFieldErrors, useFieldId, useFormContext } from "./form-context";
import { rowIndexes, type FormValues } from "@/lib/forms/form-values";
import type { FieldErrors } from "@/lib/errors";
import { ErrorText } from "./fields";

// A list of rows edited in place (agenda items, a document's stages): add, remove, move up and
// down. Inputs are named by position (`stages.2.date`), so the server reads the rows in the order
// shown; each row keeps the values it was loaded with while it moves (RowScope).

interface Row {
  key: number;
  /** The row's index in the form's values when it was loaded; null for a row added since. */
  from: number | null;
}

export function Repeated({
  name,
  legend,
  addLabel,
  itemLegend,
  labels,
  renderRow,
  emptyText,
}: {
  name: string;
  legend: string;
  addLabel: string;
  itemLegend: (position: number) => string;
  labels: { moveUp: string; moveDown: string; remove: string };
  /** The row's fields, named `${name}.${index}.…`. */
  renderRow: (index: number) => ReactNode;
  emptyText?: string;
}) {
  const { values } = useFormContext();
  const id = useFieldId(name);
  const errors = useFieldErrors(name);
  const [rows, setRows] = useState<Row[]>(() => rowIndexes(values, name).map((from, key) => ({ key, from })));

  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const target = index + by;
      if (target < 0 || target >= current.length) return current;
      const copy = [...current];
      [copy[index], copy[target]] = [copy[target]!, copy[index]!];
      return copy;
    });

  return (
    <fieldset id={id} className="min-w-0" data-testid={`repeated-${name}`}>
      <legend className="mb-3 text-base font-semibold text-brand-900">{legend}</legend>
      {rows.length === 0 && emptyText && <p className="text-sm text-slate-600">{emptyText}</p>}
      <ol className="flex flex-col gap-4">
        {rows.map((row, index) => {
          const title = itemLegend(index + 1);
          return (
            <li key={row.key}>
              <fieldset className="min-w-0 rounded-md border border-slate-200 bg-slate-50/60 p-3 sm:p-4">
                <legend className="px-1 text-sm font-semibold text-slate-800">{title}</legend>
                <div className="mb-3 flex flex-wrap justify-end gap-2">
                  <Button
                    tone="ghost"
                    className="px-2 py-1 text-xs"
                    onClick={() => move(index, -1)}
                    disabled={index === 0}
                    aria-label={`${labels.moveUp}: ${title}`}
                  >
                    <Arrow direction="up" />
                    {labels.moveUp}
                  </Button>
                  <Button
                    tone="ghost"
                    className="px-2 py-1 text-xs"
                    onClick={() => move(index, 1)}
                    disabled={index === rows.length - 1}
                    aria-label={`${labels.moveDown}: ${title}`}
                  >
                    <Arrow direction="down" />
                    {labels.moveDown}
                  </Button>
                  <Button
                    tone="ghost"
                    className="px-2 py-1 text-xs text-rose-800 hover:bg-rose-50"
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                    aria-label={`${labels.remove}: ${title}`}
                  >
                    {labels.remove}
                  </Button>
                </div>
                <RowScope list={name} from={row.from} to={index}>
                  <div className="flex flex-col gap-3">{renderRow(index)}</div>
                </RowScope>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ErrorText id={id} messages={errors} />
      <div className="mt-3">
        <Button
          tone="secondary"
          onClick={() =>
            setRows((current) => [...current, { key: Math.max(-1, ...current.map((r) => r.key)) + 1, from: null }])
          }
        >
          <span aria-hidden="true">+</span>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}

/** Up/down arrows: vertical, so the same in both directions. */
function Arrow({ direction }: { direction: "up" | "down" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3.5 ${direction === "down" ? "rotate-180" : ""}`}>
      <path
        d="M8 13V3M3.5 7.5 8 3l4.5 4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function renamed<T>(source: Record<string, T>, from: string | null, to: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(source)) {
    if (from !== null && key.startsWith(from)) out[to + key.slice(from.length)] = value;
    else if (!key.startsWith(to)) out[key] = value;
  }
  return out;
}

/** Shows row `from`'s values and errors under the names of position `to`. */
function RowScope({
  list,
  from,
  to,
  children,
}: {
  list: string;
  from: number | null;
  to: number;
  children: ReactNode;
}) {
  const parent = useFormContext();
  const scoped = useMemo(() => {
    const fromPrefix = from === null ? null : `${list}.${from}.`;
    const toPrefix = `${list}.${to}.`;
    return {
      idPrefix: parent.idPrefix,
      values: renamed<FormValues[string]>(parent.values, fromPrefix, toPrefix),
      errors: renamed<FieldErrors[string]>(parent.errors, fromPrefix, toPrefix),
    };
  }, [parent, list, from, to]);
  return <FormProvider value={scoped}>{children}</FormProvider>;
}
