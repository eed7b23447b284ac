// Transcripts: speaker turns ("Mary Gray: …", "HOST: …", or a label alone on a line). A turn
// continues the episode it belongs to, so it never starts an article or a section.

// Up to four capitalised name words (initials and "Dr." allowed), no digits: "Figure 2:" and
// "Step 3:" are not speakers; "Learn more:" is not either (lower-case second word).
const SPEAKER = /^(?:\[[^\]]{1,40}\]\s*)?(?:[\p{Lu}][\p{L}.'’-]{0,30})(?: [\p{Lu}][\p{L}.'’-]{0,30}){0,3}:(?:\s|$)/u;
const NOT_SPEAKER = /^(?:note|update|source|credit|warning|tip|example|summary|abstract|title|url|date|id|year|author|keywords?|tags?|category)\s*:/i;

export function isSpeakerTurn(text: string): boolean {
  return SPEAKER.test(text.slice(0, 140)) && !NOT_SPEAKER.test(text);
}

/** True when speaker turns make up a large share of the lines: cohesion must not split it. */
export function isTranscriptLike(texts: string[]): boolean {
  let turns = 0;
  for (const t of texts) if (isSpeakerTurn(t)) turns++;
  // One line in five being a turn is far above what prose produces by accident.
  return turns >= 4 && turns * 5 >= texts.length;
}
