// Claims in genres the sample corpus lacks, read by the whole pipeline (real figures, not
// marked ones): subtitles and diarised transcripts, changelogs, reference lists and citations,
// and number notations that only count once the figure extractor reads them. Invented text.
import { strict as assert } from "node:assert";
import { analyze } from "../../../server/src/core/analysis";

// A closing line with a figure, so the bare-number fallback (used only when a document yields
// no figure at all) does not decide; it is left out of the comparison.
const CLOSING = "The pump draws 40 watts at idle.";

/** The claim texts the pipeline reports in `fixture`, in document order. */
function check(fixture: string, expected: string[]): void {
  const claims = analyze(`${fixture}\n\n${CLOSING}`).claims.map((c) => c.text).filter((t) => t !== CLOSING);
  assert.deepEqual(claims, expected, JSON.stringify(fixture));
}

describe("claims in subtitles and transcripts", () => {
  it("keeps a cue's statement, not its number, timing or stage direction", () => {
    check("1\n00:01:23,456 --> 00:01:25,000\nThe plant now recycles 80% of its water.\n\n2\n00:01:25,500 --> 00:01:28,000\n[Music]", [
      "The plant now recycles 80% of its water.",
    ]);
  });
  const labelled: [string, string[]][] = [
    // Time codes and numbered or one-letter speaker labels are left out of the claim's span.
    ["[00:12:04] HOST: The farms cut water use by 30 percent last year.", ["The farms cut water use by 30 percent last year."]],
    ["00:12:04 HOST: The farms cut water use by 30 percent last year.", ["The farms cut water use by 30 percent last year."]],
    ["SPEAKER 2: Our fleet grew to 40 trucks this spring.", ["Our fleet grew to 40 trucks this spring."]],
    ["Participant 3: We lost about 200 sheep that winter.", ["We lost about 200 sheep that winter."]],
    [">> REPORTER: Police said 14 people were hurt.", ["Police said 14 people were hurt."]],
    ["ALEX [00:03:15]: The rover drove 12 kilometres in a day.", ["The rover drove 12 kilometres in a day."]],
    ["Q: How many users do you have?\nA: We have a little over 40,000 paying customers.", ["We have a little over 40,000 paying customers."]],
    ["Speaker 1: Thanks for having me.", []],
    ["> The new index answers 95% of queries in under 10 ms.", ["The new index answers 95% of queries in under 10 ms."]],
  ];
  for (const [fixture, expected] of labelled) it(fixture.slice(0, 50), () => check(fixture, expected));
});

describe("claims in changelogs and release notes", () => {
  const cases: [string, string[]][] = [
    ["## v2.4.0 (2024-06-03)\n- Fixed a crash in the parser (#2231).\n- Improved cold start time by 35%.\n- Bump version to 2.4.0", [
      "Improved cold start time by 35%.",
    ]],
    ["Full Changelog: v1.2.0...v1.3.0", []],
    ["This release contains 214 commits from 31 contributors.", ["This release contains 214 commits from 31 contributors."]],
    // Credits name a handle or a person and what they gave; "thanks to its cache" gives a cause.
    ["Thanks to @jdoe for 12 contributions!", []],
    ["Thanks to Ana Lee for the 3 reviews.", []],
    ["Thanks to its new cache, the app starts 2x faster.", ["Thanks to its new cache, the app starts 2x faster."]],
  ];
  for (const [fixture, expected] of cases) it(fixture.slice(0, 50), () => check(fixture, expected));
});

describe("claims in citations and reference lists", () => {
  const cases: [string, string[]][] = [
    ["Smith, J. (2020). River models. Journal of Water, 12(3), 45–67. doi:10.1000/xyz123", []],
    ["[12] A. Smith, B. Jones. Deep nets for rivers. In Proc. XYZ, 2020, pp. 45–67.", []],
    ["References\n[1] T. Ng and P. Roy. Wind maps. Nature 512, 44–49 (2014).", []],
    ["Smith et al. (2021) showed that sleep loss raises error rates by 20%.", ["Smith et al. (2021) showed that sleep loss raises error rates by 20%."]],
    ["See Fig. 3 for the full results.", []],
    ["As shown in Table 2, the new method is 3x faster.", ["As shown in Table 2, the new method is 3x faster."]],
  ];
  for (const [fixture, expected] of cases) it(fixture.slice(0, 50), () => check(fixture, expected));
});

describe("claims resting on notations the figure extractor reads", () => {
  const cases: [string, string[]][] = [
    ["About ½ of the budget went to salaries.", ["About ½ of the budget went to salaries."]],
    ["The city has 1 000 000 residents.", ["The city has 1 000 000 residents."]],
    ["The report cites a rate of 3,5 % for Germany.", ["The report cites a rate of 3,5 % for Germany."]],
    ["The trial (n = 1,024) found no effect (p = 0.41).", ["The trial (n = 1,024) found no effect (p = 0.41)."]],
    ["Subscribe now for just $4.99 a month!", []],
  ];
  for (const [fixture, expected] of cases) it(fixture.slice(0, 50), () => check(fixture, expected));
});
