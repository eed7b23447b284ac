// Article segmentation: layout evidence -> article boundaries, titles and sections.
// Structural markers (feed footers, repeated titles, metadata headers) decide where they exist;
// a file without any is read as untitled posts and split where its topic changes.
import type { Article } from "../model";
import type { TextDocumentModel } from "../document";
import type { Boundary } from "./boundary";
import { listContentLines } from "./contentLines";
import { findFeedBoundaries, findFeedFooters } from "./feedExport";
import { findTitledBoundaries } from "./titledPosts";
import { findHeaderBoundaries } from "./metadataHeader";
import { findUntitledBoundaries } from "./untitledPosts";
import { isTranscriptLike } from "./transcript";
import { mergeBoundaries } from "./mergeBoundaries";
import { assembleArticles } from "./articleAssembly";

export function segmentArticles(doc: TextDocumentModel): Article[] {
  const lines = listContentLines(doc);
  if (!lines.length) return [];
  const footers = findFeedFooters(lines);
  const structural = [...findFeedBoundaries(lines, footers), ...findTitledBoundaries(lines), ...findHeaderBoundaries(lines)];
  let boundaries: Boundary[] = structural;
  if (!structural.length) {
    const texts = lines.map((l) => l.text);
    // A transcript changes topic inside one episode; speaker turns never start an article.
    if (!isTranscriptLike(texts)) boundaries = findUntitledBoundaries(texts);
  }
  if (!boundaries.some((b) => b.at === 0)) boundaries.push({ at: 0, evidence: "start of file", layout: "file-start", strength: 0 });
  return assembleArticles(doc, lines, mergeBoundaries(boundaries, lines), footers);
}
