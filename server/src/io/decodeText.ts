// Turns file bytes into text: recognises binary data, UTF-16/UTF-32 with a BOM (and UTF-16
// without one), strips a UTF-8 BOM, and reports invalid UTF-8 with the byte offset and line of
// the first bad sequence (decoded with U+FFFD). Line breaks are kept as they are.
export type Decoded =
  | { kind: "text"; text: string; warnings: string[] }
  | { kind: "binary"; reason: string };

/** Only the head is inspected for binary data, so a huge file costs no more than 8 KB here. */
const SNIFF_BYTES = 8192;
/** Text files hold almost no C0 controls besides tab, line breaks and form feed; 10% is data. */
const MAX_CONTROL_SHARE = 0.1;
/** A Latin-1 or Windows-1252 file has a few percent of bytes invalid as UTF-8 and is mostly
 *  printable ASCII; random data has far more invalid bytes and only ~37% printable ASCII. */
const MAX_INVALID_UTF8_SHARE = 0.1;
const MIN_ASCII_SHARE_OF_TEXT = 0.7;

export function decodeText(bytes: Uint8Array): Decoded {
  const bom = readBom(bytes);
  if (bom) return decodeWide(bytes.subarray(bom.length), bom.encoding);
  const head = bytes.subarray(0, SNIFF_BYTES);
  const unmarked = guessUtf16WithoutBom(head);
  if (unmarked) return decodeWide(bytes, unmarked);
  const nul = head.indexOf(0);
  if (nul >= 0) return binary(`NUL byte at offset ${nul}`);
  if (countControls(head) > head.length * MAX_CONTROL_SHARE) return binary("mostly control characters");
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  try {
    return { kind: "text", text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), warnings: [] };
  } catch {
    const invalid = countInvalidUtf8(head, start);
    if (invalid > head.length * MAX_INVALID_UTF8_SHARE && countPrintableAscii(head) < head.length * MIN_ASCII_SHARE_OF_TEXT) {
      return { kind: "binary", reason: `not UTF-8 text (${invalid} invalid sequences in its first ${head.length} bytes): binary data or a legacy encoding; convert it to UTF-8` };
    }
    const at = firstInvalidUtf8(bytes, start);
    const line = countLineBreaks(bytes, at) + 1;
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(start));
    return { kind: "text", text, warnings: [`invalid UTF-8 at byte ${at} (line ${line}); shown as U+FFFD`] };
  }
}

/** Byte offset of the first invalid UTF-8 sequence (-1 when there is none), by the rules of the
 *  WHATWG decoder: no overlong forms, no surrogates, nothing above U+10FFFF, no truncation. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length;) {
    const length = readUtf8Sequence(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

type WideEncoding = "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

function readBom(bytes: Uint8Array): { encoding: WideEncoding; length: number } | null {
  // UTF-32 LE starts with the UTF-16 LE mark, so test it first.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return { encoding: "utf-32le", length: 4 };
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return { encoding: "utf-32be", length: 4 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", length: 2 };
  return null;
}

function decodeWide(body: Uint8Array, encoding: WideEncoding): Decoded {
  const text = encoding.startsWith("utf-16") ? new TextDecoder(encoding, { ignoreBOM: true }).decode(body) : decodeUtf32(body, encoding === "utf-32le");
  const nul = text.slice(0, SNIFF_BYTES).indexOf("\u0000");
  if (nul >= 0) return binary(`NUL character at position ${nul} after decoding as ${encoding.toUpperCase()}`);
  const unit = encoding.startsWith("utf-16") ? 2 : 4;
  const warnings = body.length % unit ? [`${encoding.toUpperCase()} text ends with ${body.length % unit} stray byte(s); shown as U+FFFD`] : [];
  return { kind: "text", text, warnings };
}

function decodeUtf32(body: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const parts: string[] = [];
  for (let i = 0; i + 4 <= body.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    parts.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : "\ufffd");
  }
  if (body.length % 4) parts.push("\ufffd");
  return parts.join("");
}

/** UTF-16 saved without a BOM (some Windows tools): ASCII text then has a NUL in every other
 *  byte. Requires 90% of one parity to be NUL and almost none of the other, at least 8 pairs. */
function guessUtf16WithoutBom(head: Uint8Array): WideEncoding | null {
  const pairs = head.length >> 1;
  if (pairs < 8) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.9 && evenNul <= pairs * 0.02) return "utf-16le";
  if (evenNul >= pairs * 0.9 && oddNul <= pairs * 0.02) return "utf-16be";
  return null;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when it is invalid or truncated. */
function readUtf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  // Allowed range of the second byte for each lead byte (WHATWG / Unicode table 3-7).
  let need: number, lo = 0x80, hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
  else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
  else return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined) return 0;
    if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return 0;
  }
  return need + 1;
}

function countInvalidUtf8(head: Uint8Array, from: number): number {
  let bad = 0;
  for (let i = from; i < head.length;) {
    const length = readUtf8Sequence(head, i);
    // A sequence cut by the end of the sniffed head is not evidence of binary data.
    if (length === 0 && head.length - i > 3) bad++;
    i += length || 1;
  }
  return bad;
}

function countPrintableAscii(head: Uint8Array): number {
  let printable = 0;
  for (const b of head) if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++;
  return printable;
}

function countControls(head: Uint8Array): number {
  let control = 0;
  for (const b of head) if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  return control;
}

/** Line breaks (\n, \r\n or \r) before byte `end`, so the warning can name a line. */
function countLineBreaks(bytes: Uint8Array, end: number): number {
  let lines = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) lines++;
  }
  return lines;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function binary(why: string): Decoded {
  return { kind: "binary", reason: `binary data (${why}), not a text file` };
}
