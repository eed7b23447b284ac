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

function keyOf(file: string, index: number): string { return `${index}\u0000${file}`; }

function append(map: Map<string, Place[]>, key: string, places: Place[]): void {
  const list = map.get(key);
  if (list) list.push(...places); else map.set(key, [...places]);
}

export function listCrossReferences(groups: readonly DuplicateGroup[], conflicts: readonly FigureConflict[]): CrossReferences {
  const copies = new Map<string, Place[]>();
  for (const { members } of groups) {
    for (const m of members) {
      append(copies, keyOf(m.file, m.articleIndex), members.filter((o) => o !== m).map((o) => ({ file: o.file, range: o.range })));
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
