// What the claim rules know about one sentence: its text (without a speaker label), where it
// sits on its line, the figures inside it and whether a table holds it. Built in one sweep
// over sentences, figures, tables and articles, all sorted by position (linear time).
import type { Article, Figure, Span, Table } from "../model";
import type { Sentence } from "../document";
import { keepShape } from "../document/keptShapes";
import { findCuesInto, newCueFlags, newCueStarts, type CueFlags, type CueStarts } from "./triggers";

export interface SentenceFacts {
  /** Sentence text after any leading bullet or speaker label; a line break inside it (a
   * wrapped paragraph) reads as spaces of its length, so offsets match the document's. */
  text: string;
  span: Span;
  line: number;
  /** The line the sentence ends on: later than `line` when it goes on across a wrapped line. */
  endLine: number;
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
  /** The sentence belongs to a transcript: an article whose lines open with recurring
   * speaker labels ("HOST: …", "Dana Ortiz: …"), including its intro and its unlabelled turns. */
  spoken: boolean;
  /** The line opens as code or data ({"key": …}, [ …), so every sentence on it is code. */
  codeLine: boolean;
  /** The line opens with a quotation mark: a quoted statement or a prompt, not the author's claim. */
  quoteLine: boolean;
  /** The sentence lies in its article's title (a post's headline is navigation, not its claim). */
  titleLine: boolean;
  /** Cues whose trigger words occur in `text` (triggers.ts): the others cannot match it. */
  cues: CueFlags;
  /** Where in `text` each flagged cue's first trigger starts (triggers.ts). */
  cueStarts: CueStarts;
}

/** Sentences longer than this are data dumps or unsplit text, not statements to review;
 * skipping them also bounds the work per sentence. Real sentences stay well under 1,000. */
export const MAX_SENTENCE = 1500;

// "Mary Gray: Welcome …" / "HOST: …": two to four capitalised words, or one all-caps word
// ("Q:", "A:" in an interview), which diarised transcripts number ("SPEAKER 2:", "Speaker 1:");
// a time code may follow the name ("ALEX [00:03:15]: …").
const SPEAKER_NAME = "(?:[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){1,3}|[A-Z][A-Z0-9]*(?: \\d{1,2})?|(?:Speaker|Participant|Interviewer|Respondent|Guest|Caller|Voice) \\d{1,2})(?: \\[[\\d:.,]{4,12}\\])?";
const SPEAKER_LABEL = new RegExp(`^${SPEAKER_NAME}:\\s+(?=\\S)`);
// A speaker label on a line of its own, the turn's text on the next line.
const SPEAKER_ALONE = new RegExp(`^${SPEAKER_NAME}:$`);
// A time code opening a transcript or subtitle line ("[00:12:04] HOST: …", "00:12:04 The …").
const TIME_CODE = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+(?=\S)/;

// Fallback when no figures were extracted: a number standing alone or with a short unit,
// never one glued to letters ("GPT-3", "A100") which is an identifier.
const BARE_NUMBER = /(?:^|[\s($~≈<>])[$€£]?\d[\d,.]*(?:\s?(?:%|x|×|[KMBTG]B?\b|percent|million|billion|thousand))?(?=[\s,;:.)]|$)/;

/** The sentence holds a quantity: an extracted figure, or a bare number when none were given. */
export function holdsNumber(facts: SentenceFacts): boolean {
  return facts.figures.length > 0 || facts.bareNumber;
}

/** A bare list or footnote marker ("1.", "b)", "•"). */
export const LIST_MARKER = /^(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]$|^[•*·▪‣◦–-]$/;
/** LIST_MARKER matches `text`; markers are at most five characters, so longer text skips the regex. */
export function isListMarker(text: string): boolean {
  return text.length <= 5 && LIST_MARKER.test(text);
}
// Bullets, and the ">" / ">>" that quote a line or mark a new speaker in broadcast captions.
const BULLET = /^(?:[•*·▪‣◦–-]|>{1,2})\s+/;
/** BULLET.exec(text), skipping the regex when the first character is no bullet. */
function execBullet(text: string): RegExpExecArray | null {
  const c = text.charCodeAt(0);
  const bullet = c === 0x2022 || c === 42 || c === 0xb7 || c === 0x25aa || c === 0x2023 || c === 0x25e6 || c === 0x2013 || c === 45 || c === 62;
  return bullet ? BULLET.exec(text) : null;
}
/** The bullet, and on a line's first sentence the time code, opening `text`: its length (0 when none). */
function measureLinePrefix(text: string, lineStart: boolean): number {
  const bullet = execBullet(text);
  let cut = bullet ? bullet[0].length : 0;
  const c = text.charCodeAt(cut);
  if (lineStart && ((c >= 48 && c <= 57) || c === 91 || c === 40)) { // a digit, "[" or "("
    const stamp = TIME_CODE.exec(cut ? text.slice(cut) : text);
    if (stamp) cut += stamp[0].length;
  }
  return cut;
}
/** A speaker label needs a capital first and a colon somewhere: most lines have neither. */
function mayHoldLabel(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90 && text.includes(":");
}
// A line that opens as JSON, a Python/JS literal or a printed object ("{\"Title\": …", "[{", "Documents: [Result<").
const CODE_LINE = /^(?:[{[]\s*["'{[<]|[\w ]{1,20}:\s*\[\w*<)|^.{0,40}["']\w+["']\s*:\s*["'{[\d]/;
/** CODE_LINE matches `text`: every branch opens with a brace or bracket or holds a colon. */
function opensAsCode(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 123 || c === 91 || text.includes(":")) && CODE_LINE.test(text);
}
/** The text opens with a quotation mark (any of "“‘«„). */
function opensWithQuote(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e;
}
/** `text` with each line break, and the quote marks ("> ") opening the line after it, replaced
 * by as many spaces: the rules read a wrapped sentence as one line ("." and "$" do not cross
 * line breaks, words are separated by spaces) at the same offsets. */
function blankLineBreaks(text: string): string {
  return text.replace(WRAP_BREAK, (found) => " ".repeat(found.length));
}
const WRAP_BREAK = /[\r\n]+[ \t]*(?:>[ \t]*)*/g;
// A transcript has at least this many labelled turns, and some speaker talks at least twice:
// one "Note: …" or "API Gateway: …" line in a blog post does not make it a transcript.
const MIN_TURNS = 3;

/** Yields the facts of each sentence, in document order (each a fresh object the caller may keep). */
export function* describeSentences(
  sentences: readonly Sentence[], figures: readonly Figure[],
  tables: readonly Table[], articles: readonly Article[],
  /** The document text the sentence spans point into (their text is its slice there):
   * trigger words are then found in it directly, without scanning each sliced string. */
  docText?: string,
): Generator<SentenceFacts> {
  const describer = new SentenceDescriber(sentences, figures, tables, articles, docText);
  for (let f = describer.next(); f; f = describer.next()) {
    yield { ...f, span: { ...f.span }, figures: [...f.figures], cues: f.cues.slice(), cueStarts: f.cueStarts.slice() };
  }
}

/**
 * Describes sentences one after the other into one reused facts object: detectClaims is done
 * with a sentence's facts before it asks for the next, so no objects are made per sentence.
 * Built in one sweep over sentences, figures, tables and articles, all sorted by position.
 */
export class SentenceDescriber {
  private readonly sorted: readonly Sentence[];
  private readonly figs: readonly Figure[];
  private readonly tabs: readonly Table[];
  private readonly articleOf: number[];
  private readonly titles: readonly (Span | null)[];
  private readonly spoken: Set<number>;
  private readonly figuresUnknown: boolean;
  private readonly facts: SentenceFacts;
  private i = -1;
  private f = 0;
  private t = 0;
  private codeLine = false;
  private quoteLine = false;

  constructor(
    sentences: readonly Sentence[], figures: readonly Figure[], tables: readonly Table[], articles: readonly Article[],
    private readonly docText?: string,
  ) {
    this.figs = sortedByStart(figures, (x) => x.span.start);
    this.tabs = sortedByStart(tables, (x) => x.span.start);
    const arts = articles.map((a, i) => ({ span: a.span, index: i })).sort((a, b) => a.span.start - b.span.start);
    this.figuresUnknown = figures.length === 0;
    this.sorted = sortedByStart(sentences, (x) => x.span.start);
    this.articleOf = locateArticles(this.sorted, arts);
    this.titles = articles.map((a) => a.titleSpan);
    this.spoken = findSpokenArticles(this.sorted, this.articleOf);
    this.facts = {
      text: "", span: { start: 0, end: 0 }, line: 0, endLine: 0, lineStart: false, wholeLine: false, figures: [], optionalFigures: 0,
      bareNumber: false, inTable: false, article: -1, spoken: false, codeLine: false, quoteLine: false, titleLine: false, cues: newCueFlags(),
      cueStarts: newCueStarts(),
    };
  }

  /** The facts of the next sentence (the same object each time, overwritten), or null after the last. */
  next(): SentenceFacts | null {
    const sorted = this.sorted;
    while (++this.i < sorted.length) {
      const i = this.i, s = sorted[i];
      // Neighbours on the same line decide line position; a bare list marker ("1.") does not count.
      const prev = sorted[i - 1], next = sorted[i + 1];
      const lineStart = !prev || prev.endLine !== s.line || isListMarker(prev.text);
      const raw = s.endLine === s.line ? s.text : blankLineBreaks(s.text);
      const prefix = measureLinePrefix(raw, lineStart);
      const unbulleted = prefix ? raw.slice(prefix) : raw;
      // What a line opens with decides for all its sentences.
      if (lineStart) {
        this.codeLine = opensAsCode(unbulleted);
        this.quoteLine = opensWithQuote(unbulleted);
      }
      if (raw.length > MAX_SENTENCE) continue;
      const label = lineStart && mayHoldLabel(unbulleted) ? SPEAKER_LABEL.exec(unbulleted) : null;
      const cut = prefix + (label ? label[0].length : 0);
      const facts = this.facts;
      const text = cut === 0 ? raw : raw.slice(cut);
      facts.text = text;
      facts.span.start = s.span.start + cut;
      facts.span.end = s.span.end;
      facts.line = s.line;
      facts.lineStart = lineStart;
      facts.endLine = s.endLine;
      facts.wholeLine = lineStart && (!next || next.line !== s.endLine);
      this.collectFigures(s.span.start, s.span.end);
      facts.bareNumber = this.figuresUnknown && BARE_NUMBER.test(text);
      facts.inTable = this.holdsInTable(s.span.start);
      facts.article = this.articleOf[i];
      facts.spoken = this.spoken.has(facts.article);
      facts.codeLine = this.codeLine;
      facts.quoteLine = this.quoteLine;
      const title = facts.article >= 0 ? this.titles[facts.article] : null;
      // Overlap, not containment: a title may sit inside its line ('title: "…"' in front matter).
      facts.titleLine = title !== null && title.start < s.span.end && s.span.start < title.end;
      // Starts are read only for flagged cues and written at a cue's first flag: no clearing.
      facts.cues.fill(0);
      if (this.docText === undefined) findCuesInto(facts.cues, facts.cueStarts, text, 0, text.length);
      else findCuesInto(facts.cues, facts.cueStarts, this.docText, facts.span.start, facts.span.end);
      return facts;
    }
    return null;
  }

  /** Fills the figure facts with the figures starting inside [start, end). */
  private collectFigures(start: number, end: number): void {
    const figs = this.figs, facts = this.facts;
    while (this.f < figs.length && figs[this.f].span.start < start) this.f++;
    facts.figures.length = 0;
    facts.optionalFigures = 0;
    for (let k = this.f; k < figs.length && figs[k].span.start < end; k++) {
      if (figs[k].tier === "optional") facts.optionalFigures++; else facts.figures.push(figs[k]);
    }
  }

  /** A table's span holds `start` (tables sorted, sentences visited in order). */
  private holdsInTable(start: number): boolean {
    const tabs = this.tabs;
    while (this.t < tabs.length && tabs[this.t].span.end <= start) this.t++;
    return this.t < tabs.length && tabs[this.t].span.start <= start;
  }
}

// One describer and its facts object outlive each document, so the rules reading them stay
// compiled (document/keptShapes.ts).
keepShape(new SentenceDescriber([], [], [], [], ""));

/** `items` sorted by `startOf` (stable); the list itself when it already is, as listSentences' is. */
function sortedByStart<T>(items: readonly T[], startOf: (item: T) => number): readonly T[] {
  for (let k = 1; k < items.length; k++) {
    if (startOf(items[k - 1]) > startOf(items[k])) return [...items].sort((a, b) => startOf(a) - startOf(b));
  }
  return items;
}

/** The index of the article holding each sentence, or -1 (one sweep, both lists sorted). */
function locateArticles(sorted: readonly Sentence[], arts: readonly { span: Span; index: number }[]): number[] {
  const out: number[] = new Array(sorted.length);
  let a = 0;
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i].span.start;
    while (a < arts.length - 1 && arts[a + 1].span.start <= start) a++;
    out[i] = a < arts.length && arts[a].span.start <= start && start < arts[a].span.end ? arts[a].index : -1;
  }
  return out;
}

/** Articles (-1 for text outside any) that read as transcripts: enough speaker-labelled
 * lines, one speaker at least twice. Counting first lets a transcript's intro count too. */
function findSpokenArticles(sorted: readonly Sentence[], articleOf: readonly number[]): Set<number> {
  // Turns per (article, speaker) under one flat key: no Map is built inside the loop (a
  // constructor the optimised code has not seen yet deoptimised it on every edit's slice).
  const turnsOf = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i], prev = sorted[i - 1];
    if (prev && prev.endLine === s.line) continue;
    const raw = s.text.length > MAX_SENTENCE ? s.text.slice(0, 200) : s.text;
    const prefix = measureLinePrefix(raw, true);
    const unbulleted = prefix ? raw.slice(prefix) : raw;
    const label = (mayHoldLabel(unbulleted) ? SPEAKER_LABEL.exec(unbulleted) : null) ??
      (mayHoldLabel(raw) && raw.endsWith(":") ? SPEAKER_ALONE.exec(raw) : null);
    if (!label) continue;
    // The name without the colon or a time code after it ("ALEX [00:03:15]:" is ALEX).
    const name = label[0].replace(/(?: \[[^\]]*\])?:\s*$/, "").trim().toUpperCase();
    const key = `${articleOf[i]}\n${name}`;
    turnsOf.set(key, (turnsOf.get(key) ?? 0) + 1);
  }
  const turns = new Map<number, number>(), most = new Map<number, number>();
  for (const [key, n] of turnsOf) {
    const article = Number(key.slice(0, key.indexOf("\n")));
    turns.set(article, (turns.get(article) ?? 0) + n);
    most.set(article, Math.max(most.get(article) ?? 0, n));
  }
  const spoken = new Set<number>();
  for (const [article, n] of turns) if (n >= MIN_TURNS && (most.get(article) ?? 0) >= 2) spoken.add(article);
  return spoken;
}
