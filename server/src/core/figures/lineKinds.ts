// How a line reads: source code (its digits are not figures) or a row of numbers from a
// table flattened to single spaces (its bare numbers are data even after a name).

import { isWhitespaceCode } from "../document/whitespace";

// Keyword openings and shapes that prose lines do not have. Case-sensitive on purpose:
// code keywords are lower-case, while prose sentences start with a capital.
const CODE_LINE = [
  /^\s*(?:import\s+[\w.{*]|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+[(:]|return\b|#include\b|using\s+[\w.]+;|package\s+[\w.]+;?$)/,
  /^\s*(?:var|let|const|function|public|private|protected|static)\s+[\w$]+\s*[=(:<]/,
  /^\s*(?:for|while|if|elif|with)\b[^.!?]*:\s*(?:#.*)?$/,
  /^\s*(?:else\s*:|try\s*:|except\b[^.]*:|finally\s*:)\s*$/,
  /^\s*(?:\$|>>>|>|#)\s*(?:pip|npm|git|python3?|cd|ls|docker|conda|curl|wget|make|yarn|npx|node)\s/,
  /^\s*[\w.]+\([^()]*\)\s*(?:#.*)?$/, // bare calls "optimizer.step()"
  /^\s*[)\]}]+[,;]?\s*$/,
];
// Shapes that need one of the code symbols below, tried only on lines that have one.
const SYMBOL_CODE_LINE = [
  /^\s*[\w.[\]]+(?:\s*,\s*[\w.[\]]+)*\s*[+\-*/]?=\s*[\w.]+[([]/, // x = f(…), a, b = g[…]
  /^\s*\w+=[\w"'[\-.]+,?\s*$/, // keyword argument lines "noise_multiplier=1.1,"
  /[;{}]\s*$/, // statement ends
];
/** The symbols counted by hasCodeSymbolDensity; most prose lines have none (one fast scan). */
const CODE_SYMBOL = /[{}<>_=;]/;

/** `symbols`: whether the line has a CODE_SYMBOL character, when the caller already knows. */
export function isCodeLine(line: string, symbols = CODE_SYMBOL.test(line)): boolean {
  if (symbols && hasCodeSymbolDensity(line)) return true;
  if (line.length > 400) return false; // code lines are short; long lines are prose paragraphs
  for (const re of CODE_LINE) if (re.test(line)) return !looksLikeProseSentence(line);
  if (symbols) for (const re of SYMBOL_CODE_LINE) if (re.test(line)) return !looksLikeProseSentence(line);
  return false;
}

/** Longest "_{…}" group skipped, so the scan stays linear. */
const MAX_TEX_GROUP = 30;

/**
 * Printed data structures ("{'Title': …, index: 4, relevance_score: 0.0068>"): prose seldom
 * uses braces, angle brackets, underscores or "=", so 8+ of them at 2% of the line mark code.
 */
function hasCodeSymbolDensity(line: string): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // TeX sub- and superscripts left in scraped captions ("t_{rel}", "^{circ}") are math, not code.
    if ((c === 95 || c === 94) && line[i + 1] === "{") {
      const inner = line.slice(i + 2, i + 2 + MAX_TEX_GROUP).search(/[{}]/);
      if (inner >= 0 && line[i + 2 + inner] === "}") { i += 2 + inner; continue; }
    }
    // { } < > _ = ;
    if (c === 123 || c === 125 || c === 60 || c === 62 || c === 95 || c === 61 || c === 59) n++;
  }
  return n >= 8 && n / line.length >= 0.02;
}

/** A sentence ending in ";" or ":" still reads as prose when it has several plain words. */
function looksLikeProseSentence(line: string): boolean {
  const plain = line.match(/(?:^|\s)[a-z]{2,}(?=[\s,.;:]|$)/g);
  return (plain?.length ?? 0) >= 6 && !/[_=(){}]/.test(line.replace(/\([^()]*\)/g, ""));
}

/**
 * A cheap bound before the token test below: numeric tokens are among the tokens holding a
 * digit, so fewer than two of those, or under 30% of the tokens, rule the row out. Tokens are
 * split on \s exactly as below.
 */
function mayHaveNumericShare(line: string): boolean {
  let tokens = 0;
  let digitTokens = 0;
  let inToken = false;
  let tokenDigit = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = isWhitespaceCode(c);
    if (space) {
      if (inToken) { tokens++; if (tokenDigit) digitTokens++; inToken = false; }
    } else {
      if (!inToken) { inToken = true; tokenDigit = false; }
      if (c >= 48 && c <= 57) tokenDigit = true;
    }
  }
  if (inToken) { tokens++; if (tokenDigit) digitTokens++; }
  return digitTokens >= 2 && digitTokens / tokens >= 0.3;
}

const SENTENCE_WORDS = new Set(["the", "of", "and", "in", "on", "we", "to", "a", "an", "is", "was", "were", "are", "with", "for", "by", "at", "from", "that", "this", "it", "our", "has", "had", "have", "i", "you", "they"]);

/** A numeric word, anchored at a word's start; (?!\S) stands for the word's end, since no
 * character of the pattern is a space: the same test as ^…$ on the word itself, no slice. */
const NUMERIC_WORD = /[(~≈<>$€£+\-−]*\d[\d.,]*(?:[%x×)]|[KMBkGT]B?|ms|s)?(?!\S)/y;
/** The longest SENTENCE_WORDS entry plus one trailing punctuation mark: longer words are
 * never one (lower-casing never shortens a word), so they are not sliced. */
const LONGEST_FUNCTION_WORD = 5;

/**
 * A row of a table written with single spaces ("GC DP-SGD 62.5 0.47 63.13 50 125"): at least
 * three numeric words making up at least 30% of the words, and no sentence punctuation.
 * The thresholds separate such rows from prose that lists a few numbers in a sentence.
 */
export function isDataRow(line: string): boolean {
  // No hasDigit test first: mayHaveNumericShare needs two words with a digit anyway.
  if (line.length > 300 || !mayHaveNumericShare(line)) return false;
  // Words are the \s-separated runs of the line, read in place ("line.trim().split(/\s+/)").
  let words = 0;
  let numeric = 0;
  let functionWords = 0;
  const n = line.length;
  for (let i = 0; i < n; ) {
    if (isSpaceAt(line, i)) { i++; continue; }
    let e = i + 1;
    while (e < n && !isSpaceAt(line, e)) e++;
    words++;
    NUMERIC_WORD.lastIndex = i;
    if (NUMERIC_WORD.test(line)) numeric++;
    if (e - i <= LONGEST_FUNCTION_WORD && SENTENCE_WORDS.has(line.slice(i, e).toLowerCase().replace(/[,.;:]$/, ""))) functionWords++;
    i = e;
  }
  if (numeric < 2 || numeric / words < 0.3) return false;
  // Two or more function words make it a sentence ("In 2019 we met on March 3, 2020").
  if (functionWords >= 2) return false;
  if (numeric < 3 && (words > 6 || /[.!?]["”’)]?\s*$/u.test(line))) return false; // a short sentence
  // A lower-case word closed by sentence punctuation ends a sentence, never a row of numbers
  // ("Player 2 scored 4 goals in 90 minutes.").
  if (/\p{Ll}{2}[.!?]["”’)]?\s*$/u.test(line)) return false;
  return !/[.!?]\s+\p{Lu}/u.test(line);
}

/** \s at i, by code unit (no one-character string per non-ASCII character). */
function isSpaceAt(line: string, i: number): boolean {
  return isWhitespaceCode(line.charCodeAt(i));
}
