// The digit shapes that gate the date and mask patterns: each shape must be seen when present
// (a missed shape would let a date or identifier through as a figure) and not invented.
import { strict as assert } from "node:assert";
import {
  AM_PM, BRACKET_BEFORE, COLON_DIGIT, DASH_DIGIT, DECADE, DIGIT_SHAPES, FISCAL, HASH_BEFORE, PHONE, PLUS_BEFORE,
  readLineFacts, SLASH_DIGIT, VERSION,
} from "../../../server/src/core/figures/lineFacts";

/** The digit-shape flags among the line's facts. */
function check(line: string, expected: number): void {
  assert.equal(readLineFacts(line) & DIGIT_SHAPES, expected, line);
}

describe("figures: digit shapes of a line", () => {
  const cases: [string, number][] = [
    ["no digits at all", 0],
    ["plain 42, then 7", 0],
    ["on 2031-04-09, 10:15", DASH_DIGIT | COLON_DIGIT | PHONE],
    ["dated 4/12/29", SLASH_DIGIT],
    ["at 9pm or 7 a.m.", AM_PM],
    ["back in the 1870s", DECADE],
    ["results for Q2, FY 27", FISCAL],
    ["ring 555.0143 now", PHONE],
    ["build 3.14.15", VERSION],
    ["dial +39 06 1234", PLUS_BEFORE],
    ["as shown [7] and #12", BRACKET_BEFORE | HASH_BEFORE],
  ];
  for (const [line, flags] of cases) it(line, () => check(line, flags));
});
