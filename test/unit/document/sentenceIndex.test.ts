// The document-wide sentence index resumes its searches from line to line; it must give each
// line's sentences exactly as splitting that line alone does, whatever the lines hold.
import { strict as assert } from "node:assert";
import { createTextModel, listSentences, splitSentences, type Sentence } from "../../../server/src/core/document";
import { continuesOnNextLine } from "../../../server/src/core/document/wrappedLines";

function check(text: string, expected: string[]): void {
  const sentences = listSentences(createTextModel(text));
  assert.deepEqual(sentences.map((s) => s.text), expected, JSON.stringify(text));
  for (const s of sentences) assert.equal(text.slice(s.span.start, s.span.end), s.text);
  assert.deepEqual(sentences, splitLineByLine(text), JSON.stringify(text));
}

/** The reference: every trimmed non-blank line split on its own; a line's last sentence and
 * the next line's first joined where the wrap rule says the line goes on. */
function splitLineByLine(text: string) {
  const doc = createTextModel(text);
  const out: Sentence[] = [];
  let prev: { line: number; start: number; end: number } | null = null;
  for (let line = 0; line < doc.lineCount; line++) {
    const raw = doc.lineText(line), body = raw.trim();
    if (!body) continue;
    const at = doc.lineStart(line) + raw.indexOf(body);
    const spans = splitSentences(body).map((s) => ({ start: at + s.start, end: at + s.end }));
    const last = out[out.length - 1];
    if (prev && prev.line === line - 1 && last && spans.length && spans[0].end - last.span.start <= 2000
      && continuesOnNextLine(text, prev.start, prev.end, at, at + body.length)) {
      const first = spans.shift()!;
      out[out.length - 1] = { line: last.line, endLine: line, span: { start: last.span.start, end: first.end }, text: text.slice(last.span.start, first.end) };
    }
    for (const span of spans) out.push({ line, endLine: line, span, text: text.slice(span.start, span.end) });
    prev = { line, start: at, end: at + body.length };
  }
  return out;
}

describe("sentence index", () => {
  it("splits each line and keeps abbreviations, initials and decimals inside sentences", () => {
    check("Pumps rose 2.5 percent. Dr. Vale agreed.\n\n  J. Okoro wrote it. The end  \r\nA heading", ["Pumps rose 2.5 percent.", "Dr. Vale agreed.", "J. Okoro wrote it.", "The end", "A heading"]);
  });

  it("hands lines with other scripts to the segmenter and resumes on the next line", () => {
    check("Plain line one. Two.\n価格は上がった。 次の文。\nBack to Latin. Again!\n", ["Plain line one.", "Two.", "価格は上がった。", "次の文。", "Back to Latin.", "Again!"]);
    check("No end here\n東京 and more\nEnds. Here?", ["No end here", "東京 and more", "Ends.", "Here?"]);
  });

  it("agrees with line-by-line splitting on generated documents", () => {
    const pieces = ["It rose. ", "e.g. ", "U.S. ", "the ", "x.y. ", "2.5 ", "... ", "so? ", "東", "。", "\u2028", "\n", "\r\n", "\r", "  ", "(Fig. ", "K. ", "We ", "!"];
    let seed = 5;
    const random = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
    for (let t = 0; t < 3000; t++) {
      let text = "";
      const length = 1 + Math.floor(random() * 25);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      assert.deepEqual(listSentences(createTextModel(text)), splitLineByLine(text), JSON.stringify(text));
    }
  });

  it("agrees with the reference on generated wrapped paragraphs, joins included", () => {
    const pieces = ["the harbour pumps ran all night ", "and the ", "In ", "2023, ", "(x) ", "It rose. ", "e.g. ", "Dr. ", "東", "\n", "\r\n", "\n\n", "  ", "- ", "A: ", "|", ", ", "of "];
    let seed = 11, joins = 0;
    const random = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
    for (let t = 0; t < 3000; t++) {
      let text = "";
      const length = 1 + Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      const sentences = listSentences(createTextModel(text));
      assert.deepEqual(sentences, splitLineByLine(text), JSON.stringify(text));
      joins += sentences.filter((s) => s.endLine > s.line).length;
    }
    assert.ok(joins > 50, `only ${joins} joins: the generator no longer makes wrapped lines`);
  });
});
