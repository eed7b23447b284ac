// Sections: headings inside an article. A markdown "#" heading, or a short line that reads as
// a heading (no sentence-final period, not a caption, list item, table row or speaker turn)
// and is followed by a paragraph of prose. A section runs to the next heading or article end.
import { countWords, endsWithAny, isCaption, isCaptionLine, isProseLine, opensWrappedParagraph, type ContentLine } from "./contentLines";

import { isSpeakerTurn } from "./transcript";
import { isDateLine } from "./bylines";

export interface SectionHeading { at: number; title: string }

const MARKDOWN_HEADING = /^#{1,6}\s+(.{1,300}?)\s*#*$/;

/** The heading title of a line, or undefined when the line is not a heading. */
export function readHeading(lines: ContentLine[], i: number, end: number): string | undefined {
  const line = lines[i];
  let own = line.heading;
  if (own === undefined) line.heading = own = readOwnHeading(line.text);
  if (!own) return undefined;
  if (own.markdown) return own.title;
  if (i + 1 >= end) return undefined;
  // Hard-wrapped text (digests, plain-text newsletters): a wrap-width line whose sentence goes
  // on in lower case on the line right below is a paragraph's first line, not a heading.
  if (opensWrappedParagraph(line, lines[i + 1])) return undefined;
  // A date line may sit between a heading and its paragraph ("Release notes" / "March 3, 2023").
  const j = i + 2 < end && isDateLine(lines[i + 1].text) ? i + 2 : i + 1;
  const next = lines[j];
  return (isProseLine(next) || opensWrappedParagraph(next, j + 1 < end ? lines[j + 1] : undefined)) && !isCaptionLine(next) ? own.title : undefined;
}

// What the line alone says; readHeading adds that a paragraph of prose must follow.
function readOwnHeading(text: string): { title: string; markdown: boolean } | null {
  const md = MARKDOWN_HEADING.exec(text.length > 310 ? "" : text);
  if (md) return { title: md[1], markdown: true };
  if (text.length < 3 || text.length > 100) return null;
  if (endsWithAny(text, ".,;:!") || isCaption(text) || isSpeakerTurn(text)) return null;
  // Bullets, quotes, attributions, table rows and author lists are not headings.
  if (/^[-*•–—"“‘'(\[|>]/.test(text) || text.includes("|") || /\t| {3,}/.test(text)) return null;
  if (text.indexOf(",", text.indexOf(",") + 1) > 0) return null; // two or more commas
  if (!/^[\p{Lu}\p{N}µ]/u.test(text) || countWords(text) > 14 || isDateLine(text)) return null;
  return { title: text, markdown: false };
}

/** Headings of the article whose body spans content lines [from, to). */
export function findSectionHeadings(lines: ContentLine[], from: number, to: number): SectionHeading[] {
  const out: SectionHeading[] = [];
  for (let i = from; i < to; i++) {
    const title = readHeading(lines, i, to);
    if (title) out.push({ at: i, title });
  }
  return out;
}
