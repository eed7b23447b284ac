// The promises analyze(text) makes about its output, whatever the input: spans inside the
// document and agreeing with their ranges, sorted items, no split surrogate pairs, finite numbers.
// Returns the broken promises as readable strings so a failing case says what went wrong.
import { createTextModel, type TextDocumentModel } from "../../server/src/core/document";
import type { Analysis, Range, Span } from "../../server/src/core/model";

interface Located { span: Span; range?: Range }

/** Every violated invariant of `analysis` for `text`; empty when the analysis keeps them all. */
export function listViolations(text: string, analysis: Analysis): string[] {
  const doc = createTextModel(text);
  const out: string[] = [];
  const check = (where: string, item: Located) => checkLocated(text, doc, where, item, out);
  analysis.articles.forEach((a, i) => {
    check(`articles[${i}]`, a);
    if (a.titleSpan) {
      check(`articles[${i}].title`, { span: a.titleSpan, range: a.titleRange ?? undefined });
      if (!contains(a.span, a.titleSpan)) out.push(`articles[${i}].titleSpan ${show(a.titleSpan)} lies outside its article ${show(a.span)}`);
    } else if (a.titleRange) out.push(`articles[${i}] has a titleRange but no titleSpan`);
    a.sections.forEach((s, j) => {
      check(`articles[${i}].sections[${j}]`, s);
      if (!contains(a.span, s.span)) out.push(`articles[${i}].sections[${j}] ${show(s.span)} lies outside its article ${show(a.span)}`);
    });
    checkSorted(`articles[${i}].sections`, a.sections, false, out);
  });
  checkSorted("articles", analysis.articles, true, out);
  analysis.tables.forEach((t, i) => {
    check(`tables[${i}]`, t);
    t.rows.flat().forEach((c, j) => {
      check(`tables[${i}].cells[${j}]`, c);
      if (!contains(t.span, c.span)) out.push(`tables[${i}].cells[${j}] ${show(c.span)} lies outside its table ${show(t.span)}`);
      if (c.text !== text.slice(c.span.start, c.span.end)) out.push(`tables[${i}].cells[${j}].text ${JSON.stringify(c.text)} differs from its span's text`);
    });
  });
  checkSorted("tables", analysis.tables, true, out);
  analysis.figures.forEach((f, i) => {
    check(`figures[${i}]`, f);
    if (f.text !== text.slice(f.span.start, f.span.end)) out.push(`figures[${i}].text ${JSON.stringify(f.text)} differs from its span's text`);
    for (const [name, v] of [["value", f.value], ["valueHigh", f.valueHigh], ["plusMinus", f.plusMinus]] as const) {
      if (v !== null && v !== undefined && !Number.isFinite(v)) out.push(`figures[${i}].${name} is ${v} (not serialisable as JSON)`);
    }
  });
  checkSorted("figures", analysis.figures, false, out);
  analysis.claims.forEach((c, i) => {
    check(`claims[${i}]`, c);
    if (c.text !== text.slice(c.span.start, c.span.end)) out.push(`claims[${i}].text differs from its span's text`);
    if (!(c.confidence >= 0 && c.confidence <= 1)) out.push(`claims[${i}].confidence ${c.confidence} is outside 0..1`);
    if (!Number.isInteger(c.article) || c.article < -1 || c.article >= analysis.articles.length) out.push(`claims[${i}].article ${c.article} is not an article index`);
    else if (c.article >= 0 && !overlaps(analysis.articles[c.article].span, c.span)) out.push(`claims[${i}] ${show(c.span)} is outside its article ${show(analysis.articles[c.article].span)}`);
  });
  checkSorted("claims", analysis.claims, false, out);
  analysis.problems.forEach((p, i) => check(`problems[${i}]`, p));
  return out;
}

function checkLocated(text: string, doc: TextDocumentModel, where: string, item: Located, out: string[]): void {
  const { start, end } = item.span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    out.push(`${where}.span ${show(item.span)} is not inside the document (length ${text.length}) or is reversed`);
    return;
  }
  for (const at of [start, end]) {
    if (splitsSurrogatePair(text, at)) out.push(`${where}.span ${show(item.span)} splits a surrogate pair at offset ${at}`);
  }
  if (item.range && !sameRange(item.range, doc.rangeOf(item.span))) {
    out.push(`${where}.range ${JSON.stringify(item.range)} disagrees with rangeOf(span) ${JSON.stringify(doc.rangeOf(item.span))}`);
  }
}

/** Items sorted by start; `disjoint` also requires each to end before the next begins. */
function checkSorted(where: string, items: { span: Span }[], disjoint: boolean, out: string[]): void {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1].span, b = items[i].span;
    if (b.start < a.start) out.push(`${where}[${i}] ${show(b)} starts before ${where}[${i - 1}] ${show(a)}`);
    else if (disjoint && b.start < a.end) out.push(`${where}[${i}] ${show(b)} overlaps ${where}[${i - 1}] ${show(a)}`);
  }
}

export function splitsSurrogatePair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1), after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end || (a.start === b.start);
const show = (s: Span) => `[${s.start},${s.end})`;
const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
