// Test helper: runs the figure extractor (with table detection, as the pipeline does) on an
// invented fixture and compares the figures found with the expected ones, field by field.
import assert from "node:assert/strict";
import { createTextModel } from "../../../server/src/core/document";
import { extractFigures } from "../../../server/src/core/figures";
import { findTables } from "../../../server/src/core/tables";
import type { Figure } from "../../../server/src/core/model";
import { defaultAnalysisOptions } from "../../../server/src/core/options";

export type Expected = Partial<Pick<Figure, "value" | "valueHigh" | "plusMinus" | "unit" | "dimension" | "qualifier" | "tier" | "cell">> & { text: string };

export function figuresOf(text: string, includeOptionalFigures = false): Figure[] {
  const doc = createTextModel(text);
  return extractFigures(doc, findTables(doc), { ...defaultAnalysisOptions, includeOptionalFigures });
}

/** Every expected figure is found (by text) with the given fields, and nothing else is found. */
export function check(fixture: string, expected: Expected[], includeOptionalFigures = false): void {
  const found = figuresOf(fixture, includeOptionalFigures);
  assert.deepEqual(found.map((f) => f.text), expected.map((e) => e.text), `figures in ${JSON.stringify(fixture)}`);
  found.forEach((f, i) => {
    const want = expected[i];
    for (const key of Object.keys(want) as (keyof Expected)[]) {
      assert.deepEqual(f[key], want[key], `${key} of "${want.text}" in ${JSON.stringify(fixture)}`);
    }
    assert.equal(fixture.slice(f.span.start, f.span.end), f.text, "span matches text");
  });
}

/** The fixture holds no figure (identifiers, markers, code …). */
export function checkNone(fixture: string): void {
  check(fixture, []);
}
