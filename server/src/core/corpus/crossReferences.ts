// Per-item views of the cross-file results, for outputs that list on each article its copies
// and on each figure the places that state the same quantity differently.
import type { Range } from "../model";
import type { DuplicateGroup } from "./duplicateMatch";
import type { FigureConflict } from "./figureConflicts";

export interface Place { file: string; range: Range }

export interface CrossReferences {
  /** Copies of an article elsewhere (other members of its group), or [] when it has none. */
  duplicatesOf(file: string, articleIndex: number): Place[];
  /** Statements of the figure's quantity that disagree with it, or [] when none do. */
  conflictsOf(file: string, figureIndex: number): Place[];
}

/** Copies listed per article: a post syndicated hundreds of times would otherwise make the
 * output grow with the square of its copies; the first ones, in input order, are listed. */
export const MAX_LISTED_COPIES = 50;

function keyOf(file: string, index: number): string { return `${index}\u0000${file}`; }

/** Adds places not yet listed (an article can be in several groups as an excerpt). */
function append(map: Map<string, Place[]>, key: string, places: Place[]): void {
  const list = map.get(key) ?? [];
  const seen = new Set(list.map((p) => `${p.file}\u0000${p.range.start.line}:${p.range.start.character}`));
  for (const p of places) {
    const id = `${p.file}\u0000${p.range.start.line}:${p.range.start.character}`;
    if (!seen.has(id)) { seen.add(id); list.push(p); }
  }
  map.set(key, list);
}

export function listCrossReferences(groups: readonly DuplicateGroup[], conflicts: readonly FigureConflict[]): CrossReferences {
  const copies = new Map<string, Place[]>();
  for (const { members } of groups) {
    for (const m of members) {
      // An excerpt's copies are the posts it comes from, not the other excerpts of them.
      const others = [];
      for (const o of members) {
        if (others.length >= MAX_LISTED_COPIES) break;
        if (o !== m && (m.relation !== "excerpt" || o.relation !== "excerpt")) others.push(o);
      }
      append(copies, keyOf(m.file, m.articleIndex), others.map((o) => ({ file: o.file, range: o.range })));
    }
  }
  const disagreements = new Map<string, Place[]>();
  for (const { places } of conflicts) {
    for (const p of places) {
      append(disagreements, keyOf(p.file, p.figureIndex), p.disagreesWith.map((i) => ({ file: places[i].file, range: places[i].range })));
    }
  }
  return {
    duplicatesOf: (file, articleIndex) => copies.get(keyOf(file, articleIndex)) ?? [],
    conflictsOf: (file, figureIndex) => disagreements.get(keyOf(file, figureIndex)) ?? [],
  };
}
