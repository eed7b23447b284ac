// Trigger words: a cheap prefilter in front of the cue regexes. Each cue names the words one of
// which every match of its regex contains as a whole word, so a sentence is read once by one
// automaton and a cue's regex runs only on sentences that hold one of its words.

/** A regex with the trigger words that any of its matches must contain. */
export interface Cue {
  readonly id: number;
  readonly pattern: RegExp;
  /** How many trigger words or marks any match holds ("as … as" holds two). */
  readonly least: number;
}

/** How many trigger words and marks of each cue a sentence holds (indexed by cue id, at most 255). */
export type CueFlags = Uint8Array;

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
 * `least` is how many occurrences of them every match holds.
 */
export function defineCue(pattern: RegExp, words: string, marks = "", least = 1): Cue {
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
  return { id, pattern, least };
}

function addOnce(ids: number[], id: number): void {
  if (!ids.includes(id)) ids.push(id);
}

/** A cleared flag array for every cue defined so far. */
export function newCueFlags(): CueFlags {
  return new Uint8Array(count);
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
  actionIds: number[][];
}
const NOT_WORD = 0;
const OTHER_WORD = 1;
// State 0 is between words; state 1 is inside a word that no trigger word starts like.
const BETWEEN = 0;
let automaton: Automaton | null = null;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function compileAutomaton(): Automaton {
  const classes = new Uint8Array(0x10000);
  let width = 2;
  for (let c = 0; c < 128; c++) if (isWordChar(c)) classes[c] = OTHER_WORD;
  const nodes: TrieNode[] = [];
  const visit = (node: TrieNode): void => {
    nodes.push(node);
    for (const [code, child] of node.children) {
      if (classes[code] === OTHER_WORD) {
        classes[code] = width;
        if (code >= 97 && code <= 122) classes[code - 32] = width;
        width++;
      }
      visit(child);
    }
  };
  visit(TRIE);
  for (const code of MARKS.keys()) classes[code] = width++;
  // Rows: 0 between words (the trie root), 1 inside an unknown word, then the other trie nodes.
  const rowOf = new Map<TrieNode, number>([[TRIE, BETWEEN]]);
  const IN_OTHER_WORD = width;
  nodes.slice(1).forEach((node, k) => rowOf.set(node, (k + 2) * width));
  const table = new Int32Array((nodes.length + 1) * width);
  const actionTarget: number[] = [];
  const actionIds: number[][] = [];
  const step = (row: number, cls: number, target: number, ids: readonly number[]): void => {
    if (ids.length === 0) { table[row + cls] = target; return; }
    table[row + cls] = ~actionTarget.length;
    actionTarget.push(target);
    actionIds.push([...ids]);
  };
  // The lower-case letters of the trigger words and their classes (upper case shares them).
  const letterClasses = new Map<number, number>();
  for (let c = 0; c < 128; c++) if (isWordChar(c) && !(c >= 65 && c <= 90) && classes[c] > OTHER_WORD) letterClasses.set(c, classes[c]);
  const fill = (row: number, node: TrieNode | null): void => {
    const ending = node && node !== TRIE ? node.words : [];
    step(row, NOT_WORD, BETWEEN, ending);
    for (const [code, ids] of MARKS) step(row, classes[code], BETWEEN, [...ending, ...ids]);
    step(row, OTHER_WORD, IN_OTHER_WORD, []);
    for (const [code, cls] of letterClasses) {
      const child = node?.children.get(code);
      step(row, cls, child ? rowOf.get(child)! : IN_OTHER_WORD, child ? child.prefixes : []);
    }
  };
  for (const node of nodes) fill(rowOf.get(node)!, node);
  fill(IN_OTHER_WORD, null);
  return { classes, width, table, actionTarget: Int32Array.from(actionTarget), actionIds };
}

function flag(flags: CueFlags, ids: readonly number[]): void {
  for (let k = 0; k < ids.length; k++) if (flags[ids[k]] !== 255) flags[ids[k]]++;
}

/**
 * Flags the cues whose trigger words or marks occur in `text[start, end)` (one pass over its
 * characters). Scanning a range of the document's flat text is faster than scanning a sliced
 * sentence string, and the range's ends bound words exactly as the slice's ends would.
 */
export function findCues(text: string, start = 0, end = text.length): CueFlags {
  return findCuesInto(newCueFlags(), text, start, end);
}

/** findCues into `flags`: a cleared array from newCueFlags. */
export function findCuesInto(flags: CueFlags, text: string, start: number, end: number): CueFlags {
  const { classes, table, actionTarget, actionIds } = automaton ??= compileAutomaton();
  let state = BETWEEN;
  for (let i = start; i < end; i++) {
    const next = table[state + classes[text.charCodeAt(i)]];
    if (next >= 0) { state = next; continue; }
    state = actionTarget[~next];
    flag(flags, actionIds[~next]);
  }
  // The range's end closes its last word as a non-word character would.
  const last = table[state + NOT_WORD];
  if (last < 0) flag(flags, actionIds[~last]);
  return flags;
}

/** The cue's regex matches `text`; `flags` (from findCues on the same text) skip hopeless tests. */
export function matchesCue(cue: Cue, text: string, flags: CueFlags): boolean {
  return flags[cue.id] >= cue.least && cue.pattern.test(text);
}
