// Names for posts without a title line, made from their own text.
import { strict as assert } from "node:assert";
import { countNames, deriveTitle, findCommonNames, shortenFirstSentence } from "../../../server/src/core/articles/derivedTitle";

function checkTitle(text: string, expected: string, common: string[] = []): void {
  assert.equal(deriveTitle(text, new Set(common)), expected);
}

describe("articles: derived titles", () => {
  it("prefers the recurring name the opening introduces", () => {
    checkTitle("Cities lose heat through old windows. The Harbour Energy Survey (HES) measured it in winter.\nHES crews used thermal cameras.\nWindows leaked most in HES data from Northgate and Northgate again, Northgate.", "Harbour Energy Survey");
  });

  it("takes the name a post keeps repeating when the opening names nothing", () => {
    checkTitle("Most farms still plan irrigation by hand.\nA second paragraph says little.\nWe built CropCast for this. CropCast reads soil probes. CropCast sends a plan each morning.", "CropCast");
  });

  it("skips names common to the whole file", () => {
    checkTitle("Contoso Labs built a tool. Contoso Labs tested it.\nContoso Labs shipped it to Contoso Labs staff.", "Contoso Labs");
    checkTitle("The Contoso Labs team built a tool. The Contoso Labs team tested it.\nThe Contoso Labs staff liked it.", "The Contoso Labs team built a tool", ["Contoso Labs"]);
    const common = findCommonNames([countNames("We at Contoso Labs like GraphKit."), countNames("Contoso Labs made TileMap."), countNames("Contoso Labs again.")]);
    assert.ok(common.has("Contoso Labs") && !common.has("GraphKit"));
  });

  it("shortens a first sentence to eight words", () => {
    assert.equal(shortenFirstSentence("Short one."), "Short one");
    assert.equal(shortenFirstSentence("One two three four five six seven eight nine ten."), "One two three four five six seven eight…");
  });
});
