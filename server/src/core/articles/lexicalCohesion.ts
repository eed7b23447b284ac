// Lexical cohesion between neighbouring windows of paragraphs (TextTiling, Hearst 1997): where
// the vocabulary of the paragraphs before a gap and after it stops overlapping, the topic has
// changed. Each gap gets a similarity and a depth (how far it sits below the peaks around it).
import { STOP_WORDS } from "./stopWords";

export interface GapScore {
  /** Index of the first paragraph after the gap. */
  at: number;
  similarity: number;
  /** Similarity averaged with its neighbours (Hearst's smoothing). */
  smoothed: number;
  /** Depth of the smoothed curve at this gap. */
  depth: number;
}

// Window: paragraphs are added on each side until they hold WINDOW_TOKENS content words
// (Hearst's blocks are ~120 tokens with stop words; ours exclude them, so this is a long
// paragraph or a few short ones) but never more than WINDOW_MAX paragraphs, so a run of
// headings or table cells does not let a window reach across a whole post. Smaller windows
// see the change sharper but are noisier; on sample posts of 14–66 paragraphs, 60–150 tokens
// and 4–5 paragraphs all place the same boundaries.
const WINDOW_TOKENS = 100;
const WINDOW_MAX = 5;
// Depth climbs at most DEPTH_REACH gaps to each side: keeps the score linear and local.
const DEPTH_REACH = 12;
// Names (DeepSpeed, GODEL, AI4Science, a capitalised word inside a sentence) carry the topic
// of a post far more than common nouns, so they weigh more.
const NAME_WEIGHT = 2;

type TermVector = Map<string, number>;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Content words of a paragraph with their weights (stop words dropped, plurals folded). */
export function countTerms(text: string): { terms: TermVector; tokens: number } {
  const terms: TermVector = new Map();
  let tokens = 0;
  for (const m of text.matchAll(WORD)) {
    if (m[0].length > 40) continue;
    const raw = m[0].replace(/['’]s$/, "").replace(/[-'’]+$/, "");
    // A capital after a sentence end is grammar, not a name.
    const before = text.slice(Math.max(0, m.index - 3), m.index).trimEnd();
    const sentenceStart = before === "" || /[.!?:"“‘(]$/.test(before);
    const isName = /\p{Lu}.*\p{Lu}|\p{L}\p{N}|\p{N}\p{L}/u.test(raw) || (/^\p{Lu}/u.test(raw) && !sentenceStart);
    const word = foldPlural(raw.toLowerCase());
    if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    tokens++;
    terms.set(word, (terms.get(word) ?? 0) + (isName ? NAME_WEIGHT : 1));
  }
  return { terms, tokens };
}

function foldPlural(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Similarity and depth at every gap between consecutive paragraphs. Linear in the text. */
export function scoreCohesionGaps(paragraphs: string[]): GapScore[] {
  const counted = paragraphs.map(countTerms);
  const idf = weighTerms(counted.map((c) => c.terms), paragraphs.length);
  const sims: number[] = [];
  for (let gap = 1; gap < paragraphs.length; gap++) {
    const left = sumWindow(counted, gap - 1, -1, idf);
    const right = sumWindow(counted, gap, 1, idf);
    sims.push(cosine(left, right));
  }
  // Hearst smooths the similarity curve before measuring depth, so one odd paragraph (a
  // caption, a quote) does not cut a valley in two.
  const smooth = sims.map((s, k) => (sims[k - 1] ?? s) * 0.25 + s * 0.5 + (sims[k + 1] ?? s) * 0.25);
  return sims.map((s, k) => ({ at: k + 1, similarity: s, smoothed: smooth[k], depth: measureDepth(smooth, k) }));
}

// Inverse document frequency over the paragraphs of this text: words that appear everywhere
// in it ("model", the company name) link every pair of windows and so mark no boundary.
function weighTerms(vectors: TermVector[], n: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const v of vectors) for (const t of v.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, d] of df) if (d > 1) idf.set(t, Math.log(n / d));
  return idf;
}

function sumWindow(counted: { terms: TermVector; tokens: number }[], from: number, step: number, idf: Map<string, number>): TermVector {
  const sum: TermVector = new Map();
  let tokens = 0;
  for (let i = from, taken = 0; i >= 0 && i < counted.length && taken < WINDOW_MAX && tokens < WINDOW_TOKENS; i += step, taken++) {
    for (const [t, c] of counted[i].terms) {
      const w = idf.get(t);
      if (w) sum.set(t, (sum.get(t) ?? 0) + c * w);
    }
    tokens += counted[i].tokens;
  }
  return sum;
}

function cosine(a: TermVector, b: TermVector): number {
  let dot = 0, na = 0, nb = 0;
  for (const [t, x] of a) { na += x * x; const y = b.get(t); if (y) dot += x * y; }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

// Hearst's depth score: climb from the gap to the highest similarity on each side while the
// values keep rising, and add the two rises.
function measureDepth(sims: number[], k: number): number {
  let left = sims[k], right = sims[k];
  for (let i = k - 1; i >= Math.max(0, k - DEPTH_REACH) && sims[i] >= left; i--) left = sims[i];
  for (let i = k + 1; i <= Math.min(sims.length - 1, k + DEPTH_REACH) && sims[i] >= right; i++) right = sims[i];
  return left - sims[k] + (right - sims[k]);
}
