// A code lens above each article: "9 claims · 4 reviewed · 1 disputed".
import type { CodeLens } from "vscode-languageserver";
import { OPEN_LOCATION } from "./commandNames";
import { placeLabel, type CrossFileLookup } from "./crossFileDiagnostics";
import type { DocumentState } from "./analysisCache";
import { tagOfClaim, type ReviewView } from "./reviewView";

export interface ArticleProgress { claims: number; reviewed: number; disputed: number; needsSource: number }

/** Progress of every article, in one pass over the claims. */
export function summarizeArticles(state: DocumentState, review: ReviewView): ArticleProgress[] {
  const out = state.analysis.articles.map((): ArticleProgress => ({ claims: 0, reviewed: 0, disputed: 0, needsSource: 0 }));
  for (const claim of state.analysis.claims) {
    const p = out[claim.article];
    if (!p) continue;
    p.claims++;
    const tag = tagOfClaim(review, claim.span)?.tag;
    if (tag) p.reviewed++;
    if (tag === "disputed") p.disputed++;
    if (tag === "needs-source") p.needsSource++;
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
  const progress = summarizeArticles(state, review);
  return state.analysis.articles.flatMap((article, index) => {
    const line = article.range.start.line;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const lenses: CodeLens[] = [{
      range,
      command: { title: formatProgress(progress[index]), command: "seedReview.nextUnreviewedClaim", arguments: [{ uri, line }] },
    }];
    for (const copy of crossFile.duplicatesOf(index).slice(0, 3)) {
      lenses.push({ range, command: { title: `also in ${placeLabel(crossFile, copy)}`, command: OPEN_LOCATION, arguments: [{ uri: copy.file, line: copy.range.start.line }] } });
    }
    return lenses;
  });
}
