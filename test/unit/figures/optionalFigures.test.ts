// Dates, years and spelled-out numbers are optional figures: hidden by default, reported with
// tier "optional" when asked for.
import assert from "node:assert/strict";
import { check, figuresOf } from "./checkFigures";

describe("figures: optional figures", () => {
  it("hides dates and years by default", () => {
    check("Episode 71 | June 4, 2021. In 2019 the lab had 30 staff.", [{ text: "30 staff", value: 30 }]);
    check("Back in 1998 and by 2050 we met at 10:30 am on 2020-05-01.", []);
  });
  it("reports dates and years when asked", () => {
    const found = figuresOf("In 2019 we met on March 3, 2020.", true);
    assert.deepEqual(found.map((f) => [f.text, f.tier, f.dimension, f.value]), [
      ["2019", "optional", "date", 2019], ["March 3, 2020", "optional", "date", 2020],
    ]);
  });
  it("hides spelled-out numbers by default", () => {
    check("We found two ways and three months of logs.", []);
  });
  it("reports spelled-out numbers and vague amounts when asked", () => {
    const found = figuresOf("We found two ways, a threefold gain and thousands of users.", true);
    assert.deepEqual(found.map((f) => [f.text, f.value, f.unit, f.tier]), [
      ["two ways", 2, "ways", "optional"], ["a threefold", 3, "x", "optional"], ["thousands of users", null, "users", "optional"],
    ]);
  });
  it("keeps a year-like count that has a unit", () => {
    check("It used 2000 GPUs and 1999 MB.", [{ text: "2000 GPUs", value: 2000 }, { text: "1999 MB", value: 1999 }]);
  });
});
