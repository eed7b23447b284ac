// Invented review fixtures shared by the review tests: a small feed-style article and a helper
// that builds a stored annotation for a sentence of it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildQuoteSelector } from "../../../server/src/review/anchoring";
import { MOTIVATION_OF_TAG, type Annotation, type Tag } from "../../../server/src/review/reviewSchema";

export const ARTICLE = [
  "Quiet Rivers Ship Faster Routers",
  "Posted by Ana Perez on March 3",
  "",
  "The new router forwards 40 gigabits per second on a single core. It is the fastest design the lab has built so far. We hope to open the firmware next year.",
  "Power draw fell by 30 percent compared with the previous model.",
  "The post Quiet Rivers Ship Faster Routers appeared first on Lab Notes.",
  "",
].join("\n");

let counter = 0;
export function makeAnnotation(text: string, sentence: string, tag: Tag = "verified", note = ""): Annotation {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not found: ${sentence}`);
  const span = { start, end: start + sentence.length };
  const id = `urn:uuid:00000000-0000-4000-8000-${String(++counter).padStart(12, "0")}`;
  return {
    id, type: "Annotation", motivation: MOTIVATION_OF_TAG[tag],
    body: [{ type: "TextualBody", purpose: "tagging", value: tag }, ...(note ? [{ type: "TextualBody" as const, purpose: "commenting" as const, value: note }] : [])],
    target: { source: "article.txt", selector: [buildQuoteSelector(text, span), { type: "TextPositionSelector", start: span.start, end: span.end }] },
    created: "2025-01-02T03:04:05.000Z", modified: "2025-01-02T03:04:05.000Z",
  };
}

/** A fresh folder under the OS temp folder; `cleanup` removes it. */
export function makeTempFolder(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "seed-review-test-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
