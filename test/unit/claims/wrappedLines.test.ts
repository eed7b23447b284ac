// Claims in hard-wrapped paragraphs: a sentence wrapped over lines is judged as one, so a cue
// on one line and its subject or figure on the next still make a claim, spanning both lines.
import { strict as assert } from "node:assert";
import { detectIn } from "./claimFixture";

/** The claims of `fixture` (line breaks shown as "⏎") and the lines each one spans. */
function check(fixture: string, expected: [text: string, startLine: number, endLine: number][]): void {
  const claims = detectIn(fixture);
  assert.deepEqual(claims.map((c) => [c.text.replace(/\r?\n/g, "⏎"), c.range.start.line, c.range.end.line]), expected);
}

describe("claims across wrapped lines", () => {
  it("finds a finding whose cue and figure sit on different lines", () => {
    check("Engineers at the port found that the old tide gauge had drifted\nby more than [[four centimetres]] since it was installed.\n", [
      ["Engineers at the port found that the old tide gauge had drifted⏎by more than four centimetres since it was installed.", 0, 1],
    ]);
  });

  it("finds a superlative wrapped before its last words", () => {
    check("The new sorting line at the regional depot is now the fastest in the\nworld, the manufacturer says.", [
      ["The new sorting line at the regional depot is now the fastest in the⏎world, the manufacturer says.", 0, 1],
    ]);
  });

  it("keeps a study's subject with its finding on the next line", () => {
    check("A survey of [[600 households]] carried out by the housing office\nfound that most tenants now heat only one room in winter.", [
      ["A survey of 600 households carried out by the housing office⏎found that most tenants now heat only one room in winter.", 0, 1],
    ]);
  });

  it("reads a wrapped sentence's words across the break, as with a space", () => {
    // "please see" sends the reader elsewhere: no claim, though a figure follows.
    check("For the raw readings from all of the harbour wall sensors, please\nsee the appendix, which lists all [[240 sensors]].", []);
  });

  it("reads a quoted wrapped sentence without the quote marks of its second line", () => {
    check("> A reader says the new pump house on Mill Lane moves [[1,500 litres]]\n> per second at full load. Is that right?", [
      ["A reader says the new pump house on Mill Lane moves 1,500 litres⏎> per second at full load.", 0, 1],
    ]);
  });

  it("starts the next sentence mid-line after a wrapped one, and keeps CRLF offsets", () => {
    const fixture = "The city installed [[240 pressure sensors]] along the harbour wall in\r\n2023, and storm damage fell by [[35 percent]] in the first winter. Crews\r\nthanked the volunteers.";
    check(fixture, [["The city installed 240 pressure sensors along the harbour wall in⏎2023, and storm damage fell by 35 percent in the first winter.", 0, 1]]);
    const [claim] = detectIn(fixture);
    assert.equal(claim.range.end.character, "2023, and storm damage fell by 35 percent in the first winter.".length);
  });

  it("does not join a title onto the first paragraph", () => {
    check("Harbour Sensors Cut Flood Losses Along the Whole Northern Coast\nby [[35 percent]] in one winter, the flood office says.", [
      ["by 35 percent in one winter, the flood office says.", 1, 1],
    ]);
  });
});
