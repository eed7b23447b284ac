// Inlay hints (off by default): the written-out value after compact forms such as "1.3B".
import type { InlayHint, Range } from "vscode-languageserver";
import type { DocumentState } from "./analysisCache";
import { formatNumber } from "./figureText";

const COMPACT = /\d(?:\s?(?:[KMBT]\b|thousand|million|billion|trillion))/i;

export function buildInlayHints(state: DocumentState, range: Range): InlayHint[] {
  return state.analysis.figures
    .filter((f) => f.value !== null && f.range.start.line >= range.start.line && f.range.end.line <= range.end.line && COMPACT.test(f.text))
    .map((f) => ({ position: f.range.end, label: ` = ${formatNumber(f.value!)}`, paddingLeft: true }));
}
