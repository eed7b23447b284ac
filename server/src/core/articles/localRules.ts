// The rules whose results the next version takes over after an edit (ruleSplice.ts): feed
// footers, repeated or caption-framed titles and episode lines decide from a few lines around
// each candidate and nothing file-wide, so an edit re-reads only the lines around it. Rules
// with file-wide inputs (the mean similarity, the other rules' starts) keep their candidate
// lines here instead (rule lines, title lines) and decide again on those alone.
import type { Boundary } from "./boundary";
import type { ContentLine } from "./contentLines";
import { findFeedFooters, updateFeedFooters, type FeedFooter } from "./feedExport";
import { findTitledBoundaries, TITLED_REACH } from "./titledPosts";
import { EPISODE_REACH, findEpisodeBoundaries } from "./transcript";
import { listRuleLines } from "./separatorLines";
import { listTitleLines, TITLE_LINE_REACH } from "./titleLines";
import { moveIndices, spliceRuleResults } from "./ruleSplice";
import type { ContentEdit } from "./segmentationState";

export interface LocalRuleResults {
  footers: FeedFooter[]; titled: Boundary[]; episodes: Boundary[]; ruleLines: number[];
  /** Listed only when the file is no transcript (the title-line rule runs): see listTitleLines. */
  titleLines?: number[];
}

export function findLocalRules(lines: ContentLine[]): LocalRuleResults {
  return { footers: findFeedFooters(lines), titled: findTitledBoundaries(lines), episodes: findEpisodeBoundaries(lines), ruleLines: listRuleLines(lines), titleLines: undefined };
}

const SAME_LINE = { before: 0, after: 0 };
const lineOf = (i: number) => i;
const moveLine = (i: number, by: number) => i + by;

/** The results for `lines`, from those of the version before `change`. */
export function updateLocalRules(previous: LocalRuleResults, lines: ContentLine[], change: ContentEdit): LocalRuleResults {
  const n = lines.length;
  return {
    footers: updateFeedFooters(previous.footers, lines, change),
    // A titled start sits on its candidate line.
    titled: spliceRuleResults(previous.titled, change, TITLED_REACH, n, (b) => b.at, (from, to) => findTitledBoundaries(lines, from, to), moveIndices),
    // An episode start is found on its episode line, the line before its body.
    episodes: spliceRuleResults(previous.episodes, change, EPISODE_REACH, n, (b) => (b.bodyAt ?? 0) - 1, (from, to) => findEpisodeBoundaries(lines, from, to), moveIndices),
    ruleLines: spliceRuleResults(previous.ruleLines, change, SAME_LINE, n, lineOf, (from, to) => listRuleLines(lines, from, to), moveLine),
    titleLines: previous.titleLines && spliceRuleResults(previous.titleLines, change, TITLE_LINE_REACH, n, lineOf, (from, to) => listTitleLines(lines, from, to), moveLine),
  };
}
