// Claims: check-worthy sentences with the reasons that made them one. Each sentence is
// described (facts.ts), weighed by reason rules (rules.ts), scaled by exclusions
// (exclusions.ts) and kept when its confidence reaches options.minClaimConfidence.
import type { Article, Claim, Figure, Table } from "../model";
import type { Sentence, TextDocumentModel } from "../document";
import type { AnalysisOptions } from "../options";
import { assessSentence } from "./confidence";
import { EXCLUSIONS } from "./exclusions";
import { describeSentences } from "./facts";
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
const UNSUPPORTED_EXCLUSIONS = EXCLUSIONS.slice(0, EXCLUSIONS.findIndex((x) => x.name === "bio") + 1);

const AUTHORS_HEADING = /^about the (?:authors?|contributors?|speakers?|guests?)\b/i;

export function detectClaims(input: ClaimInput): Claim[] {
  const threshold = input.options.minClaimConfidence ?? 0.5;
  const claims: Claim[] = [];
  // An author bio runs to the end of its paragraph ("X is a researcher at Y. She works on …").
  let bioLine = -1;
  // An "About the authors" heading opens bios that run to the end of the post: until the
  // article changes or a feed footer ("Read More") closes it.
  let bioArticle: number | null = null;
  for (const facts of describeSentences(input.sentences, input.figures, input.tables, input.articles)) {
    if (facts.line === bioLine) continue;
    if (bioArticle !== null && facts.article !== bioArticle) bioArticle = null;
    if (facts.lineStart && AUTHORS_HEADING.test(facts.text)) bioArticle = facts.article;
    const { confidence, reasons, exclusions } = assessSentence(facts, REASONS, EXCLUSIONS, UNSUPPORTED_EXCLUSIONS);
    if (exclusions.includes("boilerplate")) bioArticle = null;
    if (bioArticle !== null) continue;
    if (exclusions.includes("bio")) bioLine = facts.line;
    if (confidence <= 0 || confidence < threshold) continue;
    claims.push({
      text: input.doc.text.slice(facts.span.start, facts.span.end),
      span: facts.span,
      range: input.doc.rangeOf(facts.span),
      kind: pickKind(reasons),
      reasons,
      confidence,
      article: facts.article,
    });
  }
  return claims;
}

export { assessSentence, type Assessment } from "./confidence";
export { describeSentences, type SentenceFacts } from "./facts";
export { EXCLUSIONS } from "./exclusions";
export { REASONS } from "./rules";
