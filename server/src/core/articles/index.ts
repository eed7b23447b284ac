// Article segmentation: layout evidence -> article boundaries, titles and sections.
// Structural markers (feed footers, repeated titles, metadata headers, "#" titles, episode
// lines) decide where they exist; title lines where the topic changes add posts they leave
// unmarked; a file without markers is also split where its topic changes between paragraphs.
import type { Article } from "../model";
import type { TextDocumentModel } from "../document";
import type { Boundary } from "./boundary";
import { listContentLines } from "./contentLines";
import { findFeedBoundaries, findFeedFooters } from "./feedExport";
import { findTitledBoundaries } from "./titledPosts";
import { findHeaderBoundaries } from "./metadataHeader";
import { findMarkdownBoundaries } from "./markdownTitles";
import { findUntitledBoundaries } from "./untitledPosts";
import { findTitleLineBoundaries } from "./titleLines";
import { indexTerms, scoreCohesionGaps } from "./lexicalCohesion";
import { findEpisodeBoundaries, isTranscriptLike } from "./transcript";
import { mergeBoundaries } from "./mergeBoundaries";
import { assembleArticles } from "./articleAssembly";

// A cohesion boundary this close to a title line marks the same change, placed less well.
const TITLE_LINE_REACH = 3;

export function segmentArticles(doc: TextDocumentModel): Article[] {
  const lines = listContentLines(doc);
  if (!lines.length) return [];
  const footers = findFeedFooters(lines);
  const structural = [...findFeedBoundaries(lines, footers), ...findTitledBoundaries(lines), ...findHeaderBoundaries(lines),
    ...findMarkdownBoundaries(lines), ...findEpisodeBoundaries(lines)];
  let boundaries: Boundary[] = structural;
  const texts = lines.map((l) => l.text);
  // A transcript changes topic inside one episode; speaker turns never start an article.
  if (!isTranscriptLike(texts)) {
    const index = indexTerms(texts);
    const curve = scoreCohesionGaps(texts, index);
    const mean = curve.similarity.reduce((a, s) => a + s, 0) / (curve.similarity.length || 1);
    const starts = [...new Set([0, ...structural.map((b) => b.at)])].sort((a, b) => a - b);
    const titled = findTitleLineBoundaries(lines, starts, footers.map((f) => f.at), index, mean, structural.length > 0);
    boundaries = [...structural, ...titled];
    if (!structural.length) {
      const near = (at: number) => titled.some((t) => Math.abs(t.at - at) <= TITLE_LINE_REACH);
      boundaries.push(...findUntitledBoundaries(texts, curve).filter((b) => !near(b.at)));
    }
  }
  if (!boundaries.some((b) => b.at === 0)) boundaries.push({ at: 0, evidence: "start of file", layout: "file-start", strength: 0 });
  return assembleArticles(doc, lines, mergeBoundaries(boundaries, lines), footers);
}
