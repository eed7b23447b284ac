// Semantic tokens for figures: the digits as `number`, the unit or counted noun as `type`
// and a qualifier as `keyword`, so every theme colours them.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from "vscode-languageserver";
import type { DocumentState } from "./analysisCache";

export const TOKEN_LEGEND: SemanticTokensLegend = { tokenTypes: ["number", "type", "keyword"], tokenModifiers: [] };
const NUMBER = 0, UNIT = 1, QUALIFIER = 2;
const NUMERIC = /[-+±]?[$€£¥]?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion)|[KMBTkx×%])?/g;

export function buildSemanticTokens(state: DocumentState): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const figure of state.analysis.figures) {
    if (figure.range.start.line !== figure.range.end.line) continue;
    const { line, character } = figure.range.start;
    let cursor = 0;
    for (const m of figure.text.matchAll(NUMERIC)) {
      const gap = figure.text.slice(cursor, m.index!);
      if (cursor === 0 && gap.trim()) builder.push(line, character, gap.trimEnd().length, QUALIFIER, 0);
      builder.push(line, character + m.index!, m[0].length, NUMBER, 0);
      cursor = m.index! + m[0].length;
    }
    const rest = figure.text.slice(cursor);
    const lead = rest.length - rest.trimStart().length;
    if (rest.trim()) builder.push(line, character + cursor + lead, rest.trim().length, UNIT, 0);
  }
  return builder.build();
}
