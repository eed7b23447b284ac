// Reuse of the previous version's articles after an edit: an article whose lines all lie
// before or after the edited lines, and whose draft (boundary, extent, footers) is the same as
// before, is the previous article, moved by the edit's offset and line shift when it follows it.
// Building every article again costs more than the rest of re-segmenting a large file.
import type { Article, Position, Range, Section, Span } from "../model";
import type { Boundary } from "./boundary";
import type { ContentLine } from "./contentLines";
import type { FeedFooter } from "./feedExport";
import type { ContentEdit, LineEdit } from "./segmentationState";

/** One article before it is built: its boundary, content lines [from, to) and feed footers. */
export interface Draft { b: Boundary; from: number; to: number; footers: FeedFooter[] }

/** What assembling one version leaves for the next. `names` are the per-draft name counts
 * (empty for titled drafts) and `common` the names shared across posts, both of which a
 * derived title depends on. */
export interface AssemblyMemo { drafts: Draft[]; articles: Article[]; names: Map<string, number>[]; common: Set<string> }

/** The previous version's assembly and the edit between it and this one. */
export interface ArticleReuse { previous: AssemblyMemo; edit: LineEdit; change: ContentEdit }

// Boundary fields holding content-line indices: they move with the lines after the edit.
const INDEX_KEYS = new Set(["at", "titleAt", "bodyAt"]);

/**
 * For each draft, the index of the same draft in the previous version, or -1. The last draft
 * on either side is never matched: whether it is a truncated fragment depends on the others.
 */
export function matchDrafts(drafts: Draft[], lines: ContentLine[], reuse: ArticleReuse): Int32Array {
  const { previous, edit, change } = reuse;
  const old = previous.drafts;
  const out = new Int32Array(drafts.length).fill(-1);
  const after = change.added - change.removed;
  let j = 0;
  for (let k = 0; k + 1 < drafts.length; k++) {
    const d = drafts[k];
    // Lines before the edit keep their indices; lines after it (new document lines) move.
    let shift: number;
    if (lines[d.to - 1].line < edit.first) shift = 0;
    else if (lines[d.from].line >= edit.newEnd) shift = after;
    else continue;
    const oldFrom = d.from - shift;
    while (j < old.length && old[j].from < oldFrom) j++;
    if (j + 1 < old.length && old[j].from === oldFrom && isSameDraft(d, old[j], shift)) out[k] = j;
  }
  return out;
}

function isSameDraft(d: Draft, o: Draft, shift: number): boolean {
  if (d.to !== o.to + shift || d.footers.length !== o.footers.length) return false;
  if (!isSameShifted(d.b, o.b, shift)) return false;
  for (let i = 0; i < d.footers.length; i++) if (!isSameShifted(d.footers[i], o.footers[i], shift)) return false;
  return true;
}

/** Same fields, index fields moved by `shift`; a nested object (a title part) compared by its
 * own fields, so a field added to Boundary later is compared too, never ignored. */
function isSameShifted(a: object, b: object, shift: number): boolean {
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  for (const k in y) if (!(k in x) && y[k] !== undefined) return false;
  for (const k in x) {
    const u = x[k], v = y[k];
    if (INDEX_KEYS.has(k) && typeof u === "number" && typeof v === "number") { if (u !== v + shift) return false; }
    else if (u !== null && v !== null && typeof u === "object" && typeof v === "object") { if (!isSameShifted(u, v, 0)) return false; }
    else if (u !== v) return false;
  }
  return true;
}

/** True when both sets hold the same names. */
export function isSameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The article moved by `offset` characters and `lines` lines (itself when neither moves). */
export function moveArticle(a: Article, offset: number, lines: number): Article {
  if (offset === 0 && lines === 0) return a;
  // Fields listed, not spread: every article after an edit is moved on each keystroke.
  const moved: Article = {
    title: a.title,
    titleIsDerived: a.titleIsDerived,
    span: moveSpan(a.span, offset),
    range: moveRange(a.range, lines),
    titleSpan: a.titleSpan && moveSpan(a.titleSpan, offset),
    titleRange: a.titleRange && moveRange(a.titleRange, lines),
    sections: a.sections.length ? moveSections(a.sections, offset, lines) : [],
    evidence: a.evidence,
    layout: a.layout,
  };
  if ("fragment" in a) moved.fragment = a.fragment;
  return moved;
}

function moveSections(sections: Section[], offset: number, lines: number): Section[] {
  const out = new Array<Section>(sections.length);
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    out[i] = { title: s.title, span: moveSpan(s.span, offset), range: moveRange(s.range, lines) };
  }
  return out;
}

function moveSpan(s: Span, offset: number): Span {
  return { start: s.start + offset, end: s.end + offset };
}

// Characters within a line do not change: the article's lines are outside the edit.
function moveRange(r: Range, lines: number): Range {
  return lines === 0 ? r : { start: movePosition(r.start, lines), end: movePosition(r.end, lines) };
}

function movePosition(p: Position, lines: number): Position {
  return { line: p.line + lines, character: p.character };
}
