// Hard-wrapped paragraphs: a sentence left open at a wrapped line's end goes on to the next
// line, and never across a title, list item, table row, code, speaker turn, field or sentence end.
import { strict as assert } from "node:assert";
import { createTextModel, listSentences } from "../../../server/src/core/document";

/** The sentences of `fixture` (line breaks shown as "⏎"), and each one's start and end line. */
function check(fixture: string, expected: string[]): void {
  const sentences = listSentences(createTextModel(fixture));
  assert.deepEqual(sentences.map((s) => s.text.replace(/\r?\n/g, "⏎")), expected, fixture);
  for (const s of sentences) {
    assert.equal(fixture.slice(s.span.start, s.span.end), s.text);
    assert.equal(s.endLine - s.line, (s.text.match(/\n/g) ?? []).length);
  }
}

describe("sentences across wrapped lines", () => {
  it("joins a sentence wrapped onto a lower-case line", () => {
    check("The ferry company says the new hulls burn far less fuel than the old\nones did, and crews like them.\n", [
      "The ferry company says the new hulls burn far less fuel than the old⏎ones did, and crews like them.",
    ]);
  });

  it("joins a digit, bracket or capital after a line stopping mid-clause, then splits at the period", () => {
    check([
      "The council bought eleven electric buses for the northern routes in",
      "2022, and ridership on those lines grew by a fifth during the",
      "(admittedly mild) winter. Drivers praised the quiet cabins and the",
      "Kestrel depot staff said charging went smoothly every night.",
    ].join("\n"), [
      "The council bought eleven electric buses for the northern routes in⏎2022, and ridership on those lines grew by a fifth during the⏎(admittedly mild) winter.",
      "Drivers praised the quiet cabins and the⏎Kestrel depot staff said charging went smoothly every night.",
    ]);
  });

  it("joins CRLF-wrapped lines and chains over several lines", () => {
    check("A volunteer group counted migrating cranes from four hides along the\r\nmarsh every morning for six weeks and reported the totals to the\r\nregional office.", [
      "A volunteer group counted migrating cranes from four hides along the⏎marsh every morning for six weeks and reported the totals to the⏎regional office.",
    ]);
  });

  it("keeps a continuation of a wrapped list item with its item", () => {
    check("- The pilot plant recycled most of its rinse water during the dry\n  months, according to the operator.\n- Energy use stayed flat.", [
      "- The pilot plant recycled most of its rinse water during the dry⏎  months, according to the operator.", "- Energy use stayed flat.",
    ]);
  });

  it("does not join across a line that ends a sentence or a blank line", () => {
    check("The library extended its opening hours on weekdays to nine at night.\nvisitors noticed at once.", [
      "The library extended its opening hours on weekdays to nine at night.", "visitors noticed at once.",
    ]);
    check("The library extended its opening hours on weekdays until late in the\n\nevening, a spokesperson said.", [
      "The library extended its opening hours on weekdays until late in the", "evening, a spokesperson said.",
    ]);
    check("The museum reopened its north wing to visitors after a long closure:\nthree galleries are new.", [
      "The museum reopened its north wing to visitors after a long closure:", "three galleries are new.",
    ]);
  });

  it("joins quoted lines of the same depth, not a quote onto a deeper one or onto the reply", () => {
    check("> The harbour master wrote that the old gauge drifted for several years\n> and nobody noticed it.", [
      "> The harbour master wrote that the old gauge drifted for several years⏎> and nobody noticed it.",
    ]);
    check("> The harbour master wrote that the old gauge drifted for several years\n>> and nobody noticed it.", [
      "> The harbour master wrote that the old gauge drifted for several years", ">> and nobody noticed it.",
    ]);
    check("> The harbour master wrote that the old gauge drifted for several years\nand nobody noticed it.", [
      "> The harbour master wrote that the old gauge drifted for several years", "and nobody noticed it.",
    ]);
  });

  it("does not join a short line or a title onto the next", () => {
    check("Harbour pumps get an upgrade\nafter the spring floods.", ["Harbour pumps get an upgrade", "after the spring floods."]);
    check("Why Coastal Towns Are Rebuilding Their Pumping Stations Before Winter\nby the harbour desk", [
      "Why Coastal Towns Are Rebuilding Their Pumping Stations Before Winter", "by the harbour desk",
    ]);
    check("# Notes on the rebuilt pumping stations along the eastern shoreline\nwith photos", [
      "# Notes on the rebuilt pumping stations along the eastern shoreline", "with photos",
    ]);
  });

  it("does not join list items, table rows, code or quoted lines", () => {
    check("The survey asked residents which of these changes they had noticed in\n- cleaner streets\n- fewer potholes", [
      "The survey asked residents which of these changes they had noticed in", "- cleaner streets", "- fewer potholes",
    ]);
    check("The survey asked residents which of these changes they had noticed in\n1. the spring", [
      "The survey asked residents which of these changes they had noticed in", "1. the spring",
    ]);
    check("| district | potholes fixed | streets swept | complaints |  notes  |\n| north | 40 | 12 | 3 |", [
      "| district | potholes fixed | streets swept | complaints |  notes  |", "| north | 40 | 12 | 3 |",
    ]);
    check("district      potholes fixed      streets swept      complaints\nnorth         40                  12                 3", [
      "district      potholes fixed      streets swept      complaints", "north         40                  12                 3",
    ]);
    check("The loader reads the settings file and then falls back to defaults for\nconst timeout = readTimeout(config);", [
      "The loader reads the settings file and then falls back to defaults for", "const timeout = readTimeout(config);",
    ]);
    check("The loader reads the settings file and then falls back to defaults for\n        missing keys in the table", [
      "The loader reads the settings file and then falls back to defaults for", "missing keys in the table",
    ]);
  });

  it("does not join speaker turns, field lines or links", () => {
    check("HOST: So tell me how the new sensors changed the way you plan the\nGUEST: Well, we plan around the tides now.", [
      "HOST: So tell me how the new sensors changed the way you plan the", "GUEST: Well, we plan around the tides now.",
    ]);
    check("Subject: Re: harbour sensors and the budget for the coming season of\nrepairs", [
      "Subject: Re: harbour sensors and the budget for the coming season of", "repairs",
    ]);
    check("The monthly tide tables for every harbour on the coast are posted at\nhttps://tides.example.org/monthly", [
      "The monthly tide tables for every harbour on the coast are posted at", "https://tides.example.org/monthly",
    ]);
    check("The committee approved the plan after a long debate about costs and\nurl: https://example.org/plan", [
      "The committee approved the plan after a long debate about costs and", "url: https://example.org/plan",
    ]);
  });

  it("does not join a capital after a line ending on a content word", () => {
    check("The water board met on Tuesday to review the pump contract renewal\nResidents asked about noise.", [
      "The water board met on Tuesday to review the pump contract renewal", "Residents asked about noise.",
    ]);
  });

  it("leaves paragraph-per-line text as it was", () => {
    const long = "The regional grid operator reported that battery storage covered the evening peak on most days this winter, which it had not managed in any earlier year";
    check(`${long}\nand prices fell.`, [long, "and prices fell."]);
  });

  it("stops growing a sentence at a practical length and stays linear on long wrapped text", () => {
    const line = "and the pumps kept running through the night without any pause or";
    const text = Array.from({ length: 200000 }, () => line).join("\n");
    const t0 = Date.now();
    const sentences = listSentences(createTextModel(text));
    assert.ok(Date.now() - t0 < 5000);
    assert.ok(sentences.length > 200000 * line.length / 2100 && sentences.every((s) => s.text.length <= 2000));
  });
});
