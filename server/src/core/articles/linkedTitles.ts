// Link dumps and video transcripts print each item as its title with its address on the next
// line ("Title" / "https://…"), then the item's text. Two or more such pairs make the layout:
// each pair starts an item. A list of links (pairs right after one another) and closing
// pointers ("Get the code on GitHub") are not items.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import type { ContentLine } from "./contentLines";
import { IS_HEADLINE, IS_TITLE_LINE, rememberFact } from "./lineMemo";
import { isHeadline, isTitleLine } from "./titleLines";
import { hasClosingCue } from "./topicCues";

const isUrl = (l: ContentLine | undefined) => l !== undefined && l.text.charCodeAt(0) === 104 && l.text.startsWith("http") && !/\s/.test(l.text);

/** `ruleLines`: listRuleLines (URL lines are among them), so no line is tested again. */
export function findLinkedTitleBoundaries(lines: ContentLine[], ruleLines: number[]): Boundary[] {
  const out: Boundary[] = [];
  for (const u of ruleLines) {
    const title = lines[u - 1];
    if (u < 1 || !isUrl(lines[u]) || !rememberFact(title, IS_TITLE_LINE, isTitleLine) || hasClosingCue(title.text)) continue;
    // Not a title under a URL line (a rule, separatorLines.ts), not one link in a list of links.
    if (isUrl(lines[u - 2]) || (u >= 2 && rememberFact(lines[u - 2], IS_HEADLINE, isHeadline) && isUrl(lines[u - 3])) || u + 1 >= lines.length) continue;
    if (isUrl(lines[u + 1]) || (u + 2 < lines.length && isUrl(lines[u + 2]))) continue;
    out.push({ at: u - 1, titleAt: u - 1, bodyAt: u + 1, evidence: `title over its link ${quoteEvidence(lines[u].text)}`, layout: "titled", strength: 2 });
  }
  return out.length >= 2 ? out : [];
}
