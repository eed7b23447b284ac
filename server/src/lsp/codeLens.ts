// A code lens above each article: "9 claims · 4 reviewed · 1 disputed".
import type { CodeLens } from "vscode-languageserver";
import { OPEN_LOCATION } from "./commandNames";
import { placeLabel, type CrossFileLookup } from "./crossFileDiagnostics";
import type { DocumentState } from "./analysisCache";
import { tagOfClaim, type ReviewView } from "./reviewView";

export interface ArticleProgress { claims: number; reviewed: number; disputed: number; needsSource: number }

export function summarizeArticle(state: DocumentState, review: ReviewView, article: number): ArticleProgress {
  const out: ArticleProgress = { claims: 0, reviewed: 0, disputed: 0, needsSource: 0 };
  for (const claim of state.analysis.claims) {
    if (claim.article !== article) continue;
    out.claims++;
    const tag = tagOfClaim(review, claim.span)?.tag;
    if (tag) out.reviewed++;
    if (tag === "disputed") out.disputed++;
    if (tag === "needs-source") out.needsSource++;
  }
  return out;
}

export function formatProgress(p: ArticleProgress): string {
  const parts = [`${p.claims} claim${p.claims === 1 ? "" : "s"}`, `${p.reviewed} reviewed`];
  if (p.disputed) parts.push(`${p.disputed} disputed`);
  if (p.needsSource) parts.push(`${p.needsSource} need a source`);
  return parts.join(" · ");
}

export function buildCodeLenses(uri: string, state: DocumentState, review: ReviewView, crossFile: CrossFileLookup): CodeLens[] {
  return state.analysis.articles.flatMap((article, index) => {
    const line = article.range.start.line;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const lenses: CodeLens[] = [{
      range,
      command: { title: formatProgress(summarizeArticle(state, review, index)), command: "seedReview.nextUnreviewedClaim", arguments: [{ uri, line }] },
    }];
    for (const copy of crossFile.duplicatesOf(index).slice(0, 3)) {
      lenses.push({ range, command: { title: `also in ${placeLabel(crossFile, copy)}`, command: OPEN_LOCATION, arguments: [{ uri: copy.file, line: copy.range.start.line }] } });
    }
    return lenses;
  });
}
