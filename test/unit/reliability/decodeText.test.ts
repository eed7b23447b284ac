// Bad files: binary data, UTF-16/UTF-32 with and without a BOM, invalid UTF-8 with its exact
// byte offset, a UTF-8 BOM, line breaks kept as they are. Fixtures are built byte by byte.
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { decodeText, firstInvalidUtf8 } from "../../../server/src/io/decodeText";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const bytes = (...parts: (number[] | Uint8Array | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : [...p])));
function utf16(s: string, littleEndian: boolean, bom = true): Uint8Array {
  const le = Buffer.from(s, "utf16le");
  if (!littleEndian) le.swap16();
  return bytes(bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [], le);
}

/** `input` decodes as text equal to `text`, with warnings matching `warnings` (none when empty). */
function checkText(input: Uint8Array, text: string, warnings: RegExp[] = []): void {
  const d = decodeText(input);
  assert.equal(d.kind, "text", JSON.stringify(d));
  if (d.kind !== "text") return;
  assert.equal(d.text, text);
  assert.equal(d.warnings.length, warnings.length, JSON.stringify(d.warnings));
  warnings.forEach((w, i) => assert.match(d.warnings[i], w));
}

/** `input` is refused as binary with one message matching `reason`. */
function checkBinary(input: Uint8Array, reason: RegExp): void {
  const d = decodeText(input);
  assert.equal(d.kind, "binary", JSON.stringify(d).slice(0, 300));
  if (d.kind === "binary") assert.match(d.reason, reason);
}

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
const PROSE = "Harbour buoys cut fog alarms by 38%.\r\nThey report every 15 s.\n";

describe("decodeText", () => {
  describe("binary data", () => {
    it("refuses a PNG header", () => checkBinary(bytes(PNG_HEAD, "rest of an image"), /binary data \(NUL byte at offset 8\)/));
    it("refuses text with a NUL byte", () => checkBinary(bytes("Title\n\nBody", [0], "more"), /NUL byte at offset 11/));
    it("refuses a run of control characters", () => checkBinary(bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14], "ab"), /control characters/));
    it("refuses random bytes, whatever they are", () => {
      fc.assert(fc.property(fc.uint8Array({ minLength: 64, maxLength: 4096 }), (data) => {
        // Random data is rarely mistaken for UTF-16 text or valid UTF-8; skip the few inputs that are.
        fc.pre(!/^(\xff\xfe|\xfe\xff|\0\0\xfe\xff)/.test(Buffer.from(data).toString("latin1")));
        checkBinary(data, /binary data/);
      }), { numRuns: 200 });
    });
    it("refuses UTF-16 whose decoded text holds NUL characters", () => checkBinary(utf16("abc\u0000def", true), /NUL character at position 3 after decoding as UTF-16LE/));
  });

  describe("wide encodings", () => {
    it("decodes UTF-16 LE with a BOM", () => checkText(utf16(PROSE + "🌊 ü", true), PROSE + "🌊 ü"));
    it("decodes UTF-16 BE with a BOM", () => checkText(utf16(PROSE + "🌊 ü", false), PROSE + "🌊 ü"));
    it("keeps a second U+FEFF after the BOM as content", () => checkText(utf16("\ufeffx", true), "\ufeffx"));
    it("decodes UTF-16 LE without a BOM (ASCII text has NUL in every other byte)", () => checkText(utf16(PROSE, true, false), PROSE));
    it("decodes UTF-16 BE without a BOM", () => checkText(utf16(PROSE, false, false), PROSE));
    it("warns about a stray last byte of UTF-16", () => checkText(bytes(utf16("ab", true), [0x41]), "ab\ufffd", [/stray byte/]));
    it("decodes UTF-32 LE with a BOM", () => {
      const body = [..."a🌊\n"].flatMap((ch) => { const b = Buffer.alloc(4); b.writeUInt32LE(ch.codePointAt(0)!); return [...b]; });
      checkText(bytes([0xff, 0xfe, 0, 0], body), "a🌊\n");
    });
  });

  describe("UTF-8", () => {
    it("strips a UTF-8 BOM", () => checkText(bytes([0xef, 0xbb, 0xbf], PROSE), PROSE));
    it("keeps CRLF, CR and LF exactly", () => checkText(utf8("a\r\nb\rc\nd\r\n"), "a\r\nb\rc\nd\r\n"));
    it("decodes an empty file as empty text", () => checkText(new Uint8Array(0), ""));
    it("reports a Latin-1 byte with its exact offset and line", () => checkText(bytes("Line one\r\nCaf", [0xe9], " open\n"), "Line one\r\nCaf\ufffd open\n", [/invalid UTF-8 at byte 13 \(line 2\)/]));
    it("counts the BOM in the byte offset", () => checkText(bytes([0xef, 0xbb, 0xbf], "ab", [0xff]), "ab\ufffd", [/at byte 5 \(line 1\)/]));
    it("reports a sequence cut off at the end of the file", () => checkText(bytes("Price 5 ", [0xe2, 0x82]), "Price 5 \ufffd", [/at byte 8 /]));
    it("keeps a short Latin-1 text as text with a warning", () => {
      const d = decodeText(bytes("Caf", [0xe9], ", na", [0xef], "ve, r", [0xe9], "sum", [0xe9]));
      assert.equal(d.kind, "text");
    });
    it("refuses text that is mostly invalid UTF-8 as a legacy encoding or binary data", () =>
      checkBinary(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x20 : 0xc0 + (i % 50)))), /not UTF-8 text .* convert it to UTF-8/));
  });

  describe("firstInvalidUtf8", () => {
    const cases: [string, number[], number][] = [
      ["valid text", [...utf8("ok 🌊 ü")], -1],
      ["a lone continuation byte", [0x61, 0x80], 1],
      ["an overlong two-byte form", [0x61, 0xc0, 0xaf], 1],
      ["an overlong three-byte form (E0 80..9F)", [0x61, 0x62, 0xe0, 0x80, 0xaf], 2],
      ["an encoded surrogate (ED A0..BF)", [0xed, 0xa0, 0x80], 0],
      ["a code point above U+10FFFF (F4 90..)", [0x61, 0xf4, 0x90, 0x80, 0x80], 1],
      ["a truncated four-byte sequence", [0x61, 0xf0, 0x9f, 0x8c], 1],
    ];
    for (const [name, input, expected] of cases) it(`finds ${name} at ${expected}`, () => assert.equal(firstInvalidUtf8(new Uint8Array(input)), expected));

    it("agrees with the WHATWG decoder on arbitrary bytes", () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), (data) => {
        let valid = true;
        try { new TextDecoder("utf-8", { fatal: true }).decode(data); } catch { valid = false; }
        assert.equal(firstInvalidUtf8(data) === -1, valid);
        if (!valid) {
          const at = firstInvalidUtf8(data);
          assert.doesNotThrow(() => new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(0, at)), "the bytes before the offset are valid");
        }
      }), { numRuns: 1000 });
    });
  });
});
