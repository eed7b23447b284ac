// Article segmentation: layout evidence -> article boundaries, titles and sections.
// Structural markers (feed footers, repeated titles, metadata headers, "#" titles, episode
// lines) decide where they exist; title lines where the topic changes add posts they leave
// unmarked; a file without markers is also split where its topic changes between paragraphs.
import type { Article } from "../model";
import type { TextDocumentModel } from "../document";
import type { Boundary } from "./boundary";
import { listContentLines, type ContentLine } from "./contentLines";
import { findFeedBoundaries } from "./feedExport";
import { findLocalRules, updateLocalRules } from "./localRules";
import { findBylineBoundaries } from "./bylines";
import { findHeaderBoundaries } from "./metadataHeader";
import { findMarkdownBoundaries } from "./markdownTitles";
import { findFileMarkerBoundaries } from "./fileMarkers";
import { findReleaseBoundaries } from "./releaseNotes";
import { findMastheadBoundaries } from "./newsletterMasthead";
import { findDatelineBoundaries } from "./pressDatelines";
import { listRareLayoutLines } from "./rareLayoutLines";
import { findLinkedTitleBoundaries } from "./linkedTitles";
import { findRuleBreakBoundaries, findSeparatorBoundaries } from "./separatorLines";
import { findFramedTitleBoundaries } from "./framedTitles";
import { findUntitledBoundaries } from "./untitledPosts";
import { groupWrappedParagraphs } from "./paragraphUnits";
import { findTitleLineBoundaries, listTitleLines } from "./titleLines";
import { compareGaps, indexLines, scoreCohesionGaps, scoreNameContinuity, updateIndex } from "./lexicalCohesion";
import { markChangedParagraphs, updateGaps, updateNameContinuity } from "./cohesionUpdate";
import { isVocabularyFresh, spliceContentLines, type ContentEdit, type LineEdit, type SegmentationState } from "./segmentationState";
import { isTranscriptLike } from "./transcript";
import { dropChromeStarts, mergeBoundaries } from "./mergeBoundaries";
import { assembleArticles } from "./articleAssembly";

// A cohesion boundary this close to a title line marks the same change, placed less well.
const TITLE_LINE_REACH = 3;

export function segmentArticles(doc: TextDocumentModel): Article[] {
  return segmentDocument(doc).articles;
}

export interface Segmentation { articles: Article[]; state: SegmentationState }

/**
 * Articles of `doc`, and the state the next version can start from. With `previous` (the
 * state of the version before `edit`) only the edited lines are read again: the result is
 * the same as without it.
 */
export function segmentDocument(doc: TextDocumentModel, previous?: SegmentationState, edit?: LineEdit): Segmentation {
  let lines: ContentLine[], change: ContentEdit | undefined;
  if (previous && edit) ({ lines, change } = spliceContentLines(previous.lines, doc, edit));
  else lines = listContentLines(doc);
  const state: SegmentationState = { lines };
  if (!lines.length) return { articles: [], state };
  const local = previous?.local && change ? updateLocalRules(previous.local, lines, change) : findLocalRules(lines);
  state.local = local;
  const footers = local.footers;
  const rare = listRareLayoutLines(lines);
  const structural = [...findFeedBoundaries(lines, footers), ...local.titled, ...findHeaderBoundaries(lines),
    ...findMarkdownBoundaries(lines), ...local.episodes, ...findSeparatorBoundaries(lines, local.ruleLines), ...findFramedTitleBoundaries(lines, local.ruleLines), ...findBylineBoundaries(lines),
    ...findFileMarkerBoundaries(lines, rare), ...findReleaseBoundaries(lines, rare), ...findMastheadBoundaries(lines, rare), ...findDatelineBoundaries(lines, rare),
    ...findLinkedTitleBoundaries(lines, local.ruleLines)];
  let boundaries: Boundary[] = structural;
  // A transcript changes topic inside one episode; speaker turns never start an article.
  if (!isTranscriptLike(lines)) {
    const reuse = change && previous?.index && previous.sims && isVocabularyFresh(previous.index) ? previous.index : undefined;
    // Rebuilt after an edit (the vocabulary went stale), the index reads the lines' own texts:
    // reading in place would join an edited text whole (document/pieceText.ts).
    const index = reuse && change ? updateIndex(reuse, lines, change.at, change.removed, change.added) : indexLines(lines, undefined, previous ? undefined : doc);
    const marked = reuse && change ? markChangedParagraphs(reuse, index, change.at, change.removed, change.added) : null;
    const sims = previous?.sims && marked ? updateGaps(index, previous.sims, marked) : compareGaps(index);
    Object.assign(state, { index, sims });
    const mean = sumOf(sims) / (sims.length || 1);
    const starts = listStarts(structural);
    const titleLines = (local.titleLines ??= listTitleLines(lines));
    const titled = findTitleLineBoundaries(lines, starts, footers.map((f) => f.at), index, mean, structural.length > 0, titleLines);
    const ruled = findRuleBreakBoundaries(lines, starts, index, mean, local.ruleLines);
    boundaries = [...structural, ...titled, ...ruled];
    // Name continuity and the smoothed curve serve only the untitled-post rule: a file with
    // markers never computes them.
    if (!structural.length) {
      const names = previous?.names && marked ? updateNameContinuity(index, previous.names, marked) : scoreNameContinuity(index);
      state.names = names;
      const near = (at: number) => titled.some((t) => Math.abs(t.at - at) <= TITLE_LINE_REACH) || ruled.some((t) => Math.abs(t.at - at) <= TITLE_LINE_REACH);
      // Hard-wrapped paragraphs are compared whole (their own index, built from the lines
      // each time, so an edit needs no state); a boundary goes on a paragraph's first line.
      const units = groupWrappedParagraphs(lines, doc);
      const texts = units ? units.texts : lines.map((l) => l.text);
      const found = findUntitledBoundaries(texts, units ? undefined : scoreCohesionGaps(texts, index, sims, names));
      const untitled = units ? found.map((b) => ({ ...b, at: units.first[b.at] })) : found;
      boundaries.push(...untitled.filter((b) => !near(b.at)));
    }
  } else local.titleLines = undefined; // as a fresh segmentation leaves it
  if (!boundaries.some((b) => b.at === 0)) boundaries.push({ at: 0, evidence: "start of file", layout: "file-start", strength: 0 });
  const reuse = previous?.assembly && edit && change ? { previous: previous.assembly, edit, change } : undefined;
  const assembly = assembleArticles(doc, lines, dropChromeStarts(mergeBoundaries(boundaries, lines), lines), footers, reuse);
  state.assembly = assembly;
  return { articles: assembly.articles, state };
}

/** Line 0 and the structural starts, sorted, each once (no Set and spreads: runs on each keystroke). */
function listStarts(structural: Boundary[]): number[] {
  const all = new Array<number>(structural.length + 1);
  all[0] = 0;
  for (let i = 0; i < structural.length; i++) all[i + 1] = structural[i].at;
  all.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i];
  all.length = n;
  return all;
}

// Summed in index order, as Array.prototype.reduce did: the mean is bit-identical.
function sumOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

export type { LineEdit, SegmentationState } from "./segmentationState";
