// Random edits of the kinds a reviewer makes while reading: typing and deleting characters,
// adding or removing a line, pasting a sentence with a figure, breaking or adding a title,
// a feed footer or a blank line.
import { createRandom, pick } from "./layoutFixtures";

export interface Edit { at: number; remove: number; insert: string }

const SNIPPETS = [
  "x", " ", "7", ".", "\n", "\n\n", "\r\n", "The controller cut water loss by 41% in two weeks. ",
  "Read More\n", "The post A quiet new title appeared first on Example Field Notes.\n",
  "A quiet new title\nA quiet new title\n", "title: Another post | Field Notes\nurl: https://example.org/x\n",
  "| Site | Gain |\n|---|---|\n| North | 12% |\n", "up to 3.5 GB ", "é🙂",
];

/** Edits for one text; `at` positions are valid in the text each edit is applied to. */
export function createEditor(seed: number): (text: string) => Edit {
  const random = createRandom(seed);
  return (text) => {
    const at = Math.floor(random() * (text.length + 1));
    const roll = random();
    if (roll < 0.35) return { at, remove: 0, insert: pick(random, SNIPPETS) };
    if (roll < 0.6) return { at, remove: Math.min(text.length - at, 1 + Math.floor(random() * 6)), insert: "" };
    if (roll < 0.8) {
      // Remove the whole line at `at`, with its line break.
      const start = text.lastIndexOf("\n", at - 1) + 1;
      const nl = text.indexOf("\n", at);
      return { at: start, remove: (nl < 0 ? text.length : nl + 1) - start, insert: "" };
    }
    return { at, remove: Math.min(text.length - at, Math.floor(random() * 40)), insert: pick(random, SNIPPETS) };
  };
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
}
