"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useFieldErrors, useFieldId, useFieldValue, useFieldValues } from "./form-context";

// Labelled controls for the editing forms. Each takes its `name` (the input's, equal to the path
// the server validates) and reads its value and errors from the form: a refused submission comes
// back with the typed value and the message beside the field (aria-invalid, aria-describedby).

export const controlClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-rose-600 aria-[invalid=true]:bg-rose-50/40 disabled:bg-slate-100";

const labelClass = "text-sm font-medium text-slate-800";

export function describedBy(id: string, hint: boolean, errors: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="text-xs text-slate-600">
      {children}
    </p>
  );
}

export function ErrorText({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={`${id}-error`} className="flex items-start gap-1 text-sm text-rose-700" data-testid="field-error">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-1 size-3.5 shrink-0">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4.5v4M8 11h.01" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <span>{messages.join(" ")}</span>
    </p>
  );
}

/** "(required)" after a label; the input also carries `aria-required`. */
export function RequiredMark({ label }: { label: string }) {
  return (
    <span className="ms-1 text-xs font-normal text-rose-700">
      <span aria-hidden="true">*</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

interface Common {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Localized "required", read out after the label; marks the field as required. */
  requiredLabel?: string;
  className?: string;
}

/**
 * A labelled control with its hint and error below it: the one frame of every text, area and
 * select field (these editing fields, and the context-free ones of the sign-in and account forms).
 */
export function FieldFrame({
  id,
  label,
  requiredLabel,
  hint,
  errors,
  className = "",
  children,
}: {
  id: string;
  label: ReactNode;
  requiredLabel?: string;
  hint?: ReactNode;
  errors: string[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
        {requiredLabel && <RequiredMark label={requiredLabel} />}
      </label>
      {children}
      <Hint id={id}>{hint}</Hint>
      <ErrorText id={id} messages={errors} />
    </div>
  );
}

/** The accessibility attributes a control inside a `FieldFrame` carries. */
export function controlAria(id: string, hint: ReactNode, errors: string[], required = false) {
  return {
    id,
    "aria-required": required ? true : undefined,
    "aria-invalid": errors.length > 0 ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(hint), errors.length > 0),
  } as const;
}

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "defaultValue" | "required">;

export function TextField({ name, label, hint, requiredLabel, className = "", ...input }: InputProps) {
  const id = useFieldId(name);
  const value = useFieldValue(name);
  const errors = useFieldErrors(name);
  return (
    <FieldFrame id={id} label={label} requiredLabel={requiredLabel} hint={hint} errors={errors} className={className}>
      <input
        name={name}
        defaultValue={value}
        {...controlAria(id, hint, errors, Boolean(requiredLabel))}
        className={controlClass}
        {...input}
      />
    </FieldFrame>
  );
}

type AreaProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "defaultValue" | "required">;

export function TextAreaField({ name, label, hint, requiredLabel, className = "", rows = 3, ...area }: AreaProps) {
  const id = useFieldId(name);
  const value = useFieldValue(name);
  const errors = useFieldErrors(name);
  return (
    <FieldFrame id={id} label={label} requiredLabel={requiredLabel} hint={hint} errors={errors} className={className}>
      <textarea
        name={name}
        rows={rows}
        defaultValue={value}
        {...controlAria(id, hint, errors, Boolean(requiredLabel))}
        className={controlClass}
        {...area}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

type SelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "defaultValue" | "required"> & {
    options: (Option | OptionGroup)[];
    /** A first, empty choice ("— None —") for optional references. */
    emptyLabel?: string;
  };

export function SelectField({
  name,
  label,
  hint,
  requiredLabel,
  options,
  emptyLabel,
  className = "",
  ...select
}: SelectProps) {
  const id = useFieldId(name);
  const value = useFieldValue(name);
  const errors = useFieldErrors(name);
  return (
    <FieldFrame id={id} label={label} requiredLabel={requiredLabel} hint={hint} errors={errors} className={className}>
      <select
        name={name}
        defaultValue={value}
        {...controlAria(id, hint, errors, Boolean(requiredLabel))}
        className={controlClass}
        {...select}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) =>
          "options" in o ? (
            <optgroup key={o.label} label={o.label}>
              {o.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </select>
    </FieldFrame>
  );
}

/** A single yes/no box; posts `true` when ticked and nothing otherwise. */
export function CheckboxField({ name, label, hint, className = "" }: Omit<Common, "requiredLabel">) {
  const id = useFieldId(name);
  const value = useFieldValue(name);
  const errors = useFieldErrors(name);
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={id}
          name={name}
          value="true"
          defaultChecked={value === "true"}
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={describedBy(id, Boolean(hint), errors.length > 0)}
          className="mt-1 size-4 shrink-0 accent-brand-700"
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      <div className="ps-6">
        <Hint id={id}>{hint}</Hint>
        <ErrorText id={id} messages={errors} />
      </div>
    </div>
  );
}

/** A group of boxes posting one `name` entry per ticked option, e.g. linked meetings. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  columns = 2,
  className = "",
  part,
}: {
  name: string;
  /** When several groups share one name (states and organisations), tells them apart; only the first (no `part`) shows the errors. */
  part?: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: (Option & { lang?: string; dir?: "rtl" | "ltr" | "auto" })[];
  columns?: 1 | 2 | 3;
  className?: string;
}) {
  const baseId = useFieldId(name);
  const id = part ? `${baseId}-${part}` : baseId;
  const ticked = new Set(useFieldValues(name));
  const allErrors = useFieldErrors(name, true);
  const errors = part ? [] : allErrors;
  const grid = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-2 lg:grid-cols-3" }[columns];
  return (
    <fieldset
      id={id}
      aria-invalid={errors.length > 0 ? true : undefined}
      aria-describedby={describedBy(id, Boolean(hint), errors.length > 0)}
      className={`min-w-0 ${className}`}
    >
      <legend className={`${labelClass} mb-1`}>{legend}</legend>
      <Hint id={id}>{hint}</Hint>
      <ul className={`mt-1 grid grid-cols-1 gap-x-4 gap-y-1 ${grid}`}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <li key={option.value} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={optionId}
                name={name}
                value={option.value}
                defaultChecked={ticked.has(option.value)}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <label htmlFor={optionId} className="text-sm text-slate-800" lang={option.lang} dir={option.dir}>
                {option.label}
              </label>
            </li>
          );
        })}
      </ul>
      <ErrorText id={id} messages={errors} />
    </fieldset>
  );
}

/** A panel around a group that brings its own legend (a table of boxes, a list of rows). */
export function Panel({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div className={`min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}>
      {children}
    </div>
  );
}

/** A group of related fields under a visible legend. */
export function Fieldset({
  legend,
  children,
  className = "",
}: {
  legend: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={`min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}>
      <legend className="px-1 text-base font-semibold text-brand-900">{legend}</legend>
      <div className="flex flex-col gap-4">{children}</div>
    </fieldset>
  );
}
