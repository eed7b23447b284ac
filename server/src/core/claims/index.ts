// Claims: check-worthy sentences with the reasons that made them one.
import type { Article, Claim, Figure, Table } from "../model";
import type { Sentence, TextDocumentModel } from "../document";
import type { AnalysisOptions } from "../options";

export interface ClaimInput {
  doc: TextDocumentModel;
  sentences: Sentence[];
  articles: Article[];
  figures: Figure[];
  tables: Table[];
  options: AnalysisOptions;
}

export function detectClaims(_input: ClaimInput): Claim[] {
  return [];
}
