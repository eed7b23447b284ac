// Claims in newsletters, press wires, forums and transcripts: facts stated without a digit or a
// comparative (a study's finding, a change made, a state now in effect, spelled-out numbers) are
// claims; headlines, metadata rows, copyright lines, formulas, advice and plans are not.
// Whole pipeline, invented text.
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

/** Each case: a fixture and whether its (only) sentence is a claim. */
function checkEach(cases: [string, boolean][]): void {
  for (const [fixture, claim] of cases) it(`${claim ? "claim" : "none"}: ${fixture.slice(0, 60)}`, () => check(fixture, claim ? [fixture] : []));
}

describe("metadata lines are no claims", () => {
  checkEach([
    // Bylines and field rows joined by middle dots, bullets or bars, as text or HTML entities.
    ["By Zoë Ångström · 7 min read", false],
    ["Night Shift Radio · Published June 9, 2023 · 52 min", false],
    ["Sat, 04 May 2024 10:00:00 +0000 &middot; Ilse Marr &middot; Networking", false],
    ["quill_fox 4 hours ago | parent | next", false],
    // Mail and listing header fields.
    ["Date: Tue, 9 Jul 2024 08:15:00 +0200", false],
    ["Comments: 14 pages, 6 figures", false],
    // A copyright notice, with the sign or the word and a year.
    ["© 2023 Pebblefield Gazette, 4 Mill Lane, Tarrow", false],
    ["Copyright 2022 Orrin Labs Ltd. All figures are estimates.", false],
    // A sentence with a dot between words is no field row when it is long or ends with a period.
    ["Ferrow Co. · a maker of kilns · now ships 4,000 kilns a year to 30 countries across the whole of Europe and beyond.", true],
  ]);
});

describe("headlines are navigation even with a figure", () => {
  it("drops a press release's headline, keeps its body", () => {
    check("Ferrow Opens 80-Megawatt Kiln Plant in Tarrow\n\nTARROW, May 2, 2024 -- Ferrow today opened a plant that fires 9,000 tiles a day.", [
      "TARROW, May 2, 2024 -- Ferrow today opened a plant that fires 9,000 tiles a day.",
    ]);
  });
});

describe("plans, advice and formulas", () => {
  checkEach([
    // A fact stated first, then a plan joined by "and": the fact makes it a claim.
    ["Pellow employs about 40 staff and plans to hire 20 more next year.", true],
    ["The turbines are rated at 3 MW and are expected to last 25 years.", true],
    // A plan alone, or a company reporting what it will do, is no claim.
    ["Pellow plans to hire 20 more staff next year.", false],
    ["Ferrow GmbH today said it will replace 300 gas kilns with electric ones by 2026.", false],
    // Advice to the reader, with or without a figure; a predicted outcome stays a claim.
    ["For a nightly batch of 5 GB you shouldn't bother with a cluster at all.", false],
    ["With the cache on, you should see 3x fewer disk reads than before.", true],
    // Tuning steps name what to change.
    ["Also raise work_queue_size to 512 for the import run.", false],
    ["Lower the retry limit to 3 before the migration.", false],
    ["Lower latency means happier users.", false],
    // A formula defines its term.
    ["Yield ratio is usable tiles divided by all tiles fired.", false],
    ["Crew efficiency is the ratio of billed hours to paid hours.", false],
    // "shipped" as an adjective names no release.
    ["Doubters note that kiln start-ups have many prototypes and few shipped products.", false],
    ["Ferrow shipped its first electric kiln in March.", true],
  ]);
});

describe("facts without a digit or a comparative", () => {
  checkEach([
    ["A review of 300 bakeries found that most ovens idle half the day.", true],
    ["An earlier study of coastal towns found that ferries rarely run on time.", true],
    ["Tarrow Bank today reported quarterly results ahead of its merger.", true],
    ["We replaced the nightly cron job with a queue worker on the same host.", true],
    ["We moved on to the next topic after lunch.", false],
    ["Our status page now shows per-zone error rates instead of one global rate.", true],
    ["Receipts now sync through the bakery's own server.", true],
    ["We now describe how the oven scheduler works.", false],
    ["The archive is certified under ISO 14001 and the local fire code.", true],
    ["Upgrades from the old plan need no data migration.", true],
    // Spelled-out numbers: opening a sentence, as a percentage, as a count of machines, as a bound.
    ["Eleven of those alarms came from one faulty sensor.", true],
    ["Sixty-one percent of the riders chose the later ferry.", true],
    ["One of the riders missed the ferry.", false],
    ["Three things stand out from the ride.", false],
    ["The outage hit all nine servers at the same moment.", true],
    ["Replicas apply each write with a lag of under one second.", true],
  ]);
});

describe("spoken multipliers", () => {
  it("counts 'doubled' as a figure said aloud in a transcript", () => {
    const transcript = [
      "HOST: Welcome back to the show.",
      "GUEST: Thanks for having me.",
      "HOST: What happened to ferry traffic?",
      "GUEST: Weekend traffic roughly doubled.",
      "GUEST: Weekend traffic grew.",
    ].join("\n");
    check(transcript, ["Weekend traffic roughly doubled."]);
  });
});
