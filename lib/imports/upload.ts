import { readBytes } from "@/lib/http/body";
import { ImportFileError, MAX_FILE_BYTES } from "./parse";

// The multipart upload of POST /api/v1/plans/{id}/import: the `file` field's bytes and the other
// fields as plain strings (parsed with zod by the data layer). Oversized bodies are refused from
// their announced length before being read, and while streaming when no length is announced
// (413 `too_large`).

export interface Upload {
  bytes: Uint8Array;
  fields: Record<string, string>;
}

/** Room for the multipart envelope and the other fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/** The largest import request body: the file and its envelope. */
export const UPLOAD_BODY_LIMIT = MAX_FILE_BYTES + ENVELOPE_BYTES;

export async function readUpload(request: Request): Promise<Upload> {
  const bytes = await readBytes(request, UPLOAD_BODY_LIMIT);
  let form: FormData;
  try {
    const type = request.headers.get("content-type") ?? "";
    form = await new Response(bytes, { headers: { "content-type": type } }).formData();
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
