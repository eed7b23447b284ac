// The noun a number counts: "285,000 CPU cores", "19 zero-shot evaluation tasks", and the
// measure a number is given for: "batch size of 1024".

// Words that end a noun phrase: articles, prepositions, conjunctions, auxiliaries, pronouns.
const STOP_WORDS = new Set([
  "of", "and", "or", "with", "in", "on", "at", "to", "for", "from", "by", "the", "a", "an", "that", "which",
  "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its",
  "this", "these", "those", "than", "as", "per", "into", "over", "under", "while", "when", "where", "but", "so",
  "not", "no", "can", "will", "would", "could", "should", "may", "might", "must", "do", "does", "did", "also",
  "only", "each", "every", "all", "more", "less", "most", "least", "then", "there", "their", "our", "we", "they",
  "you", "he", "she", "i", "if", "via", "across", "after", "before", "between", "during", "without", "within",
  "about", "up", "down", "out", "off", "such", "like", "including", "compared", "versus", "vs", "respectively",
  "ago", "later", "earlier", "old", "long", "high", "wide", "deep", "tall", "away", "faster", "slower",
  "larger", "smaller", "higher", "lower", "better", "worse", "fewer", "greater", "bigger", "cheaper", "whereas",
  // Verbs ending in "s" that are seldom counted nouns ("1.5e-3 remains", "20 ms seems fine").
  "remains", "seems", "appears", "becomes", "contains", "requires", "includes", "provides", "allows", "enables",
  "suggests", "indicates", "means", "gets", "goes", "comes", "stays", "exists", "happens", "occurs", "depends",
  "consists", "represents", "reaches", "achieves", "outperforms", "performs", "produces", "yields", "makes",
  "takes", "gives", "needs", "lets", "helps", "keeps", "says", "thinks", "feels", "knows", "wants", "looks",
]);

// Plurals that do not end in "s", and singular nouns commonly counted ("one GPU", "1 layer").
const IRREGULAR_PLURALS = new Set(["people", "children", "men", "women", "data", "staff", "personnel", "feet", "teeth", "mice", "criteria", "phenomena", "media", "cattle", "fish", "sheep"]);

// Singular nouns counted in tech prose, often as a modifier ("a 6.7-billion parameter model").
const SINGULAR_COUNT_NOUNS = new Set(["parameter", "token", "layer", "node", "core", "user", "word", "image", "step", "epoch", "sample", "person", "device", "server", "machine", "qubit", "pixel", "frame", "query", "request", "page", "line", "bit", "byte",
  // Mixing ratios give the lone "1 part" next to "2 parts" ("2 parts resin with 1 part hardener").
  "part"]);

const WORD = /[ \u00a0]([\p{L}][\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*)/uy;
/** At most this many words make a counted noun ("MoCap clip snippets", "NVIDIA A100 GPUs"). */
const MAX_WORDS = 4;

export interface NounMatch { noun: string; end: number }

export function readCountedNoun(line: string, at: number): NounMatch | null {
  const c = line.charCodeAt(at);
  if (c !== 32 && c !== 0xa0) return null; // WORD needs a space first
  const words: { text: string; end: number }[] = [];
  let pos = at;
  while (words.length < MAX_WORDS) {
    WORD.lastIndex = pos;
    const m = WORD.exec(line);
    if (!m || STOP_WORDS.has(m[1].toLowerCase())) break;
    words.push({ text: m[1], end: pos + m[0].length });
    pos += m[0].length;
  }
  for (let i = words.length - 1; i >= 0; i--) {
    if (isPluralNoun(words[i].text) && !isVerbBeforeObject(line, words[i].end)) return nounOf(line, at, words[i].end);
  }
  if (words.length && SINGULAR_COUNT_NOUNS.has(words[0].text.toLowerCase())) return nounOf(line, at, words[0].end);
  // No plural: a lone acronym or capitalised name still names what is counted ("96 A100", "1 GPU").
  if (words.length && /^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(words[0].text)) {
    let last = 0;
    while (last + 1 < words.length && /^\p{Lu}[\p{Lu}\p{N}-]*$/u.test(words[last + 1].text)) last++;
    return nounOf(line, at, words[last].end);
  }
  return null;
}

// A word ending in "s" followed by a number or a determiner is a verb taking an object
// ("the 4-core board draws 35 W", "each node runs the job"): a plural noun seldom is.
// "a"/"an" are left out: "3 meetings a week" is a rate.
const OBJECT_AFTER = /^[ \u00a0](?:[$€£~≈]?\d|(?:the|its|their|our|his|her|about|around|up|over|nearly|roughly)[ \u00a0])/iu;

function isVerbBeforeObject(line: string, end: number): boolean {
  return OBJECT_AFTER.test(line.slice(end, end + 10));
}

function nounOf(line: string, at: number, end: number): NounMatch {
  return { noun: line.slice(at, end).trim(), end };
}

export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (/^\p{Lu}{2,}s$/u.test(word)) return true; // GPUs, CPUs
  return w.length >= 3 && /\p{Ll}s$/u.test(w) && !/(?:ss|us|is|ous)$/u.test(w) && !STOP_WORDS.has(w);
}

/** LINK_BEFORE needs spaces right before `at`, after "f" (of), "s" (is, was), "o" (to), "=" or ":". */
function endsWithLink(line: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (line[i] === " " || line[i] === "\u00a0")) i--;
  return i < at - 1 && i >= 0 && "fso=:".includes(line[i]);
}

// Measures named before the number: "batch size of 1024", "sequence length of roughly 2,048".
// Scores given the same way ("an F1 of 0.87", "a BLEU score of 41.0", "a pH of 7.4") name a
// result rather than a count, so their dimension is "other".
const MEASURE_BEFORE = /\b(batch size|sequence length|context length|context window|vocabulary size|hidden size|hidden dimension|embedding size|learning rate|beam size|window size|block size|sample size|population|budget|width|depth|(?:F1|BLEU|ROUGE(?:-\w{1,4})?|chrF|EM|AUC|Elo|top-[15] accuracy|accuracy|perplexity|pH)(?: score| rating)?)(?:s)?[ \u00a0]+(?:of|=|:|is|was|to)[ \u00a0]+$/iu;
const SCORE_MEASURE = /^(?:F1|BLEU|ROUGE|chrF|EM|AUC|Elo|top|accuracy|perplexity|pH)/iu;

const LINK_BEFORE = /(?:of|=|:|is|was|to)[ \u00a0]+$/;

export function readMeasureBefore(line: string, at: number): { noun: string; start: number; isScore: boolean } | null {
  if (!endsWithLink(line, at)) return null;
  if (!LINK_BEFORE.test(line.slice(Math.max(0, at - 5), at))) return null; // cheap gate before the long pattern
  const from = Math.max(0, at - 40);
  const m = MEASURE_BEFORE.exec(line.slice(from, at));
  if (!m) return null;
  const isScore = SCORE_MEASURE.test(m[1]);
  // "Accuracy was 0.91" is a plain sentence about a bare number; only "of", "=", ":" bind a score.
  if (isScore && !/(?:of|=|:)[ \u00a0]+$/.test(m[0])) return null;
  // A score keeps its spelling ("F1", "BLEU score"); other measures are lower-cased as before.
  return { noun: isScore ? m[1] : m[1].toLowerCase(), start: from + m.index, isScore };
}
