// Turns file bytes into text: recognises binary data, UTF-16 with a BOM, and invalid UTF-8
// (reported with the byte offset of the first bad sequence, decoded with U+FFFD).
export type Decoded =
  | { kind: "text"; text: string; warnings: string[] }
  | { kind: "binary"; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: "text", text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warnings: [] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: "text", text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warnings: [] };
  const head = bytes.subarray(0, 8192);
  let nul = 0, control = 0;
  for (const b of head) {
    if (b === 0) nul++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (nul > 0 || control > head.length * 0.1) return { kind: "binary", reason: "binary data (not a text file), skipped" };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { kind: "text", text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start)), warnings: [] };
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    return { kind: "text", text: new TextDecoder("utf-8").decode(bytes.subarray(start)), warnings: [`invalid UTF-8 at byte ${at}; shown as U+FFFD`] };
  }
}

/** Byte offset of the first invalid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
