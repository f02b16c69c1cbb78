"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ApiFailure } from "@/lib/api/client";
import { QueryProvider } from "@/components/providers/query-provider";
import { PartialDate } from "@/components/ui/dates";
import { useNumberFormat } from "@/components/ui/display-preferences";
import { Button } from "@/components/ui/form/buttons";
import { Link } from "@/lib/i18n/navigation";
import type { SheetId } from "@/lib/imports/columns";
import type { ImportPreview, ImportResult, RowPreview } from "@/lib/imports/schema";
import { postImport } from "./import-api";

// Upload → preview → apply. The chosen file stays selected whatever the server answers, so a
// corrected workbook is one "choose file" away and nothing typed on the page is lost. Apply is
// offered only for a preview without errors, and sends the preview's fingerprint: the server
// refuses (409) if the records changed meanwhile.

export interface ImportLabels {
  fileLabel: string;
  preview: string;
  previewing: string;
  apply: string;
  applying: string;
  applyBlocked: string;
  nothingToApply: string;
  previewHeading: string;
  toCreate: string;
  toUpdate: string;
  unchanged: string;
  errorCount: string;
  errorsHeading: string;
  colSheet: string;
  colRow: string;
  colColumn: string;
  colProblem: string;
  colKey: string;
  colChange: string;
  colDetails: string;
  actionCreate: string;
  actionUpdate: string;
  emptyValue: string;
  /** Read by screen readers between a value's before and after. */
  changedTo: string;
  appliedHeading: string;
  appliedIntro: string;
  created: string;
  updated: string;
  backToPlan: string;
  conflict: string;
  sheets: Record<SheetId, string>;
  /** Column names per sheet, by column id. */
  columns: Record<SheetId, Record<string, string>>;
  /** Enum labels per sheet and column id, by value. */
  choices: Record<SheetId, Record<string, Record<string, string>>>;
  /** Columns holding dates, per sheet. */
  dateColumns: Record<SheetId, string[]>;
}

const RECORD_PATHS: Record<SheetId, string> = {
  activities: "/activities",
  meetings: "/meetings",
  deliverables: "/deliverables",
};

function failureMessage(error: unknown, labels: ImportLabels): string {
  if (error instanceof ApiFailure && error.httpStatus === 409) return labels.conflict;
  if (error instanceof ApiFailure && error.error) return error.error.message;
  return error instanceof Error ? error.message : String(error);
}

export function ImportWorkbench(props: { planId: string; planHref: string; labels: ImportLabels }) {
  return (
    <QueryProvider>
      <Workbench {...props} />
    </QueryProvider>
  );
}

function Workbench({ planId, planHref, labels }: { planId: string; planHref: string; labels: ImportLabels }) {
  const locale = useLocale();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (chosen: File) => postImport(planId, "preview", chosen, locale) });
  const apply = useMutation({
    mutationFn: ({ chosen, fingerprint }: { chosen: File; fingerprint: string }) =>
      postImport(planId, "apply", chosen, locale, fingerprint),
  });

  function choose(chosen: File | null) {
    setFile(chosen);
    preview.reset();
    apply.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    apply.reset();
    preview.mutate(file);
  }

  const result = preview.data;
  return (
    <div className="space-y-8">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="import-form">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-semibold text-slate-800">
            {labels.fileLabel}
          </label>
          <input
            id={inputId}
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => choose(event.currentTarget.files?.[0] ?? null)}
            className="max-w-full text-sm file:me-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800"
            data-testid="import-file"
          />
        </div>
        <Button type="submit" tone="secondary" disabled={!file || preview.isPending} data-testid="import-preview">
          {preview.isPending ? labels.previewing : labels.preview}
        </Button>
      </form>

      {preview.isError && (
        <p
          role="alert"
          className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950"
          data-testid="import-failure"
        >
          {failureMessage(preview.error, labels)}
        </p>
      )}

      {result && !apply.isSuccess && (
        <PreviewView
          preview={result}
          labels={labels}
          applying={apply.isPending}
          onApply={() => file && apply.mutate({ chosen: file, fingerprint: result.fingerprint })}
          applyError={apply.isError ? failureMessage(apply.error, labels) : null}
        />
      )}

      {apply.data && <AppliedView result={apply.data} labels={labels} planHref={planHref} />}
    </div>
  );
}

function PreviewView({
  preview,
  labels,
  applying,
  onApply,
  applyError,
}: {
  preview: ImportPreview;
  labels: ImportLabels;
  applying: boolean;
  onApply: () => void;
  applyError: string | null;
}) {
  const format = useNumberFormat();
  const rows = preview.sheets.flatMap((s) => s.rows);
  const totals = [
    { label: labels.toCreate, value: rows.filter((r) => r.action === "create").length },
    { label: labels.toUpdate, value: rows.filter((r) => r.action === "update").length },
    { label: labels.unchanged, value: preview.sheets.reduce((n, s) => n + s.unchanged, 0) },
    { label: labels.errorCount, value: preview.errors.length },
  ];
  return (
    <section aria-labelledby="import-preview-heading" className="space-y-6" data-testid="import-preview-result">
      <h2 id="import-preview-heading" className="border-b border-slate-200 pb-2 text-xl font-semibold text-brand-900">
        {labels.previewHeading}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {totals.map((total) => (
          <div key={total.label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-700">{total.label}</dt>
            <dd className="text-2xl font-bold text-brand-900">{format(total.value)}</dd>
          </div>
        ))}
      </dl>

      {preview.errors.length > 0 && (
        <div>
          <h3 className="mb-2 text-lg font-semibold text-rose-900">{labels.errorsHeading}</h3>
          <ScrollTable label={labels.errorsHeading} testId="import-errors">
            <thead>
              <tr>
                <Th>{labels.colSheet}</Th>
                <Th>{labels.colRow}</Th>
                <Th>{labels.colColumn}</Th>
                <Th>{labels.colProblem}</Th>
              </tr>
            </thead>
            <tbody>
              {preview.errors.map((error) => (
                <tr
                  key={`${error.sheet}-${error.row}-${error.column}-${error.code}`}
                  className="border-t border-slate-200"
                >
                  <Td>{labels.sheets[error.sheet]}</Td>
                  <Td>{format(error.row)}</Td>
                  <Td>{labels.columns[error.sheet][error.column] ?? <bdi>{error.column}</bdi>}</Td>
                  <Td>{error.message}</Td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </div>
      )}

      {preview.sheets
        .filter((sheet) => sheet.rows.length > 0)
        .map((sheet) => (
          <div key={sheet.sheet}>
            <h3 className="mb-2 text-lg font-semibold text-brand-900">{labels.sheets[sheet.sheet]}</h3>
            <ScrollTable label={labels.sheets[sheet.sheet]} testId={`import-changes-${sheet.sheet}`}>
              <thead>
                <tr>
                  <Th>{labels.colRow}</Th>
                  <Th>{labels.colKey}</Th>
                  <Th>{labels.colChange}</Th>
                  <Th>{labels.colDetails}</Th>
                </tr>
              </thead>
              <tbody>
                {sheet.rows.map((row) => (
                  <tr key={row.key} className="border-t border-slate-200 align-top">
                    <Td>{format(row.row)}</Td>
                    <Td>
                      <bdi className="font-mono text-xs">{row.key}</bdi>
                    </Td>
                    <Td>{row.action === "create" ? labels.actionCreate : labels.actionUpdate}</Td>
                    <Td wide>
                      <ChangeList sheet={sheet.sheet} row={row} labels={labels} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </div>
        ))}

      <div className="space-y-2">
        {preview.errors.length > 0 ? (
          <p className="text-sm text-rose-900" id="import-apply-note">
            {labels.applyBlocked}
          </p>
        ) : !preview.canApply ? (
          <p className="text-sm text-slate-700" id="import-apply-note">
            {labels.nothingToApply}
          </p>
        ) : null}
        <Button
          tone="primary"
          onClick={onApply}
          disabled={!preview.canApply || applying}
          aria-describedby={preview.canApply ? undefined : "import-apply-note"}
          data-testid="import-apply"
        >
          {applying ? labels.applying : labels.apply}
        </Button>
        {applyError && (
          <p
            role="alert"
            className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950"
            data-testid="import-apply-failure"
          >
            {applyError}
          </p>
        )}
      </div>
    </section>
  );
}

function ChangeList({ sheet, row, labels }: { sheet: SheetId; row: RowPreview; labels: ImportLabels }) {
  const changes = row.action === "create" ? row.changes.filter((c) => c.to !== null) : row.changes;
  return (
    <ul className="space-y-1">
      {changes.map((change) => (
        <li key={change.column}>
          <span className="font-semibold">{labels.columns[sheet][change.column] ?? change.column}: </span>
          {row.action === "update" && (
            <>
              <del className="text-slate-600">
                <CellText sheet={sheet} column={change.column} value={change.from} labels={labels} />
              </del>
              <span aria-hidden="true" className="mx-1 inline-block rtl:-scale-x-100">
                →
              </span>
              <span className="sr-only"> {labels.changedTo} </span>
            </>
          )}
          <ins className="no-underline">
            <CellText sheet={sheet} column={change.column} value={change.to} labels={labels} />
          </ins>
        </li>
      ))}
    </ul>
  );
}

function CellText({
  sheet,
  column,
  value,
  labels,
}: {
  sheet: SheetId;
  column: string;
  value: string | number | null;
  labels: ImportLabels;
}) {
  const format = useNumberFormat();
  if (value === null) return <span className="text-slate-600">{labels.emptyValue}</span>;
  const choice = labels.choices[sheet][column]?.[String(value)];
  if (choice) return <>{choice}</>;
  if (typeof value === "number") return <>{format(value)}</>;
  if (labels.dateColumns[sheet].includes(column)) return <PartialDate iso={value} precision="day" />;
  return <bdi dir="auto">{value}</bdi>;
}

function AppliedView({ result, labels, planHref }: { result: ImportResult; labels: ImportLabels; planHref: string }) {
  return (
    <section
      aria-labelledby="import-applied-heading"
      role="status"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-4"
      data-testid="import-applied"
    >
      <h2 id="import-applied-heading" className="text-xl font-semibold text-emerald-950">
        {labels.appliedHeading}
      </h2>
      <p className="mt-1 text-sm text-emerald-950">{labels.appliedIntro}</p>
      <ul className="mt-3 space-y-1 text-sm">
        {result.records.map((record) => (
          <li key={`${record.sheet}-${record.key}`}>
            {record.action === "create" ? labels.created : labels.updated} · {labels.sheets[record.sheet]}:{" "}
            <Link href={`${RECORD_PATHS[record.sheet]}/${record.id}`} className="text-brand-800 underline">
              <bdi className="font-mono">{record.key}</bdi>
            </Link>
          </li>
        ))}
      </ul>
      <Link
        href={planHref}
        className="mt-4 inline-block font-semibold text-brand-800 underline"
        data-testid="import-back-to-plan"
      >
        {labels.backToPlan}
      </Link>
    </section>
  );
}

function ScrollTable({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    // Focusable, so keyboard users can scroll a wide table on a phone.
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="min-w-full text-sm" data-testid={testId}>
        {children}
      </table>
    </div>
  );
}

function Th({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="bg-slate-50 px-3 py-2 text-start font-semibold text-slate-800">
      {children}
    </th>
  );
}

function Td({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return <td className={`px-3 py-2 text-slate-900 ${wide ? "min-w-64" : ""}`}>{children}</td>;
}
