// Lexical cohesion between neighbouring windows of paragraphs (TextTiling, Hearst 1997): where
// the vocabulary of the paragraphs before a gap and after it stops overlapping, the topic has
// changed. Each gap gets a similarity and a depth (how far it sits below the peaks around it).
import { STOP_WORDS } from "./stopWords";
import { hasNameShape, isSentenceStart, startsWithCapital } from "./nameTokens";

export interface GapScore {
  /** Index of the first paragraph after the gap. */
  at: number;
  similarity: number;
  /** Similarity averaged with its neighbours (Hearst's smoothing). */
  smoothed: number;
  /** Depth of the smoothed curve at this gap. */
  depth: number;
  /** Share of the names after the gap already used before it (NaN when none follow). */
  names: number;
}

/** The scores of all gaps, one array entry per gap; gap k lies before paragraph k + 1. */
export interface CohesionCurve {
  similarity: Float64Array; smoothed: Float64Array; depth: Float64Array;
  /** Share of the names after the gap already used before it (NaN when none follow). */
  names: Float64Array;
}

export function readGap(curve: CohesionCurve, k: number): GapScore {
  return { at: k + 1, similarity: curve.similarity[k], smoothed: curve.smoothed[k], depth: curve.depth[k], names: curve.names[k] };
}

// Window: paragraphs are added on each side until they hold WINDOW_TOKENS content words
// (Hearst's blocks are ~120 tokens with stop words; ours exclude them, so this is one long
// paragraph or a few short ones) but never more than WINDOW_MAX paragraphs, so a run of
// headings or table cells does not let a window reach across a whole post. A window wider
// than a post straddles the next change and hides it: on invented files of 4–6 paragraph
// posts, 5 paragraphs/100 words found 40% of the changes, 4/60 found 71%; on invented
// 30-paragraph posts 4/60 splits a post more often (precision 0.80 against 0.92), but on
// the sample's real long posts it splits less (4 against 6 in 12 posts). Sample boundaries
// are the same for both.
const WINDOW_TOKENS = 60;
const WINDOW_MAX = 4;
// Depth climbs at most DEPTH_REACH gaps to each side: keeps the score linear and local.
const DEPTH_REACH = 12;
// Names (DeepSpeed, GODEL, AI4Science, a capitalised word inside a sentence) carry the topic
// of a post far more than common nouns, so they weigh more.
const NAME_WEIGHT = 2;

// Paragraphs are reduced to term ids and weights once; windows are summed into one reusable
// array indexed by term id, so a gap costs only the terms its windows hold.
export interface TermList { ids: number[]; weights: number[]; tokens: number }

/** Content words of a paragraph (stop words dropped, plurals folded) with their weights. */
const NO_TERMS: TermList = { ids: [], weights: [], tokens: 0 };
// What a word form resolves to: -1 for a stop word, else (term id << 1) | 1 when its shape
// marks a name. Texts repeat their words, so each form is folded and looked up only once.
type FormCache = Map<string, number>;
const FORM_CACHE_LIMIT = 200_000;

export function listTerms(text: string, intern: (term: string) => number, forms: FormCache = new Map()): TermList {
  if (text.length < 3) return NO_TERMS;
  const out: TermList = { ids: [], weights: [], tokens: 0 };
  // A hand-written scan for WORD: the Unicode regex costs several times more per word, and
  // this runs on every word of the file.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const w = wordCharWidth(text, i, false);
    if (!w) { i++; continue; }
    const start = i;
    i += w;
    for (let c = wordCharWidth(text, i, true); c; c = wordCharWidth(text, i, true)) i += c;
    const length = i - start;
    if (length > 40 || length < 3) continue;
    const raw = text.slice(start, i);
    let form = forms.get(raw);
    if (form === undefined) {
      form = resolveForm(raw, intern);
      // Real text has a few thousand word forms; noise (random symbols) would fill memory.
      if (forms.size < FORM_CACHE_LIMIT) forms.set(raw, form);
    }
    if (form < 0) continue;
    // A capital after a sentence end is grammar, not a name.
    const isName = (form & 1) === 1 || (startsWithCapital(raw) && !isSentenceStart(text, start));
    out.ids.push(form >> 1);
    out.weights.push(isName ? NAME_WEIGHT : 1);
    out.tokens++;
  }
  return out;
}

// Membership of non-ASCII BMP characters in [\p{L}\p{N}], found once per character.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const BMP_CLASS = new Uint8Array(0x10000); // 0 unknown, 1 letter or number, 2 neither

/**
 * UTF-16 width of the character at `i` when WORD takes it (a letter or number, or inside a
 * word also ' ’ -), else 0. Same classes as WORD: [\p{L}\p{N}] first, [\p{L}\p{N}'’-] after.
 */
function wordCharWidth(text: string, i: number, inside: boolean): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
    return inside && (c === 39 || c === 45) ? 1 : 0;
  }
  if (c === 0x2019) return inside ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

function resolveForm(token: string, intern: (term: string) => number): number {
  let raw = token;
  if (raw.endsWith("'s") || raw.endsWith("’s")) raw = raw.slice(0, -2);
  while (raw.length && "-'’".includes(raw[raw.length - 1])) raw = raw.slice(0, -1);
  const word = foldPlural(raw.toLowerCase());
  if (word.length < 3 || STOP_WORDS.has(word) || isNumber(word)) return -1;
  return (intern(word) << 1) | (hasNameShape(raw) ? 1 : 0);
}

function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function foldPlural(w: string): string {
  if (!w.endsWith("s") || w.length <= 3) return w;
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  return w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") ? w : w.slice(0, -1);
}

/** Term lists and weights of a text's paragraphs, shared by every window comparison on it. */
export interface TermIndex { lists: TermList[]; idf: Float64Array; left: Window; right: Window }

export function indexTerms(paragraphs: string[]): TermIndex {
  const vocabulary = new Map<string, number>();
  const intern = (t: string) => {
    let id = vocabulary.get(t);
    if (id === undefined) { id = vocabulary.size; vocabulary.set(t, id); }
    return id;
  };
  const forms: FormCache = new Map();
  const lists = paragraphs.map((p) => listTerms(p, intern, forms));
  return { lists, idf: weighTerms(lists, vocabulary.size), left: new Window(vocabulary.size), right: new Window(vocabulary.size) };
}

/**
 * Similarity of the window that ends at paragraph `lastBefore` (reaching back no further than
 * `floor`) and the window that starts at `firstAfter` (reaching no further than `ceiling - 1`).
 * Rules that know where a post cannot extend pass those limits so windows stay inside it.
 */
export function compareAround(index: TermIndex, lastBefore: number, firstAfter: number, floor = 0, ceiling = index.lists.length): number {
  index.left.fill(index.lists, lastBefore, -1, index.idf, floor);
  index.right.fill(index.lists, firstAfter, 1, index.idf, ceiling - 1);
  return index.left.cosine(index.right);
}

// A post keeps using its names (DeepSpeed, Opacus) from section to section; the next post
// brings its own. Names are looked for NAME_AHEAD paragraphs after a gap and NAME_LOOKBACK
// paragraphs before it (a long post's name may rest for a few sections).
const NAME_AHEAD = 3;
const NAME_LOOKBACK = 20;

/**
 * For each gap (gap k lies before paragraph k + 1): the idf-weighted share of the names just
 * after it that the paragraphs before it already used; NaN when the text after names nothing.
 * One sweep with the last paragraph each term was seen in, so it stays linear.
 */
export function scoreNameContinuity(index: TermIndex): Float64Array {
  const { lists, idf } = index;
  const lastSeen = new Int32Array(idf.length).fill(-1 - NAME_LOOKBACK);
  const out = new Float64Array(Math.max(0, lists.length - 1));
  const counted = new Int32Array(idf.length).fill(-1);
  for (let k = 0; k + 1 < lists.length; k++) {
    const before = lists[k];
    for (let t = 0; t < before.ids.length; t++) lastSeen[before.ids[t]] = k;
    let all = 0, seen = 0;
    for (let p = k + 1; p < Math.min(lists.length, k + 1 + NAME_AHEAD); p++) {
      const { ids, weights } = lists[p];
      for (let t = 0; t < ids.length; t++) {
        const id = ids[t];
        if (weights[t] !== NAME_WEIGHT || !idf[id] || counted[id] === k) continue;
        counted[id] = k;
        all += idf[id];
        if (k - lastSeen[id] < NAME_LOOKBACK) seen += idf[id];
      }
    }
    out[k] = all ? seen / all : NaN;
  }
  return out;
}

/** Similarity and depth at every gap between consecutive paragraphs. Linear in the text. */
export function scoreCohesionGaps(paragraphs: string[], index = indexTerms(paragraphs)): CohesionCurve {
  const n = Math.max(0, paragraphs.length - 1);
  const sims = new Float64Array(n);
  for (let k = 0; k < n; k++) sims[k] = compareAround(index, k, k + 1);
  // Hearst smooths the similarity curve before measuring depth, so one odd paragraph (a
  // caption, a quote) does not cut a valley in two.
  const smoothed = new Float64Array(n);
  for (let k = 0; k < n; k++) smoothed[k] = (sims[k - 1] ?? sims[k]) * 0.25 + sims[k] * 0.5 + (sims[k + 1] ?? sims[k]) * 0.25;
  const depth = new Float64Array(n);
  for (let k = 0; k < n; k++) depth[k] = measureDepth(smoothed, k);
  return { similarity: sims, smoothed, depth, names: scoreNameContinuity(index) };
}

// Inverse document frequency over the paragraphs of this text: words that appear everywhere
// in it ("model", the company name) link every pair of windows and so mark no boundary.
// A word found in one paragraph only cannot link two windows and gets weight 0.
function weighTerms(lists: TermList[], size: number): Float64Array {
  const df = new Float64Array(size);
  const lastSeen = new Int32Array(size).fill(-1);
  lists.forEach((l, p) => {
    for (const id of l.ids) if (lastSeen[id] !== p) { lastSeen[id] = p; df[id]++; }
  });
  const idf = new Float64Array(size);
  for (let id = 0; id < size; id++) idf[id] = df[id] > 1 ? Math.log(lists.length / df[id]) : 0;
  return idf;
}

// A window's term weights, summed into an array indexed by term id; `touched` remembers which
// entries are set so that clearing and comparing cost only the window's own terms.
export class Window {
  readonly weights: Float64Array;
  readonly touched: Int32Array;
  size = 0;
  constructor(vocabulary: number) {
    this.weights = new Float64Array(vocabulary);
    this.touched = new Int32Array(vocabulary);
  }

  /** Sums paragraphs from `from` in direction `step`, never past paragraph `limit`. */
  fill(lists: TermList[], from: number, step: number, idf: Float64Array, limit: number): void {
    for (let t = 0; t < this.size; t++) this.weights[this.touched[t]] = 0;
    this.size = 0;
    let tokens = 0;
    const inside = (i: number) => i >= 0 && i < lists.length && (step < 0 ? i >= limit : i <= limit);
    for (let i = from, taken = 0; inside(i) && taken < WINDOW_MAX && tokens < WINDOW_TOKENS; i += step, taken++) {
      const { ids, weights } = lists[i];
      for (let k = 0; k < ids.length; k++) {
        const w = idf[ids[k]];
        if (!w) continue;
        if (this.weights[ids[k]] === 0) this.touched[this.size++] = ids[k];
        this.weights[ids[k]] += weights[k] * w;
      }
      tokens += lists[i].tokens;
    }
  }

  cosine(other: Window): number {
    let dot = 0, na = 0, nb = 0;
    for (let t = 0; t < this.size; t++) {
      const id = this.touched[t];
      na += this.weights[id] * this.weights[id];
      dot += this.weights[id] * other.weights[id];
    }
    for (let t = 0; t < other.size; t++) nb += other.weights[other.touched[t]] * other.weights[other.touched[t]];
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  }
}

// Hearst's depth score: climb from the gap to the highest similarity on each side while the
// values keep rising, and add the two rises.
function measureDepth(sims: Float64Array, k: number): number {
  let left = sims[k], right = sims[k];
  for (let i = k - 1; i >= Math.max(0, k - DEPTH_REACH) && sims[i] >= left; i--) left = sims[i];
  for (let i = k + 1; i <= Math.min(sims.length - 1, k + DEPTH_REACH) && sims[i] >= right; i++) right = sims[i];
  return left - sims[k] + (right - sims[k]);
}
