import { strToU8, Zip, ZipDeflate, zipSync } from "fflate";

// Hostile workbooks for the upload budget's tests and for `npm run bench:faults`, built in memory
// by streaming so that building them does not itself take the memory they would.

/**
 * An .xlsx-shaped archive whose shared strings inflate to `megabytes` MB of one string (the
 * issue's bomb: 300 MB in about 310 KB). Written as a stream, so the local headers carry no sizes
 * and only counting while inflating can catch it.
 */
export function sharedStringBomb(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const types = new ZipDeflate("[Content_Types].xml", { level: 9 });
  zip.add(types);
  types.push(
    strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    true,
  );
  const strings = new ZipDeflate("xl/sharedStrings.xml", { level: 9 });
  zip.add(strings);
  strings.push(strToU8("<sst><si><t>"));
  const megabyte = new Uint8Array(1 << 20).fill(0x61);
  for (let i = 0; i < megabytes; i++) strings.push(megabyte);
  strings.push(strToU8("</t></si></sst>"), true);
  zip.end();
  return concat(parts);
}

/** The same bomb with honest sizes in its headers (as Excel and most zip tools write them). */
export function declaredBomb(megabytes: number): Uint8Array {
  return zipSync({ "xl/sharedStrings.xml": [new Uint8Array(megabytes << 20).fill(0x61), { level: 9 }] });
}

/** An archive of `count` empty entries. */
export function manyEntries(count: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) files[`xl/media/${i}.bin`] = new Uint8Array(0);
  return zipSync(files, { level: 0 });
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
