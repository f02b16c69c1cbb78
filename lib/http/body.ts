import { AppError } from "@/lib/errors";

// Request bodies read with a budget (docs/decisions/031-limits-and-body-reading.md): refused from
// the announced Content-Length before a byte is read, and while streaming when the length is not
// announced (chunked) or lies, so no request costs more memory than its limit.

/** JSON bodies of /api/v1 and of the server actions. */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** Deepest nesting a JSON body may have: the inputs are a few levels deep; 5,000 is an attack. */
export const JSON_DEPTH_LIMIT = 32;

/** 413 `too_large` when the announced Content-Length is over `limit`, 400 when it is not a length. */
export function checkAnnouncedLength(request: Request, limit: number): void {
  const announced = request.headers.get("content-length");
  if (announced === null) return;
  if (!/^\d{1,15}$/.test(announced.trim())) throw new AppError("bad_request");
  if (Number(announced) > limit) throw new AppError("too_large");
}

/** The body's bytes, at most `limit` of them; 413 `too_large` beyond, 400 for a bad Content-Length. */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  checkAnnouncedLength(request, limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (cause) {
      // The client went away or sent a broken chunked encoding.
      throw new AppError("bad_request", { cause });
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("too_large");
    }
    chunks.push(result.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** How deep `value` nests (a scalar is 0), without recursion. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * A JSON body: `undefined` when empty, 400 `bad_request` when it is not UTF-8 JSON or nests
 * deeper than JSON_DEPTH_LIMIT, 413 beyond `limit` bytes.
 */
export async function readJson(request: Request, limit = JSON_BODY_LIMIT): Promise<unknown> {
  const bytes = await readBytes(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AppError("bad_request", { cause });
  }
  if (text.trim() === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (cause) {
    throw new AppError("bad_request", { cause });
  }
  if (depthOf(value, JSON_DEPTH_LIMIT) > JSON_DEPTH_LIMIT) throw new AppError("bad_request");
  return value;
}
