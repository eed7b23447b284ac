// A readable name for a post that has no title line, made from its own text: the name it
// keeps repeating (a product, project or model: "DeepSpeed Compression", "GODEL"), else its
// first sentence shortened to a few words.
import { hasNameShape, startsWithCapital } from "./nameTokens";

// Only the head of a long post is read: names that matter appear early, and it bounds the time.
const READ_CHARS = 10000;
// A name must recur to be the topic; once is a passing mention.
const MIN_MENTIONS = 3;
const SHORT_WORDS = 8;
// "The first lines" that introduce a post's subject.
const EARLY_PARAGRAPHS = 2;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;
const LEADING_FILLER = new Set(["the", "a", "an", "our", "this", "these", "that", "in", "for", "with", "at", "on", "we", "it", "as", "to", "by", "and", "but", "if", "when", "while", "from", "of", "its", "their", "his", "her", "figure", "table", "i", "i’m", "i'm"]);

/** Capitalised phrases (up to four words) of a text with how often each occurs. */
export function countNames(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const aliases = new Map<string, string>();
  const head = text.slice(0, READ_CHARS);
  let run: string[] = [];
  let lastEnd = -1;
  const flush = () => {
    while (run.length && LEADING_FILLER.has(run[0].toLowerCase())) run.shift();
    // A lone capitalised word at a sentence start is grammar, so single words must look like names.
    if (run.length > 1 || (run.length === 1 && isNameToken(run[0]))) {
      const name = run.slice(0, 4).join(" ");
      counts.set(name, (counts.get(name) ?? 0) + 1);
      const acronym = /^\s*\(([\p{Lu}\p{N}]{2,10})\)/u.exec(head.slice(lastEnd, lastEnd + 16))?.[1];
      if (acronym && run.length > 1 && initialsOf(run).startsWith(acronym[0]) && acronym.length <= run.length + 1) aliases.set(acronym, name);
    }
    run = [];
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(head); m; m = TOKEN.exec(head)) {
    const word = m[0].endsWith("'s") || m[0].endsWith("’s") ? m[0].slice(0, -2) : m[0];
    // A phrase continues only across a single space.
    if (run.length && (m.index !== lastEnd + 1 || head.charCodeAt(lastEnd) !== 32)) flush();
    if (startsWithCapital(word) || isNameToken(word)) run.push(word);
    else flush();
    lastEnd = m.index + m[0].length;
  }
  flush();
  // "Long Name (LN)": mentions of the acronym are mentions of the long name.
  for (const [acronym, name] of aliases) {
    counts.set(name, (counts.get(name) ?? 0) + (counts.get(acronym) ?? 0) - 1);
    counts.delete(acronym);
  }
  return counts;
}

function initialsOf(words: string[]): string {
  return words.map((w) => w[0].toUpperCase()).join("");
}

// Inner capitals or digits with letters (DeepSpeed, GODEL, AI4Science) mark a name wherever it stands.
function isNameToken(w: string): boolean {
  return w.length <= 40 && hasNameShape(w) && !/^\p{N}/u.test(w);
}

/**
 * The title for a post without a title line. `common` holds names that recur across the whole
 * file (the publisher, "AI"), which do not tell one post from another. A recurring name that
 * the first paragraphs introduce wins; else the name the post repeats most.
 */
export function deriveTitle(text: string, common: ReadonlySet<string> = new Set(), names = countNames(text)): string {
  const opening = countNames(text.split("\n", EARLY_PARAGRAPHS).join("\n"));
  let best = "", bestScore = 0;
  for (const [name, n] of names) {
    const early = opening.has(name);
    // A name the opening introduces needs only one more mention to be the subject.
    if (n < (early ? 2 : MIN_MENTIONS) || common.has(name) || name.length > 60) continue;
    // A longer phrase that recurs is more specific than one of its words.
    const score = n * (1 + 0.5 * (name.split(" ").length - 1)) + (early ? 1000 : 0);
    if (score > bestScore) { best = name; bestScore = score; }
  }
  return best || shortenFirstSentence(text);
}

export function shortenFirstSentence(text: string): string {
  const first = /^[^.!?\n]{1,300}[.!?]?/.exec(text.trimStart().slice(0, 400))?.[0] ?? "";
  const words = first.replace(/[.!?]$/, "").split(/\s+/).filter(Boolean);
  if (!words.length) return "(untitled)";
  return words.length > SHORT_WORDS ? words.slice(0, SHORT_WORDS).join(" ").replace(/[,;:]$/, "") + "…" : words.join(" ");
}

/** Names that occur in at least half of the posts of a file (and in more than one). */
export function findCommonNames(namesOfPosts: Map<string, number>[]): Set<string> {
  const seen = new Map<string, number>();
  for (const names of namesOfPosts) for (const name of names.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const common = new Set<string>();
  for (const [name, n] of seen) if (n > 1 && n * 2 >= namesOfPosts.length) common.add(name);
  return common;
}
