// Background, praise and description that hold claim words but assert no checkable fact, each
// beside a near miss that stays a claim, so a rule that drops too much fails as well.
import { strict as assert } from "node:assert";
import { detectIn, type FixtureExtras } from "./claimFixture";

/** The claims found in `fixture` are exactly `expected` (their texts, in order). */
function check(fixture: string, expected: string[], extras: FixtureExtras = {}): void {
  assert.deepEqual(detectIn(fixture, extras).map((c) => c.text), expected);
}

describe("claim background and qualifying clauses", () => {
  it("does not take a 'can' in a relative or causal clause for the sentence's ability", () => {
    check("Sorting the ledgers is often the first chore because it can guide the later audits.", []);
    check("Our study put us on a path toward a planner that can have real value for crews.", []);
    check("The pump can lift water from the lower tank without priming.", ["The pump can lift water from the lower tank without priming."]);
    // After a verb of finding, "that" opens the reported fact itself.
    check("We discovered that we can grow the crystal at room temperature.", ["We discovered that we can grow the crystal at room temperature."]);
  });

  it("does not take a possibility or a membership ('can vary', 'can include') for an ability", () => {
    check("Tide heights can vary sharply between neighbouring bays.", []);
    check("A crew roster can include pilots, medics and cooks.", []);
  });

  it("does not take a purpose ('to support', 'to improve') for an outcome or an ability", () => {
    check("The club fitted sensors to support gardeners who work at night.", []);
    check("The kiln was redesigned to improve the glaze on large bowls.", []);
    check("The redesigned kiln improves the glaze on large bowls.", ["The redesigned kiln improves the glaze on large bowls."]);
  });

  it("drops promotional praise and sweeping background without a figure", () => {
    check("By combining drones and soil maps, we are empowering farms of all sizes to unlock insights from even the largest fields.", []);
    check("The toolkit democratizes weather modelling by enabling hobbyists to run forecasts.", []);
    check("Weaving forms an increasingly important part of the town economy, allowing the growth of new trades.", []);
    check("Ferrox is an effort aimed at some of humanity's most pressing challenges, applying our tools to improve lives.", []);
    check("This is often deeply frustrating for the riders and can be equally so for their coaches.", []);
    check("The toolkit lets hobbyists run forecasts on [[4]] laptops at once.", ["The toolkit lets hobbyists run forecasts on 4 laptops at once."]);
  });

  it("does not read a compound or an analogy as a comparison", () => {
    check("The firm studied the cost-versus-comfort trade-off in train seats.", []);
    check("This is similar to how bakers adjust recipes for altitude.", []);
    check("The new seat is similar to the old one in weight and cost.", ["The new seat is similar to the old one in weight and cost."]);
  });

  it("does not read an attributive 'publicly available' or a noun 'launch' as a release", () => {
    check("The survey covers maps, diaries and other publicly available material about the valley.", []);
    check("Every launch in the rocket club is planned for weeks.", []);
    check("The valley survey is publicly available on the county website.", ["The valley survey is publicly available on the county website."]);
  });

  it("treats ongoing research and section overviews as no result", () => {
    check("We are focusing on three coastal towns where new sensors can help fishers.", []);
    check("In this section, we describe how the relay supports encrypted links to achieve privacy.", []);
  });

  it("treats a post's title line as navigation, even one that states a figure", () => {
    const extras: FixtureExtras = { articleLines: [[0, 1]], titled: true };
    // Too long and too verb-like for the heading rule: only its place as the title marks it.
    check("Quillon now supports offline maps for hikers, cyclists and climbers in every national park of the region\nThe app stores tiles on the phone.", [], extras);
    // A headline announces what the body states (ANNOTATION.md: navigation); the body's sentence is the claim.
    check("Quillon cuts map size by [[40%]] for hikers\nThe app now stores tiles in [[40%]] less space.", ["The app now stores tiles in 40% less space."], extras);
    // A title inside its line (front matter's 'title: "…"') is the title all the same.
    check("title: \"Quillon cuts map size by [[40%]]\"\nThe app now stores tiles in [[40%]] less space.", ["The app now stores tiles in 40% less space."], { ...extras, titleOffset: 8 });
  });

  it("takes a negative universal or 'the newest' as a ranking claim", () => {
    check("Other kilns exist, but none so far have been able to fire porcelain this evenly.", ["Other kilns exist, but none so far have been able to fire porcelain this evenly."]);
    check("Wrenfield is the newest kiln in the county, built for stoneware.", ["Wrenfield is the newest kiln in the county, built for stoneware."]);
  });

  it("reads alt text with a hyphenated noun as a caption", () => {
    check("Two bar-plots showing the speed of the old and the new kiln compared to gas.", []);
  });
});
