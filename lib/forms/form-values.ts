// What an editing form shows: every field by its input name ("title.ar", "stages.0.date"), as
// the strings the browser posts. One shape for the record's current values (rendered by the
// server) and for what the user submitted (sent back after an error, so nothing typed is lost).

export type FormValue = string | string[];
export type FormValues = Record<string, FormValue>;

/** The first value of a field ("" when absent). */
export function single(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** Every value of a field (checkbox groups post one entry per ticked box). */
export function many(values: FormValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** FormData as FormValues, without Next.js's own `$ACTION_*` entries and without files. */
export function formValues(formData: FormData): FormValues {
  const out: FormValues = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION")) continue;
    const all = formData.getAll(name).filter((v): v is string => typeof v === "string");
    out[name] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/** The element id of a field: its name with dots as dashes, under the form's prefix. */
export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replaceAll(".", "-")}`;
}

/**
 * Rows of a repeated group ("agendaItems.3.title.ar" → row 3), in index order: the indexes
 * present in `values` under `list.`.
 */
export function rowIndexes(values: FormValues, list: string): number[] {
  const found = new Set<number>();
  const prefix = `${list}.`;
  for (const name of Object.keys(values)) {
    if (!name.startsWith(prefix)) continue;
    const index = Number(name.slice(prefix.length).split(".")[0]);
    if (Number.isInteger(index) && index >= 0) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}
