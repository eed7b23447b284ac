// Several rules may see the same start (a feed footer before a repeated title) or starts a
// line or two apart (a header, then the title it names). They become one boundary whose
// evidence lists every reason.
import type { Boundary } from "./boundary";
import { isProseLine, type ContentLine } from "./contentLines";

// A second start this close after the first, with no prose between, is the same post's
// title block (caption, title, repeated title), not a new post.
const SAME_BLOCK_REACH = 2;

export function mergeBoundaries(all: Boundary[], lines: ContentLine[]): Boundary[] {
  const sorted = [...all].sort((a, b) => a.at - b.at || b.strength - a.strength);
  const out: Boundary[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && (b.at === last.at || isSameBlock(last, b, lines))) absorb(last, b);
    else out.push({ ...b });
  }
  return out;
}

function isSameBlock(first: Boundary, next: Boundary, lines: ContentLine[]): boolean {
  const from = first.bodyAt ?? first.at;
  if (next.at - from > SAME_BLOCK_REACH) return false;
  for (let i = from; i < next.at; i++) if (isProseLine(lines[i])) return false;
  return true;
}

function absorb(into: Boundary, b: Boundary): void {
  if (!into.evidence.includes(b.evidence)) into.evidence += `; ${b.evidence}`;
  if (into.titleAt === undefined && b.titleAt !== undefined) {
    into.titleAt = b.titleAt;
    into.title = b.title;
    into.titlePart = b.titlePart;
  }
  if (b.bodyAt !== undefined) into.bodyAt = Math.max(into.bodyAt ?? 0, b.bodyAt);
  if (b.strength > into.strength) { into.strength = b.strength; into.layout = b.layout; }
}
