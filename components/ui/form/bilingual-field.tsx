"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { controlClass, describedBy, ErrorText, Hint, RequiredMark } from "./fields";
import { useFieldErrors, useFieldId, useFieldValue } from "./form-context";

/**
 * A text kept in Arabic and English (`name.ar`, `name.en`), side by side: Arabic first (the
 * source language, on the start side in both page directions), English beside it. Each input has
 * its own language and direction whatever the page's, so both are typed and read naturally.
 */
export function BilingualField({
  name,
  label,
  hint,
  required = false,
  multiline = false,
  rows = 3,
  maxLength = 4000,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  /** Arabic required (English is always optional). */
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
}) {
  const t = useTranslations("editing");
  const id = useFieldId(name);
  const groupErrors = useFieldErrors(name);
  return (
    <fieldset
      id={id}
      className="min-w-0"
      aria-describedby={describedBy(id, Boolean(hint), groupErrors.length > 0)}
      data-testid={`bilingual-${name}`}
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">{label}</legend>
      <Hint id={id}>{hint}</Hint>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Language
          name={`${name}.ar`}
          field={label}
          language={t("arabic")}
          lang="ar"
          dir="rtl"
          requiredLabel={required ? t("required") : undefined}
          note={required ? undefined : t("optional")}
          multiline={multiline}
          rows={rows}
          maxLength={maxLength}
        />
        <Language
          name={`${name}.en`}
          field={label}
          language={t("english")}
          lang="en"
          dir="ltr"
          note={t("optional")}
          multiline={multiline}
          rows={rows}
          maxLength={maxLength}
        />
      </div>
      <ErrorText id={id} messages={groupErrors} />
    </fieldset>
  );
}

function Language({
  name,
  field,
  language,
  lang,
  dir,
  requiredLabel,
  note,
  multiline,
  rows,
  maxLength,
}: {
  name: string;
  field: string;
  language: string;
  lang: "ar" | "en";
  dir: "rtl" | "ltr";
  requiredLabel?: string;
  note?: string;
  multiline: boolean;
  rows: number;
  maxLength: number;
}) {
  const id = useFieldId(name);
  const value = useFieldValue(name);
  const errors = useFieldErrors(name);
  const common = {
    id,
    name,
    lang,
    dir,
    maxLength,
    defaultValue: value,
    "aria-required": requiredLabel ? true : undefined,
    "aria-invalid": errors.length > 0 ? true : undefined,
    "aria-describedby": describedBy(id, false, errors.length > 0),
    className: controlClass,
  } as const;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="flex flex-wrap items-baseline gap-x-1 text-xs font-medium text-slate-700">
        {/* The field's name is part of each input's accessible name ("Title, Arabic"). */}
        <span className="sr-only">{field}, </span>
        <span>{language}</span>
        {requiredLabel && <RequiredMark label={requiredLabel} />}
        {note && <span className="font-normal text-slate-500">({note})</span>}
      </label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      <ErrorText id={id} messages={errors} />
    </div>
  );
}
