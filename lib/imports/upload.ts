import { ImportFileError, MAX_FILE_BYTES } from "./parse";

// The multipart upload of POST /api/v1/plans/{id}/import: the `file` field's bytes and the other
// fields as plain strings (parsed with zod by the data layer). Oversized bodies are refused from
// their announced length before being read.

export interface Upload {
  bytes: Uint8Array;
  fields: Record<string, string>;
}

/** Room for the multipart envelope and the other fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export async function readUpload(request: Request): Promise<Upload> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_FILE_BYTES + ENVELOPE_BYTES) throw new ImportFileError("too_large");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ImportFileError("no_file");
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) throw new ImportFileError("no_file");
  if (file.size > MAX_FILE_BYTES) throw new ImportFileError("too_large");
  const fields: Record<string, string> = {};
  for (const [name, value] of form) if (name !== "file" && typeof value === "string") fields[name] = value;
  return { bytes: new Uint8Array(await file.arrayBuffer()), fields };
}
