import { Unzip, UnzipInflate, UnzipPassThrough, zipSync, type Zippable } from "fflate";

// Unzipping an uploaded workbook on a budget (docs/decisions/028-upload-budgets.md). An .xlsx is
// a ZIP archive, and a small one can hold a huge document: 330 KB can inflate to 300 MB of one
// shared string, or hold a hundred thousand entries. ExcelJS (through JSZip) inflates every entry
// whole, so the archive is first read here, entry by entry and chunk by chunk, counting the bytes
// as they come out; it stops at the first entry or byte over the budget, whatever the headers
// claimed. What passed is handed to ExcelJS as a fresh archive built from exactly the bytes that
// were counted, so overlapping or hidden entries (read through the central directory by JSZip but
// not by a sequential reader) never reach it.

/** Entries in an archive: a workbook of the template has about 15; Excel adds a few more. */
export const MAX_ZIP_ENTRIES = 200;

/** Bytes of all entries once inflated: a plan of a few hundred records takes well under 1 MB. */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most ~1,032 times, so no
 * single step can produce more than ~4 MB past the budget before it is checked.
 */
const CHUNK_BYTES = 4 * 1024;

export type UnzipRefusal = "too_many_entries" | "too_large_unpacked" | "not_zip";

export class UnzipBudgetError extends Error {
  override name = "UnzipBudgetError";
  constructor(readonly code: UnzipRefusal) {
    super(code);
  }
}

/** The archive's entries, inflated within the budget; throws UnzipBudgetError otherwise. */
export function unzipWithBudget(
  bytes: Uint8Array,
  budget: { maxEntries?: number; maxBytes?: number } = {},
): Map<string, Uint8Array> {
  const maxEntries = budget.maxEntries ?? MAX_ZIP_ENTRIES;
  const maxBytes = budget.maxBytes ?? MAX_UNPACKED_BYTES;
  const entries = new Map<string, { chunks: Uint8Array[]; done: boolean }>();
  let total = 0;
  let refusal: UnzipRefusal | null = null;

  const unzip = new Unzip((file) => {
    if (refusal) return;
    if (entries.size >= maxEntries) {
      refusal = "too_many_entries";
      return;
    }
    // Declared sizes are only a hint (they can lie), but a declared bomb is refused before inflating.
    if (file.originalSize !== undefined && total + file.originalSize > maxBytes) {
      refusal = "too_large_unpacked";
      return;
    }
    const entry = { chunks: [] as Uint8Array[], done: false };
    // A name given twice would let the second copy slip past what was counted for the first.
    if (entries.has(file.name)) {
      refusal = "not_zip";
      return;
    }
    entries.set(file.name, entry);
    file.ondata = (error, chunk, final) => {
      if (refusal) return;
      if (error) {
        refusal = "not_zip";
        return;
      }
      total += chunk.byteLength;
      if (total > maxBytes) {
        refusal = "too_large_unpacked";
        file.terminate();
        return;
      }
      if (chunk.byteLength) entry.chunks.push(chunk);
      if (final) entry.done = true;
    };
    try {
      file.start();
    } catch {
      refusal = "not_zip";
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  try {
    for (let offset = 0; offset < bytes.byteLength && !refusal; offset += CHUNK_BYTES) {
      const end = Math.min(offset + CHUNK_BYTES, bytes.byteLength);
      unzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    }
  } catch {
    refusal ??= "not_zip";
  }
  if (refusal) throw new UnzipBudgetError(refusal);
  if (entries.size === 0 || [...entries.values()].some((entry) => !entry.done)) throw new UnzipBudgetError("not_zip");

  const files = new Map<string, Uint8Array>();
  for (const [name, entry] of entries) files.set(name, concat(entry.chunks));
  return files;
}

/** A workbook's bytes rebuilt from entries that passed the budget, stored (not compressed): quick to write and read. */
export function rezip(files: Map<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of files) if (!name.endsWith("/")) zippable[name] = [data, { level: 0 }];
  return zipSync(zippable);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
