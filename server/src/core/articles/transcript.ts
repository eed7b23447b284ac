// Transcripts: speaker turns ("Mary Gray: …", "HOST: …", or a label alone on a line). A turn
// continues the episode it belongs to, so it never starts an article or a section. Episodes
// start at their "Episode 12 | March 3, 2022" line, with the title and image line above it.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isTitleLike, type ContentLine } from "./contentLines";
import { IS_EPISODE_LINE, rememberFact, IS_SPEAKER } from "./lineMemo";

// Up to four capitalised name words (initials and "Dr." allowed), no digits: "Figure 2:" and
// "Step 3:" are not speakers; "Learn more:" is not either (lower-case second word).
const SPEAKER = /^(?:\[[^\]]{1,40}\]\s*)?(?:[\p{Lu}][\p{L}.'’-]{0,30})(?: [\p{Lu}][\p{L}.'’-]{0,30}){0,3}:(?:\s|$)/u;
// Header fields of mail, feed and forum exports (metadataHeader.ts) are no speakers either.
const NOT_SPEAKER = /^(?:note|update|source|credit|warning|tip|example|summary|abstract|title|url|date|id|year|author|keywords?|tags?|category|from|to|cc|subject|message(?:-id)?|thread|forum|topic|status|link|guid)\s*:/i;
// Headline kickers label a post's kind before its title ("Postmortem: the queue …", "Show HN:
// We built …", "Case study: …"): a genre word or an aggregator's prefix, never a person.
const KICKER = /^(?:(?:show|ask|tell|launch) hn|post-?mortem|case study|review|opinion|tutorial|guide|interview|explainer|analysis|announcement|breaking|exclusive|recap|roundup|deep dive|incident report|release notes|changelog|editorial|poll|rfc)\s*:/i;
// "Episode 134 | March 31, 2022", "Ep. 7 – 2021-04-02", "S2E5 · 12 May 2023", "Episode 9": a short line.
// Show notes may number an episode "#118 — Title" (the digit right after "#" keeps markdown
// headings out).
const EPISODE_LINE = /^(?:episode|ep\.?|s\d{1,3}\s?e|#(?=\d))\s*#?\d{1,5}\b(?:\s*[|·•–—:-]\s*.{0,60})?$/i;
// Alt text of a podcast image names what it shows: "Photo of …", "Headshots of …", "Illustration …".
const IMAGE_LINE = /^(?:an?\s+)?(?:photo(?:graph)?|image|picture|illustration|headshot|portrait|screenshot|graphic|artwork|logo|banner|thumbnail|still)s?\b/i;
// The title and an image line sit at most this many content lines above the episode line.
const TITLE_REACH = 2;

export function isSpeakerTurn(text: string): boolean {
  return mayBeSpeakerTurn(text) && SPEAKER.test(text.slice(0, 140)) && !NOT_SPEAKER.test(text) && !KICKER.test(text);
}

// SPEAKER needs a "[" or a capital first and a colon among the first 140 characters; most
// lines fail one of these, tested by code before the slice and the Unicode regex.
function mayBeSpeakerTurn(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128 && c !== 91 && (c < 65 || c > 90)) return false;
  // The first character is not a colon (tested above), so the first colon decides; the native
  // search beats a loop over the line's characters, and each line is tested a bounded number of times.
  const colon = text.indexOf(":");
  return colon > 0 && colon < 140;
}

export function isSpeakerLine(line: ContentLine): boolean {
  return rememberFact(line, IS_SPEAKER, isSpeakerTurn);
}

/** True when speaker turns make up a large share of the lines: cohesion must not split it. */
export function isTranscriptLike(texts: string[] | ContentLine[]): boolean {
  let turns = 0;
  for (const t of texts) if (typeof t === "string" ? isSpeakerTurn(t) : isSpeakerLine(t)) turns++;
  // One line in five being a turn is far above what prose produces by accident.
  return turns >= 4 && turns * 5 >= texts.length;
}

// Reach of the rule (ruleSplice.ts): the episode line i reads lines i - 2 to i; its start
// is found on the episode line, so the line is the candidate (the boundary's bodyAt - 1).
export const EPISODE_REACH = { before: TITLE_REACH, after: 0 };

/**
 * An episode starts at its title: the title-like line just above its episode line, or two
 * lines above when an image line sits between them; without a title, at the episode line.
 */
export function findEpisodeBoundaries(lines: ContentLine[], from = 0, to = lines.length): Boundary[] {
  const out: Boundary[] = [];
  for (let i = from; i < to; i++) {
    if (!rememberFact(lines[i], IS_EPISODE_LINE, isEpisodeLine)) continue;
    let titleAt = [i - 1, i - 2].find((t) => t >= 0 && i - t <= TITLE_REACH && isEpisodeTitle(lines[t].text)
      && (t === i - 1 || !isSpeakerTurn(lines[i - 1].text)));
    // A short image line ("Photo of the guests …") between the title and the episode line reads
    // like a title too: when the two lines above both do, the block starts at the upper one, and
    // that one is the title unless it names an image itself.
    if (titleAt === i - 1 && i >= 2 && isEpisodeTitle(lines[i - 2].text) && !isClosingTurn(lines[i - 2].text) && !isSpeakerTurn(lines[i - 1].text)) {
      titleAt = IMAGE_LINE.test(lines[i - 2].text) && !IMAGE_LINE.test(lines[i - 1].text) ? i - 1 : i - 2;
      out.push({ at: i - 2, titleAt, bodyAt: i + 1, evidence: `episode line ${quoteEvidence(lines[i].text)}`, layout: "titled", strength: 2 });
      continue;
    }
    const at = titleAt ?? i;
    out.push({ at, titleAt, bodyAt: i + 1, evidence: `episode line ${quoteEvidence(lines[i].text)}`, layout: "titled", strength: 2 });
  }
  return out;
}

function isEpisodeLine(text: string): boolean {
  return text.length <= 90 && EPISODE_LINE.test(text);
}

// The last turn of the episode before ends a sentence; a title with a colon ("Name: topic") does not.
function isClosingTurn(text: string): boolean {
  return isSpeakerTurn(text) && /[!?"”’)]$/.test(text);
}

// A title may read like a speaker label ("Just Tech: …"); above an episode line it is a title.
function isEpisodeTitle(text: string): boolean {
  return isTitleLike(text) && !EPISODE_LINE.test(text) && !/^\p{Ll}/u.test(text);
}

// Lines of a subtitle or auto-transcript file that carry no words of the talk: "WEBVTT", "NOTE …",
// cue numbers, timings ("00:01:02,500 --> 00:01:05,000", "1:04"), sound tags ("[Music]") and
// labels ("Transcript:", "Chapters"). A post named from its own text skips them.
const CUE_LINE = /^(?:WEBVTT\b.{0,200}|NOTE\b.{0,300}|\d{1,6}|\[?\(?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?\)?\]?(?:\s*-->.{0,80})?|\[[^\]]{1,30}\]|\([^)]{1,30}\)|(?:transcript|chapters|show notes)\s*:?)$/i;
// WebVTT voice and style tags inside a cue ("<v Ana>", "<i>", "</i>").
const CUE_TAG = /<\/?(?:v|c|i|b|u|lang)(?:[ .][^>]{0,40})?>/g;

export function isCueLine(text: string): boolean {
  return text.length <= 320 && CUE_LINE.test(text);
}

/** The words of a cue without its voice and style tags. */
export function stripCueTags(text: string): string {
  return text.indexOf("<") < 0 ? text : text.replace(CUE_TAG, "");
}
