"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import { splitMessageKey, type FieldErrors } from "@/lib/errors";
import { fieldId, many, single, type FormValues } from "@/lib/forms/form-values";

// The values and errors every field of an editing form reads: the record's values (or, after a
// refused submission, what the user typed) and the server's field errors, keyed by the same
// input names. Fields look themselves up by name, so a form is a plain list of fields.

interface FormContextValue {
  /** Prefix of every element id in the form (several forms may share a page). */
  idPrefix: string;
  values: FormValues;
  errors: FieldErrors;
}

const FormContext = createContext<FormContextValue>({ idPrefix: "form", values: {}, errors: {} });

export const FormProvider = FormContext.Provider;

export function useFormContext(): FormContextValue {
  return useContext(FormContext);
}

export function useFieldId(name: string): string {
  return fieldId(useContext(FormContext).idPrefix, name);
}

export function useFieldValue(name: string): string {
  return single(useContext(FormContext).values, name);
}

export function useFieldValues(name: string): string[] {
  return many(useContext(FormContext).values, name);
}

/**
 * Localized messages for the field `name`: errors at exactly that path and, with `nested`, at
 * any path below it ("participations.3.memberStateId" belongs to the group "participations").
 */
export function useFieldErrors(name: string, nested = false): string[] {
  const { errors } = useContext(FormContext);
  const translate = useValidationMessage();
  const keys: string[] = [];
  for (const [path, list] of Object.entries(errors)) {
    if (path === name || (nested && path.startsWith(`${name}.`))) keys.push(...list);
  }
  return [...new Set(keys)].map(translate);
}

/** A `validation.*` key as a sentence; an unknown key reads as "not a valid value". */
export function useValidationMessage(): (key: string) => string {
  const t = useTranslations("validation");
  return (raw) => {
    const { key, values } = splitMessageKey(raw);
    return t.has(key as never) ? t(key as never, values as never) : t("invalid");
  };
}
