// Qualifiers canonicalised to "more than", "less than", "up to", "at least", "about".
import { check } from "./checkFigures";

describe("figures: qualifiers", () => {
  const cases: [string, string, string][] = [
    ["We indexed over 900 repositories.", "over 900 repositories", "more than"],
    ["We indexed more than 900 repositories.", "more than 900 repositories", "more than"],
    ["Speedups above 40% are rare.", "above 40%", "more than"],
    ["It rejects loads exceeding 5 kW.", "exceeding 5 kW", "more than"],
    ["Quantizing with >300x lower cost.", ">300x", "more than"],
    ["It runs in under 9 ms.", "under 9 ms", "less than"],
    ["It uses fewer than 12 nodes.", "fewer than 12 nodes", "less than"],
    ["Error stays below 0.5%.", "below 0.5%", "less than"],
    ["The p-value was <0.01 here.", "<0.01", "less than"],
    ["It trains up to 3.5x faster.", "up to 3.5x", "up to"],
    ["It needs at least 64 GB.", "at least 64 GB", "at least"],
    ["It costs about $40 per seat.", "about $40", "about"],
    ["It took nearly 11 weeks.", "nearly 11 weeks", "about"],
    ["It holds approximately 7,000 items.", "approximately 7,000 items", "about"],
    ["It reached roughly 88 percent.", "roughly 88 percent", "about"],
    ["It spans around 30 km.", "around 30 km", "about"],
    ["It finished almost 2 hours early.", "almost 2 hours", "about"],
    ["It reads ~120 tokens each.", "~120 tokens", "about"],
    ["It weighs ≈ 3 kg.", "≈ 3 kg", "about"],
    ["It cost some 400 engineers a week.", "some 400 engineers", "about"],
    ["We need 16 GB or more.", "16 GB or more", "at least"],
  ];
  for (const [fixture, text, qualifier] of cases) {
    it(`"${text}" -> ${qualifier}`, () => check(fixture, [{ text, qualifier: qualifier as never }]));
  }
  it("leaves unqualified numbers without a qualifier", () => {
    check("We trained 14 models.", [{ text: "14 models", qualifier: null }]);
  });
});
