// What the claim rules know about one sentence: its text (without a speaker label), where it
// sits on its line, the figures inside it and whether a table holds it. Built in one sweep
// over sentences, figures, tables and articles, all sorted by position (linear time).
import type { Article, Figure, Span, Table } from "../model";
import type { Sentence } from "../document";

export interface SentenceFacts {
  /** Sentence text after any leading bullet or speaker label. */
  text: string;
  span: Span;
  line: number;
  /** The sentence starts its line (captions, headings and code are judged on line starts). */
  lineStart: boolean;
  /** The sentence is its whole line. */
  wholeLine: boolean;
  /** Required-tier figures inside the sentence. */
  figures: Figure[];
  /** Optional-tier figures (dates, spelled-out numbers) inside the sentence. */
  optionalFigures: number;
  /** No figure list was given at all and the sentence holds a bare number (fallback evidence). */
  bareNumber: boolean;
  inTable: boolean;
  article: number;
}

/** Sentences longer than this are data dumps or unsplit text, not statements to review;
 * skipping them also bounds the work per sentence. Real sentences stay well under 1,000. */
export const MAX_SENTENCE = 1500;

// "Mary Gray: Welcome …" / "HOST: …": two to four capitalised words, or one all-caps word.
const SPEAKER_LABEL = /^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}|[A-Z][A-Z0-9]+):\s+(?=\S)/;

// Fallback when no figures were extracted: a number standing alone or with a short unit,
// never one glued to letters ("GPT-3", "A100") which is an identifier.
const BARE_NUMBER = /(?:^|[\s($~≈<>])[$€£]?\d[\d,.]*(?:\s?(?:%|x|×|[KMBTG]B?\b|percent|million|billion|thousand))?(?=[\s,;:.)]|$)/;

/** The sentence holds a quantity: an extracted figure, or a bare number when none were given. */
export function holdsNumber(facts: SentenceFacts): boolean {
  return facts.figures.length > 0 || facts.bareNumber;
}

/** A bare list or footnote marker ("1.", "b)", "•"). */
export const LIST_MARKER = /^(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]$|^[•*·▪‣◦–-]$/;
const BULLET = /^[•*·▪‣◦–-]\s+/;

/** Yields the facts of each sentence, in document order. */
export function* describeSentences(
  sentences: readonly Sentence[], figures: readonly Figure[],
  tables: readonly Table[], articles: readonly Article[],
): Generator<SentenceFacts> {
  const figs = [...figures].sort((a, b) => a.span.start - b.span.start);
  const tabs = [...tables].sort((a, b) => a.span.start - b.span.start);
  const arts = articles.map((a, i) => ({ span: a.span, index: i })).sort((a, b) => a.span.start - b.span.start);
  const figuresUnknown = figures.length === 0;
  const sorted = [...sentences].sort((x, y) => x.span.start - y.span.start);
  let f = 0, t = 0, a = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    while (f < figs.length && figs[f].span.start < s.span.start) f++;
    const inside: Figure[] = [];
    let optional = 0;
    for (let k = f; k < figs.length && figs[k].span.start < s.span.end; k++) {
      if (figs[k].tier === "optional") optional++; else inside.push(figs[k]);
    }
    while (t < tabs.length && tabs[t].span.end <= s.span.start) t++;
    const inTable = t < tabs.length && tabs[t].span.start <= s.span.start;
    while (a < arts.length - 1 && arts[a + 1].span.start <= s.span.start) a++;
    const article = a < arts.length && arts[a].span.start <= s.span.start && s.span.start < arts[a].span.end ? arts[a].index : -1;
    // Neighbours on the same line decide line position; a bare list marker ("1.") does not count.
    const prev = sorted[i - 1], next = sorted[i + 1];
    const lineStart = !prev || prev.line !== s.line || LIST_MARKER.test(prev.text);
    const wholeLine = lineStart && (!next || next.line !== s.line);
    if (s.text.length > MAX_SENTENCE) continue;
    const raw = s.text;
    const bullet = BULLET.exec(raw);
    const unbulleted = bullet ? raw.slice(bullet[0].length) : raw;
    const label = lineStart ? SPEAKER_LABEL.exec(unbulleted) : null;
    const cut = (bullet ? bullet[0].length : 0) + (label ? label[0].length : 0);
    yield {
      text: raw.slice(cut),
      span: { start: s.span.start + cut, end: s.span.end },
      line: s.line,
      lineStart,
      wholeLine,
      figures: inside,
      optionalFigures: optional,
      bareNumber: figuresUnknown && BARE_NUMBER.test(raw.slice(cut)),
      inTable,
      article,
    };
  }
}
