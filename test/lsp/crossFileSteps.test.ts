// Stepped indexing for the cross-file matching (in process): after the last step the corpus index
// holds what one update gives, also when the steps were abandoned part way and the text was
// edited before, after or across the point they had reached; and no step redoes much more than
// a step's worth of text (the results alone would not show a step that redoes everything).
import { strict as assert } from "node:assert";
import { analyze } from "../../server/src/core/analysis";
import { CorpusIndex } from "../../server/src/core/corpus";
import { findChangedRegion } from "../../server/src/core/incremental/textDiff";
import { listIndexSteps, type IndexedText, type IndexStep } from "../../server/src/lsp/crossFileSteps";
import { writeLongFeed } from "./longFeed";

const STEP = 4096;
const { text: LONG, posts } = writeLongFeed(60_000);
// Another file with copies of two posts: the results hold duplicate groups and figure conflicts.
const OTHER = [posts[3], posts[40].replace(/by \d+%/, "by 91%")].join("\n");

/** Results of a corpus index, comparable with deepEqual. */
const resultsOf = (index: CorpusIndex) => JSON.parse(JSON.stringify({ groups: index.duplicateGroups(), conflicts: index.conflicts() }));

function indexAtOnce(text: string): unknown {
  const index = new CorpusIndex();
  index.update("other", OTHER, analyze(OTHER));
  index.update("long", text, analyze(text));
  return resultsOf(index);
}

/** Characters an update from `before` to `after` replaces and adds (what it redoes). */
function measureWork(before: string, after: string): number {
  const { start, oldEnd, newEnd } = findChangedRegion(before, after);
  return oldEnd - start + newEnd - start;
}

/** Indexes `first` for `stepsBefore` steps (abandoning it there), then `second` to the end. */
function indexInSteps(first: string, stepsBefore: number, second: string): { results: unknown; steps: number; maxWork: number } {
  const index = new CorpusIndex();
  index.update("other", OTHER, analyze(OTHER));
  let held: IndexedText | undefined;
  let indexedText = "", maxWork = 0, taken = 0;
  const apply = (step: IndexStep) => {
    maxWork = Math.max(maxWork, measureWork(indexedText, step.text));
    index.update("long", step.text, step.analysis);
    indexedText = step.text;
  };
  for (const step of listIndexSteps(undefined, first, analyze(first), STEP)) {
    if (taken++ === stepsBefore) break;
    assert.ok(first.startsWith(step.text), "each step is a prefix of the text");
    apply(step);
    held = { text: first, cut: step.text.length };
  }
  let steps = 0;
  for (const step of listIndexSteps(held, second, analyze(second), STEP)) { apply(step); steps++; }
  return { results: resultsOf(index), steps, maxWork };
}

function check(name: string, first: string, stepsBefore: number, second: string, minSteps: number, maxSteps = Infinity): void {
  it(name, () => {
    const { results, steps, maxWork } = indexInSteps(first, stepsBefore, second);
    assert.deepEqual(results, indexAtOnce(second));
    // A step adds STEP characters and the rest of a line (the last one up to 1.5 STEP); an edit step its size.
    assert.ok(maxWork <= 2 * STEP, `a step redoes ${maxWork} characters`);
    assert.ok(steps >= minSteps && steps <= maxSteps, `${steps} steps after resuming, expected ${minSteps}..${maxSteps}`);
  });
}

/** `text` with a sentence added at the end of the line starting after offset `near`. */
function editNear(text: string, near: number): string {
  const end = text.indexOf("\n", text.indexOf("\n", near) + 1);
  return `${text.slice(0, end)} The harbour grew by 12% in a year.${text.slice(end)}`;
}

describe("stepped cross-file indexing", () => {
  const total = [...listIndexSteps(undefined, LONG, analyze(LONG), STEP)].length;
  it("cuts a long text into steps of about the step size", () => assert.ok(total >= LONG.length / STEP - 2, `${total} steps`));
  check("all steps equal one update", LONG, Infinity, LONG, 1, 1);
  check("resumes an abandoned run where it stopped", LONG, 5, LONG, total - 5);
  check("resumes after an edit behind the point reached", LONG, 8, editNear(LONG, 2 * STEP), total - 8);
  check("resumes after an edit ahead of the point reached", LONG, 3, editNear(LONG, 10 * STEP), total - 3);
  check("resumes after an edit across the point reached", LONG, 4, LONG.slice(0, 4 * STEP - 100) + LONG.slice(4 * STEP + 300), total - 5);
  check("an edit in a completely indexed text is one update", LONG, Infinity, editNear(LONG, 6 * STEP), 1, 1);
});
