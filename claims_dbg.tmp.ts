// temp debug (claims helper): every sentence of unannotated lines with its assessment
import fs from "node:fs";
import { createTextModel, listSentences } from "./server/src/core/document";
import { segmentArticles } from "./server/src/core/articles";
import { findTables } from "./server/src/core/tables";
import { extractFigures } from "./server/src/core/figures";
import { describeSentences, assessSentence, REASONS, EXCLUSIONS } from "./server/src/core/claims";
import { defaultAnalysisOptions } from "./server/src/core/options";
const [file, from, to, out] = process.argv.slice(2);
const doc = createTextModel(fs.readFileSync(file, "utf8"));
const articles = segmentArticles(doc); const tables = findTables(doc);
const figures = extractFigures(doc, tables, defaultAnalysisOptions);
const lines: string[] = [];
for (const f of describeSentences(listSentences(doc), figures, tables, articles)) {
  if (f.line + 1 < +from || f.line + 1 > +to) continue;
  const a = assessSentence(f, REASONS, EXCLUSIONS);
  lines.push(`${f.line + 1}\t${a.confidence >= 0.5 ? "CLAIM" : "-----"}\t${a.confidence}\t[${a.reasons}]{${a.exclusions}}\t${f.text.slice(0, 200)}`);
}
fs.writeFileSync(out, lines.join("\n") + "\n");
