// The JSON output contract of `seed-review analyze --format json` (see README "File formats").
// Spans are internal; the contract carries LSP ranges only.
import type { Analysis } from "../core/model";

export const OUTPUT_VERSION = 1;

export function toContractFile(file: string, analysis: Analysis) {
  return {
    file,
    articles: analysis.articles.map((a) => ({
      title: a.title,
      titleIsDerived: a.titleIsDerived,
      range: a.range,
      titleRange: a.titleRange,
      evidence: a.evidence,
      layout: a.layout,
      ...(a.fragment ? { fragment: true } : {}),
      sections: a.sections.map((s) => ({ title: s.title, range: s.range })),
    })),
    tables: analysis.tables.map((t) => ({ range: t.range, layout: t.layout, columnHeaders: t.columnHeaders, rows: t.rows.length })),
    figures: analysis.figures.map((f) => ({
      text: f.text,
      range: f.range,
      value: f.value,
      ...(f.valueHigh !== undefined ? { valueHigh: f.valueHigh } : {}),
      ...(f.plusMinus !== undefined ? { plusMinus: f.plusMinus } : {}),
      unit: f.unit,
      dimension: f.dimension,
      qualifier: f.qualifier,
      tier: f.tier,
      ...(f.cell ? { cell: f.cell } : {}),
    })),
    claims: analysis.claims.map((c) => ({
      text: c.text,
      range: c.range,
      kind: c.kind,
      reasons: c.reasons,
      confidence: c.confidence,
    })),
    problems: analysis.problems.map((p) => ({ code: p.code, message: p.message, range: p.range })),
  };
}
export type ContractFile = ReturnType<typeof toContractFile>;
