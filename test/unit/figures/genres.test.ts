// Figures in text genres and number notations the sample corpus lacks: subtitles and
// transcripts, changelogs, citations and reference lists, dates and times, number typography
// (spaced thousands, decimal commas, vulgar fractions, superscript powers, symbols), money
// codes, and sport, medicine and science. Every sentence is invented; each row lists every
// figure expected in it (optional-tier dates and spelled-out numbers are hidden by default).
import { check, type Expected } from "./checkFigures";

type Row = [string, Expected[]];

function checkAll(rows: Row[]): void {
  for (const [fixture, expected] of rows) check(fixture, expected);
}

describe("figures: subtitles and transcripts", () => {
  it("reads no figure in cue numbers, cue timings or stage directions", () => checkAll([
    ["1\n00:01:23,456 --> 00:01:25,000\nWe cut the bill by about twenty percent.", []],
    ["WEBVTT\n\n00:02.000 --> 00:04.500\n[Music]", []],
    ["14\n00:14:10,010 --> 00:14:12,200\nAnd the battery lasts 18 hours.", [{ text: "18 hours", value: 18, unit: "h" }]],
    ["00:00:05.120 --> 00:00:08.900\nThe dam holds 4 million cubic metres of water.", [{ text: "4 million cubic metres", value: 4e6, unit: "m³" }]],
    ["[Music] [Applause]", []],
    ["MARIA: Dozens of towns signed up in the first week.", []],
  ]));
  it("reads figures after speaker labels and time codes", () => checkAll([
    ["ALEX [00:03:15]: The rover drove 12 kilometres in a day.", [{ text: "12 kilometres", value: 12, unit: "km" }]],
    ["[00:12:04] HOST: The farms cut water use by 30 percent last year.", [{ text: "30 percent", value: 30, unit: "%" }]],
    ["SPEAKER 2: Our fleet grew to 40 trucks this spring.", [{ text: "40 trucks", value: 40, unit: "trucks" }]],
    ["Q: How many users do you have?\nA: A little over 40,000 paying customers.", [{ text: "over 40,000 paying customers", value: 40000, qualifier: "more than" }]],
    [">> So roughly 30 percent of the grid is solar today.", [{ text: "roughly 30 percent", value: 30, unit: "%", qualifier: "about" }]],
    ["(laughs) Yeah, it took us like 6 months.", [{ text: "6 months", value: 6, unit: "months" }]],
    ["Narrator: Over 3,000 species live in the reef.", [{ text: "Over 3,000 species", value: 3000, qualifier: "more than" }]],
    ["SPEAKER 1: About a third of the 1,200 farms switched.", [{ text: "1,200 farms", value: 1200, unit: "farms" }]],
  ]));
});

describe("figures: changelogs and release notes", () => {
  it("skips versions, tags and issue numbers, keeps counts and changes", () => checkAll([
    ["v2.3.1 (2024-05-01)", []],
    ["## [2.3.1-rc.2] - 2024-04-12", []],
    ["- Fix crash when parsing empty files (#1234)", []],
    ["Closes #88 and #91; see PR #1002.", []],
    ["Bumped lodash from 4.17.20 to 4.17.21.", []],
    ["- Bump version to 0.14.0-beta.3", []],
    ["Full Changelog: v1.2.0...v1.3.0", []],
    ["Upgraded to React 18 and TypeScript 5.4.", []],
    // A bullet opens the sentence, so the capitalised verb before the count is no name ("Merged 37").
    ["- Merged 37 PRs from 12 contributors.", [{ text: "37 PRs", value: 37, unit: "PRs" }, { text: "12 contributors", value: 12 }]],
    ["* Startup is now 2x faster on large workspaces (#4410).", [{ text: "2x", value: 2, unit: "x" }]],
    ["* Reduced memory use by ~40% when indexing.", [{ text: "~40%", value: 40, qualifier: "about" }]],
    ["Released version 5.0.0 with 140 bug fixes.", [{ text: "140 bug fixes", value: 140 }]],
    // A bound after a product name is a version requirement; the memory size is a figure.
    ["Dropped support for Node 16; requires Node >= 18.", []],
    ["Requires Python >= 3.9 and 8 GB of RAM.", [{ text: "8 GB", value: 8, unit: "GB" }]],
    ["The 2.0 release cut install size by 60%.", [{ text: "60%", value: 60 }]],
    ["The bundle shrank from 1.4 MB to 890 kB.", [{ text: "1.4 MB", value: 1.4 }, { text: "890 kB", value: 890 }]],
    ["Build time went from 12 min to 4 min 30 s.", [{ text: "12 min", value: 12 }, { text: "4 min", value: 4 }, { text: "30 s", value: 30 }]],
    ["Commit a3f9c21 fixed the 3 failing tests.", [{ text: "3 failing tests", value: 3 }]],
    ["This release contains 214 commits from 31 contributors.", [{ text: "214 commits", value: 214 }, { text: "31 contributors", value: 31 }]],
    ["Fixed 12 regressions reported since the last beta.", [{ text: "12 regressions", value: 12 }]],
  ]));
});

describe("figures: citations and references", () => {
  it("skips reference numbers, pages, volumes and ids, keeps reported results", () => checkAll([
    ["Smith et al. (2021) report a 12% drop in error.", [{ text: "12%", value: 12 }]],
    ["As shown in Table 3 and Fig. 2b, accuracy rises.", []],
    // "Eq. (7)": a numbering noun before a parenthesised number names it.
    ["See Section 4.1 and Eq. (7) for the derivation.", []],
    ["Eq. (7) gives the update rule; Eqs. 8–10 follow.", []],
    ["Previous studies [12], [14–16] found similar effects.", []],
    // Volume(issue) and the pages after it are a reference's coordinates, not quantities.
    ["Journal of Things 12(3), pp. 45–67.", []],
    ["Smith, J. (2020). River models. Journal of Water, 12(3), 45–67. doi:10.1000/xyz123", []],
    ["Vol. 58, No. 4, 2020, pp. 1123–1140.", []],
    ["Volume 12, Issue 3 was published in spring.", []],
    ["ISBN 978-3-16-148410-0", []],
    ["doi:10.1038/s41586-021-03819-2", []],
    ["arXiv:2106.09685v2 [cs.CL]", []],
    ["Jones and Lee (2019, p. 112) counted 480 nests.", [{ text: "480 nests", value: 480 }]],
    ["The original paper [7] used 1,000 images per class.", [{ text: "1,000 images", value: 1000 }]],
    ["Foo et al. [23] report an accuracy of 91.2%.", [{ text: "91.2%", value: 91.2 }]],
    ["Figure 4b: Latency per request for 8 workers.", [{ text: "8 workers", value: 8 }]],
    ["Chapter 12 covers 30 case studies.", [{ text: "30 case studies", value: 30 }]],
  ]));
});

describe("figures: dates and times", () => {
  it("leaves dates, times, quarters and fiscal years out of the required figures", () => checkAll([
    ["The update ships on 2024-05-01 at 10:30 am UTC.", []],
    ["Revenue in Q3 2024 reached $2.1 billion.", [{ text: "$2.1 billion", value: 2.1e9, unit: "USD" }]],
    ["In FY2023 the agency spent €450 million.", [{ text: "€450 million", value: 4.5e8, unit: "EUR" }]],
    ["H1 sales rose 9% while H2 was flat.", [{ text: "9%", value: 9 }]],
    // The clipped year of "Q4'23" and "FY'24" belongs to the quarter, not to the sentence's counts.
    ["Sales in Q4'23 hit 1.1 million units.", [{ text: "1.1 million units", value: 1.1e6 }]],
    ["The fiscal year FY'24 ended with $3.1B in revenue.", [{ text: "$3.1B", value: 3.1e9 }]],
    ["The race started at 07:45:30 local time.", []],
    ["On 05/06/2023 the site went down for 3 hours.", [{ text: "3 hours", value: 3, unit: "h" }]],
    ["It happened at 3 pm on Jan. 4.", []],
    ["The store opens at 9:00 and closes at 17:30.", []],
    ["Tickets went on sale at 9:00 a.m. on 3 June.", []],
    // Clock notation for a duration reads as a time (optional tier), as a time of day does.
    ["He ran the marathon in 2:03:45.", []],
    ["She set a record of 3:51.2 in the mile.", []],
  ]));
});

describe("figures: number typography", () => {
  it("reads thousands grouped by thin, narrow no-break or plain spaces", () => checkAll([
    ["The city has 1\u2009000\u2009000 residents.", [{ text: "1\u2009000\u2009000 residents", value: 1e6, unit: "residents" }]],
    ["The archive holds 2\u202f500\u202f000 pages.", [{ text: "2\u202f500\u202f000 pages", value: 2.5e6 }]],
    ["The survey covered 12 345 households.", [{ text: "12 345 households", value: 12345 }]],
    ["We recorded 1 000 hours of audio.", [{ text: "1 000 hours", value: 1000, unit: "h" }]],
    // A number before a hyphenated measure is not its thousands ("3 100-metre" is no 3,100); the
    // bare 3 before another number is read as part of a name, as in "Llama 3 8B".
    ["We tried 3 100-metre sprints and 2 laps.", [{ text: "100-metre", value: 100, unit: "m" }, { text: "2 laps", value: 2 }]],
  ]));
  it("reads decimal commas before a percent sign, signs and bare decimal points", () => checkAll([
    ["The report cites a rate of „3,5 %“ for Germany.", [{ text: "3,5 %", value: 3.5, unit: "%" }]],
    ["Growth slowed to 0,8 % in the euro area.", [{ text: "0,8 %", value: 0.8, unit: "%" }]],
    ["The fund charges 0,75 % a year.", [{ text: "0,75 %", value: 0.75 }]],
    ["Temperatures dropped to −3.2 °C overnight.", [{ text: "−3.2 °C", value: -3.2, unit: "°C" }]],
    ["The gap narrowed to −0.4 points.", [{ text: "−0.4 points", value: -0.4 }]],
    ["Latency fell by 3 ms (−12%).", [{ text: "3 ms", value: 3 }, { text: "−12%", value: -12 }]],
    ["The fund returned +8.4% last year.", [{ text: "+8.4%", value: 8.4 }]],
    ["The batter hit .312 for the season.", [{ text: ".312", value: 0.312 }]],
    // A leading "." before a number with its own decimal part is no decimal point (no NaN).
    ["The counter read .0.0 and then 45 volts.", [{ text: "0.0", value: 0 }, { text: "45 volts", value: 45 }]],
  ]));
  it("reads vulgar fractions and superscript powers of ten", () => checkAll([
    ["About ½ of the budget went to salaries.", [{ text: "About ½", value: 0.5, dimension: "ratio", qualifier: "about" }]],
    ["Only ¼ of the panels were replaced.", [{ text: "¼", value: 0.25, dimension: "ratio" }]],
    ["The hike takes 2½ hours each way.", [{ text: "2½ hours", value: 2.5, unit: "h" }]],
    ["It took 1½ years to build.", [{ text: "1½ years", value: 1.5, unit: "years" }]],
    ["The sample contained 10⁶ cells per millilitre.", [{ text: "10⁶ cells", value: 1e6, unit: "cells" }]],
    ["The error fell to 3 × 10⁻⁴ after tuning.", [{ text: "3 × 10⁻⁴", value: 3e-4 }]],
    ["The star is 1.3 × 10⁴ light-years away.", [{ text: "1.3 × 10⁴ light-years", value: 13000, unit: "light-years" }]],
    ["Each chip holds 2.4×10^9 transistors.", [{ text: "2.4×10^9 transistors", value: 2.4e9 }]],
  ]));
  it("reads bounds, multipliers and ratios written with symbols", () => checkAll([
    ["The ping is ≈ 3 ms within the region.", [{ text: "≈ 3 ms", value: 3, qualifier: "about" }]],
    ["Coverage must be ≥ 95 % for the release.", [{ text: "≥ 95 %", value: 95, qualifier: "at least" }]],
    ["Under <1% of builds fail.", [{ text: "<1%", value: 1, qualifier: "less than" }]],
    ["The drug's half-life is ~36 h.", [{ text: "~36 h", value: 36, unit: "h", qualifier: "about" }]],
    ["The new kernel is 3–5× faster on reads.", [{ text: "3–5×", value: 3, valueHigh: 5, unit: "x" }]],
    ["The new parser is 2x faster than the old one.", [{ text: "2x", value: 2, unit: "x" }]],
    ["Downloads rose 5x, to 2.3M a month.", [{ text: "5x", value: 5 }, { text: "2.3M", value: 2.3e6 }]],
    ["The split is 50/50 between the two teams.", [{ text: "50/50", dimension: "ratio" }]],
    ["The mix uses a 1:4 ratio of cement to sand.", [{ text: "1:4", value: 0.25, dimension: "ratio" }]],
    ["Support is staffed 24/7 by 40 agents.", [{ text: "40 agents", value: 40 }]],
    ["The drug cut symptoms by 30–40 %.", [{ text: "30–40 %", value: 30, valueHigh: 40, unit: "%" }]],
  ]));
});

describe("figures: money with codes and symbols", () => {
  it("reads currency codes, symbols and magnitude suffixes", () => checkAll([
    ["The unit posted sales of USD 4.5bn last year.", [{ text: "USD 4.5bn", value: 4.5e9, unit: "USD" }]],
    ["The council approved €3.2m for new bike lanes.", [{ text: "€3.2m", value: 3.2e6, unit: "EUR" }]],
    ["She earns £12k more than her peers.", [{ text: "£12k", value: 12000, unit: "GBP" }]],
    ["The plan costs $0.99/month after the trial.", [{ text: "$0.99", value: 0.99, unit: "USD" }]],
    ["A bowl of ramen costs ¥100 more in Tokyo.", [{ text: "¥100", value: 100, unit: "JPY" }]],
    ["The fee is ¥1,200 per night.", [{ text: "¥1,200", value: 1200, unit: "JPY" }]],
    ["The project cost AU$2.3 million.", [{ text: "AU$2.3 million", value: 2.3e6, unit: "AUD" }]],
    ["The project cost NZ$40 million.", [{ text: "NZ$40 million", value: 4e7, unit: "NZD" }]],
    ["Tickets sell for $15–$25 each.", [{ text: "$15–$25", value: 15, valueHigh: 25, unit: "USD" }]],
    ["The bill came to $1,234.56 in total.", [{ text: "$1,234.56", value: 1234.56 }]],
    ["They lost $5B+ in market value.", [{ text: "$5B+", value: 5e9, qualifier: "at least" }]],
  ]));
});

describe("figures: sport, medicine and science", () => {
  it("reads scores, statistics, clinical measures and physical units", () => checkAll([
    ["She scored 27 points and grabbed 11 rebounds.", [{ text: "27 points", value: 27 }, { text: "11 rebounds", value: 11 }]],
    ["The defender made 9 tackles in 78 minutes.", [{ text: "9 tackles", value: 9 }, { text: "78 minutes", value: 78, unit: "min" }]],
    // Both sides of a score are counts, the lone 1 included; a score is no range.
    ["The team won 4–1 at home.", [{ text: "4", value: 4 }, { text: "1", value: 1 }]],
    ["The team's record is 42-40 after the loss.", [{ text: "42", value: 42 }, { text: "40", value: 40 }]],
    ["Patients with a BMI 31 or higher were excluded.", [{ text: "BMI 31 or higher", value: 31, unit: "BMI", qualifier: "at least" }]],
    ["The effect was significant (p < 0.001, n = 1,024).", [{ text: "< 0.001", value: 0.001, qualifier: "less than" }, { text: "1,024", value: 1024 }]],
    ["The signal exceeded 3 σ in two channels.", [{ text: "3 σ", value: 3, unit: "σ" }]],
    ["The detection reached 5σ significance.", [{ text: "5σ", value: 5, unit: "σ" }]],
    ["Heart rate averaged 72 bpm at rest.", [{ text: "72 bpm", value: 72, unit: "bpm", dimension: "frequency" }]],
    ["The quake measured magnitude 7.8 on the Richter scale.", [{ text: "magnitude 7.8", value: 7.8, unit: "magnitude" }]],
    ["The cohort (N = 312) was followed for 5 years.", [{ text: "312", value: 312 }, { text: "5 years", value: 5 }]],
    ["Sensitivity was 92.1% (95% CI: 89.0–94.5).", [{ text: "92.1%", value: 92.1 }, { text: "95%", value: 95 }, { text: "89.0–94.5", value: 89, valueHigh: 94.5 }]],
    ["The patient's HbA1c fell from 8.1% to 6.9%.", [{ text: "8.1%", value: 8.1 }, { text: "6.9%", value: 6.9 }]],
    ["Systolic pressure dropped 11 mmHg (p = 0.003).", [{ text: "11 mmHg", value: 11 }, { text: "0.003", value: 0.003 }]],
    ["The cohort included 4,312 men and 3,987 women.", [{ text: "4,312 men", value: 4312 }, { text: "3,987 women", value: 3987 }]],
    ["Around 1 in 4 adults (N > 2,000) reported pain.", [{ text: "Around 1 in 4", value: 0.25, qualifier: "about" }, { text: "> 2,000", value: 2000, qualifier: "more than" }]],
    ["The virus has an R0 of about 2.5.", [{ text: "about 2.5", value: 2.5, qualifier: "about" }]],
    ["She ran 100 m in 10.49 s.", [{ text: "100 m", value: 100, unit: "m" }, { text: "10.49 s", value: 10.49, unit: "s" }]],
    ["The telescope resolves 0.1 arcseconds.", [{ text: "0.1 arcseconds", value: 0.1 }]],
  ]));
});
