// Finds one quantity stated with values that disagree in different articles: figures are keyed
// by (dimension, unit or counted noun, subject) and, per key, every pair from different articles
// whose value intervals do not overlap is a conflict. Precision first: no subject, no key.
import type { Range, Span } from "../model";
import type { CorpusFile } from "./articleSignature";
import { addToCaseProfile, createCaseProfile, isEntityWord, profileKeyOf, watchKey, type CaseProfile } from "./caseProfile";
import { doIntervalsAgree, toValueInterval } from "./figureAgreement";
import { listFigureStatements, type FigureStatement } from "./figureStatement";

/** A key stated this often is a generic name with many quantities ("NVIDIA" + "GPUs"), not one
 * fact; it is skipped, which also bounds the pairwise check per key. */
export const MAX_STATEMENTS_PER_KEY = 24;

export interface FigurePlace {
  file: string;
  /** Index into Analysis.figures of that file. */
  figureIndex: number;
  span: Span;
  range: Range;
  text: string;
  value: number | null;
  /** Indexes into FigureConflict.places of the places whose value disagrees with this one. */
  disagreesWith: number[];
}

export interface FigureConflict {
  subject: string;
  dimension: string;
  unit: string;
  /** Every statement of the quantity, agreeing or not, in input order. */
  places: FigurePlace[];
}

/** The subject of a statement: a table cell's row header, else the nearest run of name words. */
function nameSubject(statement: FigureStatement, profile: CaseProfile): string | null {
  if (statement.rowHeader) return statement.rowHeader.toLowerCase();
  for (const run of statement.nameRuns) {
    const names = run.filter((w) => isEntityWord(profile, w));
    if (names.length > 0) return names.join(" ").toLowerCase();
  }
  return null;
}

/** The conflict key of a statement (dimension, unit, subject), or null when it has no subject. */
export function keyStatement(statement: FigureStatement, profile: CaseProfile): { key: string; subject: string } | null {
  const subject = nameSubject(statement, profile);
  return subject ? { key: `${statement.dimension}\u0000${statement.unit}\u0000${subject}`, subject } : null;
}

interface KeyedStatements { subject: string; dimension: string; unit: string; statements: FigureStatement[] }

function groupByKey(statements: readonly FigureStatement[], profile: CaseProfile): Map<string, KeyedStatements> {
  const byKey = new Map<string, KeyedStatements>();
  for (const st of statements) {
    const keyed = keyStatement(st, profile);
    if (!keyed) continue;
    const entry = byKey.get(keyed.key);
    if (entry) entry.statements.push(st);
    else byKey.set(keyed.key, { subject: keyed.subject, dimension: st.dimension, unit: st.unit, statements: [st] });
  }
  return byKey;
}

/** Two figures of one key in one sentence compare values ("from 64 to 8 GPUs"): drop both. */
function dropComparisons(statements: FigureStatement[]): FigureStatement[] {
  const perSentence = new Map<string, number>();
  const sentenceOf = (s: FigureStatement) => `${s.file}\u0000${s.sentenceStart}`;
  for (const s of statements) perSentence.set(sentenceOf(s), (perSentence.get(sentenceOf(s)) ?? 0) + 1);
  return statements.filter((s) => perSentence.get(sentenceOf(s)) === 1);
}

function isSameArticle(a: FigureStatement, b: FigureStatement): boolean {
  return a.file === b.file && a.articleIndex === b.articleIndex;
}

function findDisagreements(statements: FigureStatement[]): number[][] {
  const intervals = statements.map((s) => toValueInterval(s.figure));
  const out: number[][] = statements.map(() => []);
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const a = intervals[i], b = intervals[j];
      if (!a || !b || isSameArticle(statements[i], statements[j]) || doIntervalsAgree(a, b)) continue;
      out[i].push(j); out[j].push(i);
    }
  }
  return out;
}

/** The statements of one key that take part in its conflict, with who disagrees with whom, or
 * null when no two disagree. `all` is every statement of the key in input order. */
export function findKeyConflict(all: FigureStatement[]): { statements: FigureStatement[]; disagreements: number[][] } | null {
  const statements = dropComparisons(all);
  if (statements.length < 2 || statements.length > MAX_STATEMENTS_PER_KEY) return null;
  const disagreements = findDisagreements(statements);
  return disagreements.every((d) => d.length === 0) ? null : { statements, disagreements };
}

/** The output form of a key's conflict, read from the statements' current positions. */
export function toFigureConflict(
  subject: string, dimension: string, unit: string, found: { statements: FigureStatement[]; disagreements: number[][] },
): FigureConflict {
  return {
    subject, dimension, unit,
    places: found.statements.map((s, i) => ({
      file: s.file, figureIndex: s.figureIndex, span: s.span, range: s.range,
      text: s.figure.text, value: s.figure.value, disagreesWith: found.disagreements[i],
    })),
  };
}

/** From scratch over all files (the incremental FigureConflictIndex must give the same list). */
export function findFigureConflicts(files: readonly CorpusFile[]): FigureConflict[] {
  const all = files.flatMap(({ file, text, analysis }) => listFigureStatements(file, text, analysis.figures, analysis.articles.map((a) => a.span.start)));
  // The profile is only asked about the subject words of these statements: count only those.
  const profile = createCaseProfile();
  for (const st of all) {
    if (st.rowHeader) continue;
    for (const run of st.nameRuns) for (const word of run) { const key = profileKeyOf(word); if (key !== null) watchKey(profile, key); }
  }
  for (const f of files) addToCaseProfile(profile, f.text, true);
  const conflicts: FigureConflict[] = [];
  for (const { subject, dimension, unit, statements } of groupByKey(all, profile).values()) {
    const found = findKeyConflict(statements);
    if (found) conflicts.push(toFigureConflict(subject, dimension, unit, found));
  }
  return conflicts;
}
