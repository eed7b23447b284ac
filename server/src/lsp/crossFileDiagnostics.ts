// Cross-file diagnostics: a hint on an article that also appears elsewhere, and a warning on a
// figure that another place states with a different value (related information to each place).
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import type { Place } from "../core/corpus";
import type { DocumentState } from "./analysisCache";

export interface CrossFileLookup {
  duplicatesOf(articleIndex: number): Place[];
  conflictsOf(figureIndex: number): Place[];
  labelOf(uri: string): string;
}

/**
 * Related places listed on one diagnostic. A post copied dozens of times would otherwise send
 * every copy with every publish (1.2 MB per keystroke on a 5 MB feed dump); the message counts
 * the rest, and the hover and code lens list them.
 */
export const MAX_RELATED_PLACES = 5;

export const CROSS_FILE_RULES = {
  duplicate: { code: "article.duplicate", severity: DiagnosticSeverity.Hint },
  conflict: { code: "figure.conflict", severity: DiagnosticSeverity.Warning },
} as const;

export function buildCrossFileDiagnostics(state: DocumentState, lookup: CrossFileLookup): Diagnostic[] {
  const out: Diagnostic[] = [];
  state.analysis.articles.forEach((article, i) => {
    const copies = lookup.duplicatesOf(i);
    if (!copies.length) return;
    out.push({
      range: article.titleRange ?? { start: article.range.start, end: { line: article.range.start.line, character: state.model.lineText(article.range.start.line).length } },
      severity: CROSS_FILE_RULES.duplicate.severity,
      code: CROSS_FILE_RULES.duplicate.code,
      source: "seed-review",
      message: `This article also appears in ${copies.slice(0, 3).map((p) => placeLabel(lookup, p)).join(", ")}${copies.length > 3 ? ` and ${copies.length - 3} more` : ""}`,
      relatedInformation: copies.slice(0, MAX_RELATED_PLACES).map((p) => ({ location: { uri: p.file, range: p.range }, message: "copy of this article" })),
    });
  });
  state.analysis.figures.forEach((figure, i) => {
    const others = lookup.conflictsOf(i);
    if (!others.length) return;
    out.push({
      range: figure.range,
      severity: CROSS_FILE_RULES.conflict.severity,
      code: CROSS_FILE_RULES.conflict.code,
      source: "seed-review",
      message: `${figure.text} disagrees with ${others.length} other statement${others.length > 1 ? "s" : ""} of the same quantity (${others.slice(0, 3).map((p) => placeLabel(lookup, p)).join(", ")})`,
      relatedInformation: others.slice(0, MAX_RELATED_PLACES).map((p) => ({ location: { uri: p.file, range: p.range }, message: "states a different value" })),
    });
  });
  return out;
}

export function placeLabel(lookup: Pick<CrossFileLookup, "labelOf">, place: Place): string {
  return `${lookup.labelOf(place.file)}:${place.range.start.line + 1}`;
}
