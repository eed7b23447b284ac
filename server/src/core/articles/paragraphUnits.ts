// Paragraph units for the cohesion rule: in hard-wrapped text (digests, plain-text newsletters,
// PDF dumps) one paragraph spans several content lines, and comparing windows of wrapped
// fragments instead of paragraphs hides topic changes. A unit is a run of content lines on
// consecutive document lines where each line's sentence runs on into the next.
import type { TextDocumentModel } from "../document";
import { continuesOnNextLine, mayBeWrapped } from "../document/wrappedLines";
import { measureIndent, type ContentLine } from "./contentLines";

/** `first[u]` is the index (into the content lines) of unit u's first line; `texts[u]` its text. */
export interface ParagraphUnits { first: number[]; texts: string[] }

/**
 * The content lines grouped into wrapped paragraphs, or undefined when no line runs on (one
 * paragraph per line: the rule then reads the lines as they are). Read from the lines alone
 * on every call, so an edited document groups exactly as a freshly read one does.
 */
export function groupWrappedParagraphs(lines: ContentLine[], doc: TextDocumentModel): ParagraphUnits | undefined {
  let joined: Uint8Array | undefined;
  for (let start = 0, end = 0; start < lines.length; start = end) {
    // A block: content lines on consecutive document lines (blank lines end it).
    end = start + 1;
    let filled = true, runsOn = false;
    for (; end < lines.length && lines[end].line === lines[end - 1].line + 1; end++) {
      filled &&= mayBeWrapped(lines[end - 1].text.length);
      if (isWrapJoin(lines[end - 1], lines[end], doc)) { runsOn = true; (joined ??= new Uint8Array(lines.length))[end] = 1; }
    }
    // A wrapper also breaks lines after a sentence's end ("… instances. Very") or before a
    // name, where the pair test cannot tell a wrap from a paragraph end. A block whose lines
    // all fill the wrap width, with a sentence running on somewhere in it, is one paragraph.
    if (runsOn && filled) for (let i = start + 1; i < end; i++) joined![i] = 1;
  }
  if (!joined) return undefined;
  const first: number[] = [], texts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (joined[i]) texts[texts.length - 1] += " " + lines[i].text;
    else { first.push(i); texts.push(lines[i].text); }
  }
  return { first, texts };
}

// The cheap tests first (adjacent document lines, a wrap-width line): one-paragraph-per-line
// text fails them on almost every line and never builds the pair's text.
function isWrapJoin(line: ContentLine, next: ContentLine, doc: TextDocumentModel): boolean {
  if (next.line !== line.line + 1 || !mayBeWrapped(line.text.length)) return false;
  // The raw lines keep their indentation, which continuesOnNextLine reads (a code or quote
  // block indented under prose is not its continuation).
  const rawPrev = doc.lineText(line.line), rawNext = doc.lineText(next.line);
  const prevStart = measureIndent(rawPrev, line.text), nextStart = rawPrev.length + 1 + measureIndent(rawNext, next.text);
  const pair = rawPrev + "\n" + rawNext;
  return continuesOnNextLine(pair, prevStart, prevStart + line.text.length, nextStart, nextStart + next.text.length);
}
