// Claim detection across layouts other than blog prose: podcast transcripts, author bios,
// tutorial steps and bullets, pipe tables, code dumps, figure pointers and hedged prose.
// Each fixture is invented and written in the layout it stands for.
import { strict as assert } from "node:assert";
import { detectIn, type FixtureExtras } from "./claimFixture";

/** The texts detected as claims in a fixture, in document order. */
function check(fixture: string, expected: string[], extras?: FixtureExtras): void {
  assert.deepEqual(detectIn(fixture, extras).map((c) => c.text), expected);
}

describe("claims in other layouts", () => {
  const transcript = [
    "In this episode, host Rita Vance talks with Omar Lind about river sensors. The tool allows towns to track floods.",
    "",
    "Rita Vance: Welcome to the show. Our guest built a network that lets farmers share water data.",
    "",
    "Omar Lind: Thanks, Rita. So, um, the sensors allowed us to reach folks we never met before.",
    "",
    "Rita Vance: And what happened next?",
    "",
    "Omar Lind: We can do a lot with it. Last spring we installed [[340 sensors]] along the delta.",
  ].join("\n");

  it("keeps only figure-backed statements in a transcript, its intro included", () => {
    check(transcript, ["Last spring we installed 340 sensors along the delta."]);
  });

  it("drops a figure in a filler-laden aside, keeps a plain one", () => {
    const aside = "ANA: Yes. You know, like, [[99 percent]] of the time we, um, just guess.\n\nBEN: Right. Ana: The crew logged [[52 storms]] last year.\n\nBEN: Great.";
    check(aside, ["Ana: The crew logged 52 storms last year."]);
  });

  it("does not treat one labelled line in a blog post as a transcript", () => {
    check("Cache Layer: The new cache allows apps to skip cold starts.\nIt supports three regions across the continent.", [
      "The new cache allows apps to skip cold starts.", "It supports three regions across the continent.",
    ]);
  });

  it("drops the bios under an About the Authors heading until the article ends", () => {
    const text = [
      "The Quillon engine reduces cold starts by [[40%]].", "About the Authors",
      "Lena Moss works closely with customers to enable faster launches and supports [[12 teams]].",
      "Read More", "The Harbor toolkit now supports offline maps for hikers.",
    ].join("\n");
    check(text, ["The Quillon engine reduces cold starts by 40%.", "The Harbor toolkit now supports offline maps for hikers."]);
  });

  it("drops tutorial steps, bulleted or not, and quoted prompts", () => {
    const text = [
      "  1. Choose Deploy to enable the faster runtime.", "  2. Add the role to allow the export jobs.",
      "To avoid extra charges, log out of the console.", "  • “Convert the flag columns to integers (0 and 1)”",
      "You can use the filter panel to simplify the search.", "The console supports dark mode on every page.",
    ].join("\n");
    check(text, ["The console supports dark mode on every page."]);
  });

  it("drops markdown pipe-table rows and JSON data lines", () => {
    const text = [
      "| Engine | Latency | Speed-up |", "| Kite | [[12 ms]] | [[3x]] faster |",
      "    {\"title\": \"Late order\", \"body\": \"Hello. Can you please help me?\"},",
      "    {\"title\": \"Refund\", \"body\": \"The parcel arrived. It can be returned.\"},",
    ].join("\n");
    check(text, []);
  });

  it("treats a figure that only points at results as navigation, a figure stating them as a claim", () => {
    check("Figure 4 shows the paths of the two rovers.\nFigure 4 shows that the tuned rover finishes faster than the baseline.\nFor other settings, see Table 9 in our report.\nThe scores are listed in Table 2, next to the older runs.", [
      "Figure 4 shows that the tuned rover finishes faster than the baseline.",
    ]);
  });

  it("scales down goals, hypotheses, speculation and obligations", () => {
    check([
      "Our goal is to enable drones to outperform pilots.", "We hypothesize that the new tiles improve grip.",
      "Better sorting would transform how depots handle parcels.", "The shield must not increase power draw or enable leaks.",
      "We ask whether lighter frames can improve range.",
    ].join("\n"), []);
  });

  it("keeps a modal that qualifies a noun or a comparison", () => {
    check("Kestrel enables clinics to share records that must remain private.\nTeams gain better results than they would with one dataset.", [
      "Kestrel enables clinics to share records that must remain private.",
      "Teams gain better results than they would with one dataset.",
    ]);
  });

  it("reads a named product offering a feature, or a unique property, as a claim", () => {
    check("Today, Tessel offers a managed queue for small shops.\nThe Wren scheme uniquely preserves tuned settings across sizes.\nIt offers a nice feel.", [
      "Today, Tessel offers a managed queue for small shops.", "The Wren scheme uniquely preserves tuned settings across sizes.",
    ]);
  });
});
