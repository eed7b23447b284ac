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

/** Lists are built on first ask, per item: a rematch then costs only an index of who is where. */
export function listCrossReferences(groups: readonly DuplicateGroup[], conflicts: readonly FigureConflict[]): CrossReferences {
  const groupsOf = new Map<string, number[]>(); // article → its groups (with its member position), in order
  groups.forEach(({ members }, g) => members.forEach((m, i) => {
    const key = keyOf(m.file, m.articleIndex);
    const list = groupsOf.get(key);
    if (list) list.push(g, i); else groupsOf.set(key, [g, i]);
  }));
  const placesOf = new Map<string, number[]>(); // figure → its conflict and place index
  conflicts.forEach(({ places }, c) => places.forEach((p, i) => {
    const key = keyOf(p.file, p.figureIndex);
    const list = placesOf.get(key);
    if (list) list.push(c, i); else placesOf.set(key, [c, i]);
  }));
  const copies = new Map<string, Place[]>();
  const disagreements = new Map<string, Place[]>();
  const listCopies = (key: string): Place[] => {
    const out = new Map<string, Place[]>();
    const where = groupsOf.get(key) ?? [];
    for (let k = 0; k < where.length; k += 2) {
      const { members } = groups[where[k]], m = members[where[k + 1]];
      // An excerpt's copies are the posts it comes from, not the other excerpts of them.
      const others = [];
      for (const o of members) {
        if (others.length >= MAX_LISTED_COPIES) break;
        if (o !== m && (m.relation !== "excerpt" || o.relation !== "excerpt")) others.push(o);
      }
      append(out, key, others.map((o) => ({ file: o.file, range: o.range })));
    }
    return out.get(key) ?? [];
  };
  const listDisagreements = (key: string): Place[] => {
    const out = new Map<string, Place[]>();
    const where = placesOf.get(key) ?? [];
    for (let k = 0; k < where.length; k += 2) {
      const { places } = conflicts[where[k]];
      append(out, key, places[where[k + 1]].disagreesWith.map((i) => ({ file: places[i].file, range: places[i].range })));
    }
    return out.get(key) ?? [];
  };
  const memo = (cache: Map<string, Place[]>, list: (key: string) => Place[], key: string): Place[] => {
    let found = cache.get(key);
    if (!found) { found = list(key); cache.set(key, found); }
    return found;
  };
  return {
    duplicatesOf: (file, articleIndex) => memo(copies, listCopies, keyOf(file, articleIndex)),
    conflictsOf: (file, figureIndex) => memo(disagreements, listDisagreements, keyOf(file, figureIndex)),
  };
}
