// Trigger words: a cheap prefilter in front of the cue regexes. Each cue names the words one of
// which every match of its regex contains as a whole word, so a sentence is read once by one
// automaton and a cue's regex runs only on sentences that hold one of its words. The scan also
// notes where each cue's first trigger starts: a cue whose matches start at most `lead`
// characters before a trigger they contain is searched from there, not from the sentence start.

/** A regex with the trigger words that any of its matches must contain. */
export interface Cue {
  readonly id: number;
  readonly pattern: RegExp;
  /** How many trigger words or marks any match holds ("as … as" holds two). */
  readonly least: number;
  /** Every match starts at most this many characters before a trigger word or mark it holds
   * (Infinity: unbounded, the search starts at the sentence start). */
  readonly lead: number;
  /** A global copy of `pattern`, searched from lastIndex, when `lead` is finite. */
  readonly search: RegExp | null;
}

/** How many trigger words and marks of each cue a sentence holds (indexed by cue id, at most 255). */
export type CueFlags = Uint8Array;
/** Where each flagged cue's first trigger word or mark starts (indexed by cue id; stale when not flagged). */
export type CueStarts = Int32Array;

// Words are maximal runs of [A-Za-z0-9_] (the \w of a non-unicode regex), so a regex's
// \b-bounded literal is exactly one such run; they are matched case-insensitively.

/** A trie node of the lower-cased trigger words: the cues of the words and prefixes ending here. */
interface TrieNode {
  children: Map<number, TrieNode>;
  words: number[];
  prefixes: number[];
}
const newNode = (): TrieNode => ({ children: new Map(), words: [], prefixes: [] });
const TRIE = newNode();
// Characters that trigger a cue on their own ("=" for "x = 3"), with their cues.
const MARKS = new Map<number, number[]>();
let count = 0;

/**
 * Registers a cue. `words` is a space-separated list of lower-case whole words; a word ending
 * in "*" is a prefix. `marks` lists characters that trigger the cue wherever they appear.
 * `least` is how many occurrences of them every match holds. `lead` bounds how far before a
 * trigger it holds a match may start: only starts from the first trigger's start minus `lead`
 * on are searched, so it must hold for every branch of the pattern (lookbehinds, which read
 * before the search start anyway, do not count).
 */
export function defineCue(pattern: RegExp, words: string, marks = "", least = 1, lead = Infinity): Cue {
  const id = count++;
  for (const w of words.split(/\s+/)) {
    if (!w) continue;
    const prefix = w.endsWith("*");
    let node = TRIE;
    for (const ch of prefix ? w.slice(0, -1) : w) {
      const code = ch.charCodeAt(0);
      let child = node.children.get(code);
      if (!child) node.children.set(code, (child = newNode()));
      node = child;
    }
    addOnce(prefix ? node.prefixes : node.words, id);
  }
  for (const m of marks) {
    const ids = MARKS.get(m.charCodeAt(0));
    if (ids) addOnce(ids, id); else MARKS.set(m.charCodeAt(0), [id]);
  }
  automaton = null;
  const search = Number.isFinite(lead) ? new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`) : null;
  return { id, pattern, least, lead, search };
}

function addOnce(ids: number[], id: number): void {
  if (!ids.includes(id)) ids.push(id);
}

/** A cleared flag array for every cue defined so far. */
export function newCueFlags(): CueFlags {
  return new Uint8Array(count);
}

/** A cleared start array for every cue defined so far. */
export function newCueStarts(): CueStarts {
  return new Int32Array(count);
}

/**
 * The trie compiled into a transition table read one character at a time: one class lookup and
 * one table lookup per character, no slicing, lower-casing or hashing of words, and a branch
 * taken only where a cue is flagged. States are stored as the offsets of their table rows.
 */
interface Automaton {
  /** The character class of each UTF-16 code: 0 not a word character, 1 a word character in no
   * trigger word, then one class per character of the trigger words and one per mark. */
  classes: Uint8Array;
  width: number;
  /** table[state + class]: the next state, or ~k when the step flags the cues of action k. */
  table: Int32Array;
  actionTarget: Int32Array;
  /** How far before the step's character the trigger word it completes starts. */
  actionBack: Int32Array;
  /** The cue ids action k flags: actionIds[actionStart[k] .. actionStart[k + 1]). */
  actionStart: Int32Array;
  actionIds: Uint16Array;
}
const NOT_WORD = 0;
const OTHER_WORD = 1;
// State 0 is between words; state 1 is inside a word that no trigger word starts like.
const BETWEEN = 0;
let automaton: Automaton | null = null;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The trie's nodes breadth first: short prefixes, the states most characters pass through,
 * get neighbouring table rows, which keeps the scan's hot rows in few cache lines. */
function listNodes(): TrieNode[] {
  const nodes: TrieNode[] = [TRIE];
  for (let k = 0; k < nodes.length; k++) for (const child of nodes[k].children.values()) nodes.push(child);
  return nodes;
}

function compileAutomaton(): Automaton {
  const classes = new Uint8Array(0x10000);
  let width = 2;
  for (let c = 0; c < 128; c++) if (isWordChar(c)) classes[c] = OTHER_WORD;
  const nodes = listNodes();
  for (const node of nodes) {
    for (const code of node.children.keys()) {
      if (classes[code] !== OTHER_WORD) continue;
      classes[code] = width;
      if (code >= 97 && code <= 122) classes[code - 32] = width;
      width++;
    }
  }
  for (const code of MARKS.keys()) classes[code] = width++;
  // Rows: 0 between words (the trie root), 1 inside an unknown word, then the other trie nodes.
  const rowOf = new Map<TrieNode, number>([[TRIE, BETWEEN]]);
  const IN_OTHER_WORD = width;
  nodes.slice(1).forEach((node, k) => rowOf.set(node, (k + 2) * width));
  const table = new Int32Array((nodes.length + 1) * width);
  const actionTarget: number[] = [];
  const actionBack: number[] = [];
  const actionStart: number[] = [0];
  const actionIds: number[] = [];
  // Steps with the same target and cues share one action.
  const actionOf = new Map<string, number>();
  // `back`: the depth of the step's row, the length of the word read so far (0 for a mark read
  // between words); a mark ending a trigger word gets the word's start, which is no later.
  const step = (row: number, cls: number, target: number, ids: readonly number[], back: number): void => {
    if (ids.length === 0) { table[row + cls] = target; return; }
    const key = `${target}:${back}:${ids.join(",")}`;
    let k = actionOf.get(key);
    if (k === undefined) {
      actionOf.set(key, (k = actionTarget.length));
      actionTarget.push(target);
      actionBack.push(back);
      actionIds.push(...ids);
      actionStart.push(actionIds.length);
    }
    table[row + cls] = ~k;
  };
  // The lower-case letters of the trigger words and their classes (upper case shares them).
  const letterClasses = new Map<number, number>();
  for (let c = 0; c < 128; c++) if (isWordChar(c) && !(c >= 65 && c <= 90) && classes[c] > OTHER_WORD) letterClasses.set(c, classes[c]);
  const fill = (row: number, node: TrieNode | null, depth: number): void => {
    const ending = node && node !== TRIE ? node.words : [];
    step(row, NOT_WORD, BETWEEN, ending, depth);
    for (const [code, ids] of MARKS) step(row, classes[code], BETWEEN, [...ending, ...ids], depth);
    step(row, OTHER_WORD, IN_OTHER_WORD, [], depth);
    for (const [code, cls] of letterClasses) {
      const child = node?.children.get(code);
      step(row, cls, child ? rowOf.get(child)! : IN_OTHER_WORD, child ? child.prefixes : [], depth);
    }
  };
  const depthOf = new Map<TrieNode, number>([[TRIE, 0]]);
  for (const node of nodes) for (const child of node.children.values()) depthOf.set(child, depthOf.get(node)! + 1);
  for (const node of nodes) fill(rowOf.get(node)!, node, depthOf.get(node)!);
  // Inside an unknown word only marks flag cues, and a mark starts where it stands.
  fill(IN_OTHER_WORD, null, 0);
  return {
    classes, width, table, actionTarget: Int32Array.from(actionTarget), actionBack: Int32Array.from(actionBack),
    actionStart: Int32Array.from(actionStart), actionIds: Uint16Array.from(actionIds),
  };
}

/**
 * Flags the cues whose trigger words or marks occur in `text[start, end)` (one pass over its
 * characters). Scanning a range of the document's flat text is faster than scanning a sliced
 * sentence string, and the range's ends bound words exactly as the slice's ends would.
 */
export function findCues(text: string, start = 0, end = text.length): CueFlags {
  return findCuesInto(newCueFlags(), newCueStarts(), text, start, end);
}

/** findCues into `flags` (cleared, from newCueFlags) and `starts` (from newCueStarts; entries of
 * unflagged cues may hold anything, each is set at its cue's first flag); the
 * starts are offsets from `start`, so they index the sentence's own text. */
export function findCuesInto(flags: CueFlags, starts: CueStarts, text: string, start: number, end: number): CueFlags {
  const { classes, table, actionTarget, actionBack, actionStart, actionIds } = automaton ??= compileAutomaton();
  let state = BETWEEN;
  for (let i = start; i < end; i++) {
    const next = table[state + classes[text.charCodeAt(i)]];
    if (next >= 0) { state = next; continue; }
    const k = ~next;
    state = actionTarget[k];
    flagAction(flags, starts, actionStart, actionIds, k, i - start - actionBack[k]);
  }
  // The range's end closes its last word as a non-word character would.
  const last = table[state + NOT_WORD];
  if (last < 0) flagAction(flags, starts, actionStart, actionIds, ~last, end - start - actionBack[~last]);
  return flags;
}

/** Counts one more occurrence for each cue of action k (saturating at 255), noting `at` as the
 * start of its first. */
function flagAction(flags: CueFlags, starts: CueStarts, actionStart: Int32Array, actionIds: Uint16Array, k: number, at: number): void {
  for (let j = actionStart[k], stop = actionStart[k + 1]; j < stop; j++) {
    const id = actionIds[j];
    const n = flags[id];
    if (n === 0) starts[id] = at;
    if (n !== 255) flags[id] = n + 1;
  }
}

/** The cue's regex matches `text`; `flags` and `starts` (from findCuesInto on the same text)
 * skip hopeless tests and, for a cue with a lead, the starts before its first trigger's reach. */
export function matchesCue(cue: Cue, text: string, flags: CueFlags, starts: CueStarts): boolean {
  if (flags[cue.id] < cue.least) return false;
  const search = cue.search;
  if (search === null) return cue.pattern.test(text);
  const from = starts[cue.id] - cue.lead;
  search.lastIndex = from > 0 ? from : 0;
  return search.test(text);
}

/** Where the cue's first match in `text` starts, or -1: matchesCue, for rules that weigh what
 * stands before the match. */
export function locateCue(cue: Cue, text: string, flags: CueFlags, starts: CueStarts): number {
  if (flags[cue.id] < cue.least) return -1;
  const search = cue.search;
  if (search === null) return text.search(cue.pattern);
  const from = starts[cue.id] - cue.lead;
  search.lastIndex = from > 0 ? from : 0;
  const match = search.exec(text);
  return match ? match.index : -1;
}
