// The readable outline printed by `analyze --format text`.
import type { CrossReferences } from "../core/corpus";
import type { Analysis } from "../core/model";

export function formatTextReport(file: string, analysis: Analysis, refs?: CrossReferences): string {
  const lines = [`${file}: ${analysis.articles.length} articles, ${analysis.figures.length} figures, ${analysis.claims.length} claims`];
  analysis.articles.forEach((a, i) => {
    const from = a.range.start.line + 1, to = a.range.end.line + 1;
    const figures = analysis.figures.filter((f) => f.span.start >= a.span.start && f.span.start < a.span.end).length;
    const claims = analysis.claims.filter((c) => c.article === i).length;
    lines.push(`  ${String(i + 1).padStart(2)}. ${a.title}${a.titleIsDerived ? " (untitled)" : ""}  [lines ${from}-${to}; ${figures} figures, ${claims} claims]`);
    for (const s of a.sections) lines.push(`        § ${s.title}  [line ${s.range.start.line + 1}]`);
    for (const copy of refs?.duplicatesOf(file, i) ?? []) lines.push(`        also in ${copy.file}:${copy.range.start.line + 1}`);
  });
  analysis.figures.forEach((f, i) => {
    const others = refs?.conflictsOf(file, i) ?? [];
    if (others.length) lines.push(`  ! line ${f.range.start.line + 1}: ${f.text} disagrees with ${others.map((o) => `${o.file}:${o.range.start.line + 1}`).join(", ")}`);
  });
  return lines.join("\n");
}

export function formatFiguresCsv(rows: { file: string; analysis: Analysis }[]): string {
  const out = ["file,line,character,text,value,valueHigh,unit,dimension,qualifier,article"];
  for (const { file, analysis } of rows) {
    for (const f of analysis.figures) {
      const article = analysis.articles.find((a) => f.span.start >= a.span.start && f.span.start < a.span.end)?.title ?? "";
      out.push([file, f.range.start.line + 1, f.range.start.character + 1, f.text, f.value ?? "", f.valueHigh ?? "", f.unit ?? "", f.dimension, f.qualifier ?? "", article].map(csvField).join(","));
    }
  }
  return out.join("\n");
}

export function csvField(value: unknown): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
