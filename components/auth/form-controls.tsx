"use client";

import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { controlAria, controlClass, FieldFrame } from "@/components/ui/form/fields";

// Small, accessible form parts shared by sign-in, account and user administration: a visible
// label tied to its control, the field's error announced with it (aria-describedby), and a
// submit button that says it is working.

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
}

// The same markup as the editing forms' fields (components/ui/form/fields.tsx), without their
// form context: these forms hold no record, only what the person types and one answer.

export function TextField({ label, error, hint, className = "", ...input }: FieldProps) {
  const id = useId();
  const errors = error ? [error] : [];
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      <input {...controlAria(id, hint, errors)} className={controlClass} {...input} />
    </FieldFrame>
  );
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
  options: { value: string; label: string }[];
}

export function SelectField({ label, error, hint, options, className = "", ...select }: SelectProps) {
  const id = useId();
  const errors = error ? [error] : [];
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      <select {...controlAria(id, hint, errors)} className={controlClass} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A new password and its repetition (setting a password from a link, changing one's own). */
export function NewPasswordFields({
  name,
  minLength,
  labels,
  errors,
}: {
  /** The new password's field name (the confirmation is always `confirmation`). */
  name: string;
  minLength: number;
  labels: { password: string; confirmation: string; hint: string };
  errors?: Record<string, string | undefined>;
}) {
  return (
    <>
      <TextField
        label={labels.password}
        name={name}
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        required
        hint={labels.hint}
        error={errors?.[name]}
      />
      <TextField
        label={labels.confirmation}
        name="confirmation"
        type="password"
        autoComplete="new-password"
        required
        error={errors?.confirmation}
      />
    </>
  );
}

export function SubmitButton({
  children,
  pending: pendingLabel,
  tone = "primary",
  className = "",
  ...rest
}: {
  children: ReactNode;
  pending?: string;
  tone?: "primary" | "secondary" | "danger";
  className?: string;
  name?: string;
  value?: string;
  "aria-label"?: string;
}) {
  const { pending } = useFormStatus();
  const tones = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
    danger: "border border-rose-300 bg-white text-rose-800 hover:bg-rose-50",
  };
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-70 ${tones[tone]} ${className}`}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** The form-level message: an alert for errors (read out at once), a status for confirmations. */
export function FormMessage({ status, message }: { status: "idle" | "error" | "success"; message?: string }) {
  if (!message || status === "idle") return null;
  return status === "error" ? (
    <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      {message}
    </p>
  ) : (
    <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {message}
    </p>
  );
}
