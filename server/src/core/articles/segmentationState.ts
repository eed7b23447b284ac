// What one segmentation leaves for the next version of the same document: its content lines
// (with the facts worked out on each), the term index, the gap similarities and name continuity. After an edit the lines are
// spliced, not listed again, and the statistics are updated by the edited lines alone.
import type { TextDocumentModel } from "../document";
import { readContentText, type ContentLine } from "./contentLines";
import { createLine } from "./lineMemo";
import type { TermIndex } from "./lexicalCohesion";
import type { AssemblyMemo } from "./articleReuse";
import type { LocalRuleResults } from "./localRules";

export interface SegmentationState {
  lines: ContentLine[];
  /** The results of the rules an edit updates around itself (localRules.ts). */
  local?: LocalRuleResults;
  /** Absent when the file read as a transcript (no cohesion statistics were needed). */
  index?: TermIndex;
  sims?: Float64Array;
  names?: Float64Array;
  /** The articles and what they were built from, so an edit rebuilds only those it touches. */
  assembly?: AssemblyMemo;
}

/** An edit in document lines: old lines [first, oldEnd) became new lines [first, newEnd). */
export interface LineEdit { first: number; oldEnd: number; newEnd: number }

/** Where the edit falls among content lines: [at, at + removed) became [at, at + added). */
export interface ContentEdit { at: number; removed: number; added: number }

// A term vocabulary shared across versions keeps the ids of words typed and deleted again;
// once it holds more than twice the words in use plus this many, it is rebuilt from scratch.
const VOCABULARY_SLACK = 50_000;

/** The content lines of `doc` made from the previous version's: unchanged lines keep their facts. */
export function spliceContentLines(previous: ContentLine[], doc: TextDocumentModel, edit: LineEdit): { lines: ContentLine[]; change: ContentEdit } {
  let at = 0;
  while (at < previous.length && previous[at].line < edit.first) at++;
  let after = at;
  while (after < previous.length && previous[after].line < edit.oldEnd) after++;
  const edited: ContentLine[] = [];
  for (let line = edit.first; line < edit.newEnd; line++) {
    const text = readContentText(doc.lineText(line));
    if (text) edited.push(createLine(line, text));
  }
  const added = edited.length;
  const shift = edit.newEnd - edit.oldEnd;
  // An edit inside lines (typing) moves no line: the tail is taken over by one native copy.
  if (!shift) return { lines: previous.slice(0, at).concat(edited, previous.slice(after)), change: { at, removed: after - at, added } };
  const lines = previous.slice(0, at);
  for (const l of edited) lines.push(l);
  for (let k = after; k < previous.length; k++) {
    const l = previous[k];
    lines.push(shift ? createLine(l.line + shift, l.text, l.facts, l.normalized, l.heading) : l);
  }
  return { lines, change: { at, removed: after - at, added } };
}

/**
 * False when the shared vocabulary has grown too far past the document's own words, or its
 * term pool holds more runs of removed lines than of live ones (plus the same slack).
 */
export function isVocabularyFresh(index: TermIndex): boolean {
  let live = 0;
  for (let id = 0; id < index.df.length; id++) if (index.df[id] > 0) live++;
  let terms = 0;
  for (let p = 0; p < index.count.length; p++) terms += index.count[p];
  return index.vocabulary.ids.size <= 2 * live + VOCABULARY_SLACK && index.vocabulary.pool.used <= 2 * terms + VOCABULARY_SLACK;
}
