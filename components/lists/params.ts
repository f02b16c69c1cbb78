import type { RawSearchParams } from "@/lib/lists/query";

/** A list page's query as links carry it: every value a string or a list of strings. */
export type ListParams = Record<string, string | string[]>;

/** The URL's parameters without the empty ones and without those that were ignored as unreadable. */
export function cleanParams(params: RawSearchParams, ignored: string[] = []): ListParams {
  const out: ListParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === "" || ignored.includes(name)) continue;
    out[name] = value;
  }
  return out;
}

/** The same view with some parameters changed (undefined removes one). */
export function withParams(params: ListParams, changes: Record<string, string | undefined>): ListParams {
  const out: ListParams = { ...params };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete out[name];
    else out[name] = value;
  }
  return out;
}
