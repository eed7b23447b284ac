// Claims: check-worthy sentences with the reasons that made them one. Each sentence is
// described (facts.ts), weighed by reason rules (rules.ts), scaled by exclusions
// (exclusions.ts) and kept when its confidence reaches options.minClaimConfidence.
import type { Article, Claim, Figure, Table } from "../model";
import type { Sentence, TextDocumentModel } from "../document";
import type { AnalysisOptions } from "../options";
import { assessAgainst } from "./confidence";
import { EXCLUSIONS, type ExclusionRule } from "./exclusions";
import { SentenceDescriber, type SentenceFacts } from "./facts";
import { pickKind } from "./kinds";
import { REASONS } from "./rules";

export interface ClaimInput {
  doc: TextDocumentModel;
  sentences: Sentence[];
  articles: Article[];
  figures: Figure[];
  tables: Table[];
  options: AnalysisOptions;
}

// A sentence without reasons is never a claim; of its exclusions only "boilerplate" and "bio"
// matter (they end or start a bio), and only when they come first, so the check stops there.
// These leading exclusions all drop the sentence (factor 0; a unit test keeps it so), so they
// are tested first for every sentence, and the reasons and the other exclusions only when none applies.
const BIO_END = EXCLUSIONS.findIndex((x) => x.name === "bio") + 1;
const LEADING_EXCLUSIONS = EXCLUSIONS.slice(0, BIO_END);
const OTHER_EXCLUSIONS = EXCLUSIONS.slice(BIO_END);

const AUTHORS_HEADING = /^about the (?:authors?|contributors?|speakers?|guests?)\b/i;

export function detectClaims(input: ClaimInput): Claim[] {
  const threshold = input.options.minClaimConfidence ?? 0.5;
  const claims: Claim[] = [];
  // An author bio runs to the end of its paragraph ("X is a researcher at Y. She works on …").
  let bioLine = -1;
  // An "About the authors" heading opens bios that run to the end of the post: until the
  // article changes or a feed footer ("Read More") closes it.
  let bioArticle: number | null = null;
  const text = input.doc.text;
  const describer = new SentenceDescriber(input.sentences, input.figures, input.tables, input.articles, text);
  for (let facts = describer.next(); facts; facts = describer.next()) {
    if (facts.line === bioLine) continue;
    if (bioArticle !== null && facts.article !== bioArticle) bioArticle = null;
    if (facts.lineStart && opensAuthorsHeading(facts.text)) bioArticle = facts.article;
    const leading = firstApplying(facts, LEADING_EXCLUSIONS);
    if (leading === "boilerplate") bioArticle = null;
    if (bioArticle !== null) continue;
    // A wrapped bio sentence ends on a later line; the bio goes on from there.
    if (leading === "bio") bioLine = facts.endLine;
    if (leading !== null) continue;
    const assessment = assessAgainst(facts, REASONS, OTHER_EXCLUSIONS, threshold);
    if (!assessment) continue;
    const { confidence, reasons } = assessment;
    if (confidence <= 0 || confidence < threshold) continue;
    claims.push({
      text: text.slice(facts.span.start, facts.span.end),
      // The facts object is reused for the next sentence: the claim gets its own span.
      span: { start: facts.span.start, end: facts.span.end },
      range: input.doc.rangeOf(facts.span),
      kind: pickKind(reasons),
      reasons,
      confidence,
      article: facts.article,
    });
  }
  return claims;
}

/** AUTHORS_HEADING matches `text`; it opens with an "a", which most lines do not. */
function opensAuthorsHeading(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 97 || c === 65) && AUTHORS_HEADING.test(text);
}

/** The name of the first rule that applies, or null. */
function firstApplying(facts: SentenceFacts, rules: readonly ExclusionRule[]): string | null {
  for (const rule of rules) if (rule.test(facts)) return rule.name;
  return null;
}

export { assessSentence, type Assessment } from "./confidence";
export { describeSentences, type SentenceFacts } from "./facts";
export { EXCLUSIONS } from "./exclusions";
export { REASONS } from "./rules";
