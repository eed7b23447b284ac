// Figure conflicts kept up to date file by file. An update redoes only the blocks of lines an
// edit touched, re-keys the statements whose subject words changed name status, and re-checks
// only the keys that gained, lost or moved a statement. Same result as findFigureConflicts.
import type { Analysis } from "../model";
import { compactCaseProfile, createCaseProfile, isNameKey, mergeCaseCounts, profileKeyOf, type CaseCounts } from "./caseProfile";
import { findKeyConflict, keyStatement, toFigureConflict, type FigureConflict } from "./figureConflicts";
import type { FigureStatement } from "./figureStatement";
import { BLOCK_CHARS, computeBlock, cutLines, hasSameFigures, rebaseBlock, type Block } from "./statementBlocks";
import { findChangedRegion, type ChangedRegion } from "./textDiff";

const MIN_COMPACT = 65_536;

interface FileState { file: string; seq: number; text: string; blocks: Block[] }

/** Per statement: its file, key, the profile words its subject depends on, its article's start. */
interface StatementState { owner: FileState; key: string | null; words: string[]; articleStart: number }

interface KeyGroup {
  subject: string; dimension: string; unit: string;
  members: Set<FigureStatement>;
  /** The conflict found at the last check, with the key's first statement (for output order). */
  found: { first: FigureStatement; statements: FigureStatement[]; disagreements: number[][] } | null;
}

export class FigureConflictIndex {
  private readonly files = new Map<string, FileState>();
  private readonly profile = createCaseProfile();
  /** Profile size at which to look for words no block counts any more (edits and removed files
   * leave them behind); twice the size after each look, which keeps the cost linear. */
  private compactAt: number;
  private readonly states = new Map<FigureStatement, StatementState>();
  private readonly groups = new Map<string, KeyGroup>();
  /** Profile word → statements whose subject it may decide. */
  private readonly dependents = new Map<string, Set<FigureStatement>>();
  private readonly conflicting = new Set<KeyGroup>();
  private nextSeq = 0;

  /** `blockChars`: block size (tests use small blocks to exercise edits across many blocks);
   * `minCompact`: profile size below which it is never compacted (tests make it small). */
  constructor(private readonly blockChars = BLOCK_CHARS, private readonly minCompact = MIN_COMPACT) {
    this.compactAt = minCompact;
  }

  /** `region` (optional) is the change from the previously indexed text, when already known. */
  update(file: string, text: string, analysis: Analysis, region?: ChangedRegion): void {
    const known = this.files.get(file);
    const state: FileState = known ?? { file, seq: this.nextSeq++, text: "", blocks: [] };
    if (!known) this.files.set(file, state);
    const dirty = new Set<string>();
    const { figures } = analysis;
    const articleStarts = analysis.articles.map((a) => a.span.start);
    const sorted = figures.every((f, i) => i === 0 || figures[i - 1].span.start <= f.span.start);
    // Keep the blocks wholly before or after the edit (the statement scan relies on sorted figures).
    const { prefix, suffix } = known && sorted ? region ?? findChangedRegion(state.text, text) : { prefix: 0, suffix: 0 };
    const delta = text.length - state.text.length;
    const old = state.blocks;
    let head = 0, tail = old.length;
    while (head < old.length && old[head].end <= prefix) head++;
    while (tail > head && old[tail - 1].start > state.text.length - suffix) tail--;
    const midStart = head > 0 ? old[head - 1].end : 0;
    const midEnd = tail < old.length ? old[tail].start + delta : text.length;
    // Unsorted figures (not produced by the analysis, but possible input) make one block.
    const layout = sorted ? [
      ...old.slice(0, head).map((b) => ({ start: b.start, end: b.end, kept: b })),
      ...cutLines(text, midStart, midEnd, this.blockChars).map((c) => ({ ...c, kept: null as Block | null })),
      ...old.slice(tail).map((b) => ({ start: b.start + delta, end: b.end + delta, kept: b })),
    ] : [{ start: 0, end: text.length, kept: null as Block | null }];
    const removed = old.slice(head, tail);
    const added: Block[] = [];
    const blocks: Block[] = [];
    const toOld = (at: number) => (at < prefix ? at : at >= text.length - suffix ? at - delta : Number.NaN);
    let f = 0;
    for (const slot of layout) {
      const from = f;
      const last = slot === layout[layout.length - 1];
      while (f < figures.length && (last || figures[f].span.start < slot.end)) f++;
      const kept = slot.kept;
      if (kept && hasSameFigures(kept, slot.start, figures, from, f)) {
        rebaseBlock(kept, slot.start, figures, from, articleStarts);
        for (const st of kept.statements) this.recheckArticle(st, articleStarts, toOld, dirty);
        blocks.push(kept);
        continue;
      }
      if (kept) removed.push(kept);
      const block = computeBlock(this.profile, file, text, slot.start, slot.end, figures, from, f, articleStarts);
      added.push(block);
      blocks.push(block);
    }
    state.text = text;
    state.blocks = blocks;
    this.replaceBlocks(removed, added, articleStarts, state, dirty);
    this.compactProfile();
  }

  remove(file: string): void {
    const state = this.files.get(file);
    if (!state) return;
    this.files.delete(file);
    const dirty = new Set<string>();
    this.replaceBlocks(state.blocks, [], [], state, dirty);
    this.compactProfile();
  }

  private compactProfile(): void {
    if (this.profile.size < this.compactAt) return;
    // A quarter of the entries empty is worth a pass over all blocks' counts.
    if (this.profile.countEmpty() * 4 >= this.profile.size) compactCaseProfile(this.profile, this.listCaseCounts());
    this.compactAt = Math.max(this.minCompact, this.profile.size * 2);
  }

  private *listCaseCounts(): Iterable<CaseCounts> {
    for (const state of this.files.values()) for (const block of state.blocks) yield block.cases;
  }

  /** Every conflict, ordered by the key's first statement as a fresh computation orders them. */
  conflicts(): FigureConflict[] {
    const order = (st: FigureStatement) => this.states.get(st)!.owner.seq;
    return [...this.conflicting]
      .sort((a, b) => order(a.found!.first) - order(b.found!.first) || a.found!.first.figureIndex - b.found!.first.figureIndex)
      .map((g) => toFigureConflict(g.subject, g.dimension, g.unit, g.found!));
  }

  /** A kept statement whose article begins elsewhere may now share or leave an article. */
  private recheckArticle(st: FigureStatement, articleStarts: readonly number[], toOld: (at: number) => number, dirty: Set<string>): void {
    const state = this.states.get(st)!;
    const start = st.articleIndex < 0 ? -1 : articleStarts[st.articleIndex];
    if ((start < 0 ? -1 : toOld(start)) !== state.articleStart && state.key) dirty.add(state.key);
    state.articleStart = start;
  }

  private replaceBlocks(removed: Block[], added: Block[], articleStarts: readonly number[], owner: FileState, dirty: Set<string>): void {
    for (const block of removed) for (const st of block.statements) this.forget(st, dirty);
    // Name status before the counts change, of words some kept statement depends on.
    const before = new Map<string, boolean>();
    const touched = (key: string) => {
      if (!before.has(key) && this.dependents.has(key)) before.set(key, isNameKey(this.profile, key));
    };
    for (const block of removed) mergeCaseCounts(this.profile, block.cases, -1, touched);
    for (const block of added) mergeCaseCounts(this.profile, block.cases, 1, touched);
    for (const [word, was] of before) {
      if (isNameKey(this.profile, word) === was) continue;
      for (const st of this.dependents.get(word) ?? []) this.rekey(st, dirty);
    }
    for (const block of added) {
      for (const st of block.statements) {
        const start = st.articleIndex < 0 ? -1 : articleStarts[st.articleIndex];
        const words = [...new Set(st.rowHeader ? [] : st.nameRuns.flat().map(profileKeyOf).filter((k): k is string => k !== null))];
        this.states.set(st, { owner, key: null, words, articleStart: start });
        for (const w of words) {
          const set = this.dependents.get(w);
          if (set) set.add(st); else this.dependents.set(w, new Set([st]));
        }
        this.rekey(st, dirty);
      }
    }
    for (const key of dirty) this.recheck(key);
  }

  private forget(st: FigureStatement, dirty: Set<string>): void {
    const state = this.states.get(st)!;
    if (state.key) { this.groups.get(state.key)!.members.delete(st); dirty.add(state.key); }
    for (const w of state.words) {
      const set = this.dependents.get(w)!;
      set.delete(st);
      if (set.size === 0) this.dependents.delete(w);
    }
    this.states.delete(st);
  }

  private rekey(st: FigureStatement, dirty: Set<string>): void {
    const state = this.states.get(st)!;
    const keyed = keyStatement(st, this.profile);
    const key = keyed?.key ?? null;
    if (key === state.key) return;
    if (state.key) { this.groups.get(state.key)!.members.delete(st); dirty.add(state.key); }
    state.key = key;
    if (!keyed) return;
    dirty.add(keyed.key);
    const group = this.groups.get(keyed.key);
    if (group) group.members.add(st);
    else this.groups.set(keyed.key, { subject: keyed.subject, dimension: st.dimension, unit: st.unit, members: new Set([st]), found: null });
  }

  /** Re-checks one key over its statements in input order (file order, then figure order). */
  private recheck(key: string): void {
    const group = this.groups.get(key);
    if (!group) return;
    this.conflicting.delete(group);
    if (group.members.size === 0) { this.groups.delete(key); return; }
    const order = (st: FigureStatement) => this.states.get(st)!.owner.seq;
    const all = [...group.members].sort((a, b) => order(a) - order(b) || a.figureIndex - b.figureIndex);
    const found = findKeyConflict(all);
    group.found = found ? { first: all[0], ...found } : null;
    if (found) this.conflicting.add(group);
  }
}
