// The JSON output contract of `seed-review analyze --format json` (see README "File formats").
// Spans are internal; the contract carries LSP ranges only.
import type { Analysis } from "../core/model";
import type { CrossReferences } from "../core/corpus";

export const OUTPUT_VERSION = 1;

/** With `refs`, each article carries `duplicates` (its copies among the analysed files; always
 * present, [] when none) and a figure whose quantity is stated differently elsewhere carries
 * `conflicts` (omitted when none: most figures have none and the output stays small). */
export function toContractFile(file: string, analysis: Analysis, refs?: CrossReferences) {
  return {
    file,
    articles: analysis.articles.map((a, i) => ({
      title: a.title,
      titleIsDerived: a.titleIsDerived,
      range: a.range,
      titleRange: a.titleRange,
      evidence: a.evidence,
      layout: a.layout,
      ...(a.fragment ? { fragment: true } : {}),
      sections: a.sections.map((s) => ({ title: s.title, range: s.range })),
      ...(refs ? { duplicates: refs.duplicatesOf(file, i) } : {}),
    })),
    tables: analysis.tables.map((t) => ({ range: t.range, layout: t.layout, columnHeaders: t.columnHeaders, rows: t.rows.length })),
    figures: analysis.figures.map((f, i) => ({
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
      ...(refs && refs.conflictsOf(file, i).length > 0 ? { conflicts: refs.conflictsOf(file, i) } : {}),
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
