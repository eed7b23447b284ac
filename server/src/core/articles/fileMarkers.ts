// Files joined by shell tools: `head`/`tail` print "==> path <==" before each file, `more`
// frames the file's name between two "::::::::::::::" lines. Each joined file is its own post:
// it starts at the marker, and its title is the headline under the marker, else the file name.
import type { Boundary } from "./boundary";
import { quoteEvidence } from "./boundary";
import { isProseLine, type ContentLine } from "./contentLines";
import { isHeadline } from "./titleLines";

// Names are capped so the tests stay cheap on a 10 MB line.
const HEAD_MARKER = /^==> (\S.{0,300}?) <==$/;
const COLON_RULE = /^:{6,80}$/;

/** `candidates`: the lines a marker may sit on (listRareLayoutLines), in order. */
export function findFileMarkerBoundaries(lines: ContentLine[], candidates: readonly number[]): Boundary[] {
  const out: Boundary[] = [];
  let next = 0;
  for (const i of candidates) {
    if (i < next) continue;
    const marker = readMarker(lines, i);
    if (!marker || marker.body >= lines.length) continue;
    const b: Boundary = { at: i, bodyAt: marker.body, evidence: `file marker ${quoteEvidence(lines[i].text)}`, layout: "header", strength: 4 };
    const head = lines[marker.body];
    if (marker.body + 1 < lines.length && isHeadline(head.text) && isProseLine(lines[marker.body + 1])) b.titleAt = marker.body;
    else Object.assign(b, { titleAt: marker.nameAt, title: marker.name, titlePart: { start: marker.offset, end: marker.offset + marker.name.length } });
    out.push(b);
    next = marker.body;
  }
  return out;
}

/** The marker at content line i: the file name, where it sits, and the first line of the file. */
function readMarker(lines: ContentLine[], i: number): { name: string; nameAt: number; offset: number; body: number } | undefined {
  const t = lines[i].text, c = t.charCodeAt(0);
  if (c === 61 && t.length <= 310) {
    const m = HEAD_MARKER.exec(t);
    return m ? { name: m[1], nameAt: i, offset: 4, body: i + 1 } : undefined;
  }
  if (c !== 58 || i + 2 >= lines.length || t.length > 80 || !COLON_RULE.test(t) || !COLON_RULE.test(lines[i + 2].text)) return undefined;
  const name = lines[i + 1].text;
  return name.length <= 300 && !COLON_RULE.test(name) ? { name, nameAt: i + 1, offset: 0, body: i + 3 } : undefined;
}
