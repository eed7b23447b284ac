// fast-check generators of analysis input: hostile text (any UTF-16 code unit, lone surrogates,
// NUL, mixed line breaks, long lines) and corpus-like text that reaches the deep code paths.
// Every word list below is invented; nothing is copied from the sample corpus.
import fc from "fast-check";

const BREAKS = ["\n", "\r\n", "\r"];

/** Any UTF-16 code unit, so lone high and low surrogates appear as often as other characters. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** A well-formed astral character (emoji, math letters, CJK extension). */
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const lineBreak = fc.constantFrom(...BREAKS);
const digits = fc.stringMatching(/^[0-9]{1,6}([.,][0-9]{1,3})?$/);
const punctuation = fc.constantFrom(".", ",", ":", "|", "-", "—", "$", "%", "±", "~", "≈", "<", ">", "(", ")", "\"", "“", "”", "’", "\t", " ", "  ", "\u00a0", "\u0000", "\ufeff", "\u200b");

/** Arbitrary text: random code units, astral characters, NUL, digits and punctuation, with any mix of line breaks. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    { weight: 1, arbitrary: astral },
    { weight: 3, arbitrary: lineBreak },
    { weight: 2, arbitrary: digits },
    { weight: 3, arbitrary: punctuation },
    { weight: 2, arbitrary: fc.constantFrom("the", "GPU", "percent", "million", "up to", "more than", "Read More", "x", "GB") },
  ), { maxLength: 120 })
  .map((parts) => parts.join(""));

const NOUNS = ["harbour", "buoy", "sensor", "model", "kiln", "glacier", "turbine", "dataset", "orchard", "network", "compiler", "battery"];
const VERBS = ["reduces", "improves", "measures", "outperforms", "doubles", "reaches", "supports", "tracks"];
const NAMES = ["Ada Marsh", "Tomas Reyes", "Ines Kovac", "Priya Nandi", "Olu Bakare"];
const SITES = ["Example Lab Blog", "Northwind Notes", "The Field Journal"];
const UNITS = ["%", " percent", " GB", " MB/s", " Gbit/s", " ms", " s", " GPUs", " parameters", " cores", " kWh", " °C", "x", " μeV", ""];
const MAGNITUDES = ["", " million", " billion", "K", "B", " thousand"];
const QUALIFIERS = ["", "up to ", "more than ", "about ", "at least ", "nearly ", "under ", "~", "over "];

const word = fc.constantFrom(...NOUNS, ...VERBS, "the", "a", "of", "with", "and", "faster", "largest", "first", "new");
const number = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }))
  .map(([n, frac]) => (frac === undefined ? `${n}` : `${n}.${frac}`));
/** A numeric figure the way posts write it: qualifier, money sign, number, magnitude, unit, ranges and ±. */
const figure = fc.oneof(
  fc.tuple(fc.constantFrom(...QUALIFIERS), fc.boolean(), number, fc.constantFrom(...MAGNITUDES), fc.constantFrom(...UNITS))
    .map(([q, money, n, mag, unit]) => `${q}${money ? "$" : ""}${n}${mag}${money ? "" : unit}`),
  fc.tuple(number, number, fc.constantFrom(...UNITS)).map(([a, b, u]) => `${a}–${b}${u}`),
  fc.tuple(number, number).map(([a, b]) => `${a} ± ${b}`),
  fc.constantFrom("GPT-3", "A100", "Figure 2", "Table 1", "TOP500", "NC6v2", "(1)", "[12]", "2021", "March 31, 2022", "three months"),
);
const sentence = fc.tuple(fc.array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 2, arbitrary: figure }), { minLength: 2, maxLength: 14 }), fc.constantFrom(".", ".", "?", "!", "", "…"))
  .map(([words, end]) => {
    const s = words.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + end;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(" "));
const title = fc.array(fc.constantFrom(...NOUNS, "learns", "to", "forecast", "fog", "New", "How", "Why"), { minLength: 2, maxLength: 8 })
  .map((w) => w.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join(" "));

const pipeTable = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(fc.oneof(word, number, figure), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }))
  .map(([cols, rows]) => {
    const header = `| ${Array.from({ length: cols }, (_, i) => `Col ${i}`).join(" | ")} |`;
    const rule = `|${"---|".repeat(cols)}`;
    return [header, rule, ...rows.map((r) => `| ${r.join(" | ")} |`)];
  });
const alignedTable = fc.array(fc.array(fc.oneof(word, number), { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 5 })
  .map((rows) => rows.map((r) => r.map((c) => c.padEnd(12)).join("").trimEnd()));

/** One block of lines in a corpus-like file. */
const block: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((p) => [p]) },
  { weight: 2, arbitrary: title.map((t) => [t]) },
  { weight: 1, arbitrary: fc.tuple(title, fc.constantFrom(...SITES)).map(([t, s]) => [`The post ${t} appeared first on ${s}.`, "", "Read More"]) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...NAMES), paragraph).map(([n, p]) => [`${n}: ${p}`]) },
  { weight: 1, arbitrary: pipeTable },
  { weight: 1, arbitrary: alignedTable },
  { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ps.map((p, i) => `  ${i + 1}. ${p}`)) },
  { weight: 1, arbitrary: fc.constantFrom<string[]>(["Transcript"], ["[MUSIC PLAYS]"], ["Learn more:"], ["iTunes | Email | Android | RSS feed"], ["Episode 12 | May 3, 2021"], ["# Results"], ["Photo of a kiln at dusk"]) },
);

/** Corpus-like text: articles of titled posts, feed-export closers, transcripts and tables, with a chosen or mixed line-break style. */
export const corpusLikeText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.array(block, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), fc.constantFrom("\n", "\r\n", "\r", "mixed"), fc.array(fc.constantFrom(...BREAKS), { minLength: 1, maxLength: 8 }))
  .map(([articles, style, mix]) => {
    const lines = articles.flatMap((blocks) => blocks.flatMap((b) => [...b, ""]));
    if (style !== "mixed") return lines.join(style);
    return lines.map((l, i) => l + mix[i % mix.length]).join("");
  });

/** Corpus-like text with hostile fragments spliced in at random places, so odd characters meet deep paths. */
export const corruptedCorpusText: fc.Arbitrary<string> = fc
  .tuple(corpusLikeText, fc.array(fc.tuple(fc.nat(), hostileText), { maxLength: 6 }))
  .map(([text, inserts]) => inserts.reduce((t, [at, piece]) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + piece + t.slice(i);
  }, text));

/** Every kind of input, weighted towards corpus-like text. */
export const anyAnalysisInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 3, arbitrary: hostileText },
  { weight: 4, arbitrary: corpusLikeText },
  { weight: 3, arbitrary: corruptedCorpusText },
);

/** Deterministic single-line text of about `bytes` UTF-16 units: prose with figures, an astral character and a lone surrogate. */
export function buildLongLine(bytes: number): string {
  const unit = "The buoy network cuts false alarms by up to 38% and reports every 15 s over 400 Gbit/s; 🌊 costs $3 million \ud800 in 2021. ";
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}
