// Any input segments without throwing, in order, without overlaps: empty text, one huge line,
// random code points, lines of noise, a file that starts mid-sentence.
import { strict as assert } from "node:assert";
import { check, segment } from "./checkArticles";

function randomText(seed: number, length: number): string {
  let x = seed, out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += x % 37 === 0 ? "\n" : String.fromCodePoint(x % 0x2ffff);
  }
  return out;
}

describe("articles: robustness", () => {
  it("returns no article for an empty or blank file", () => {
    assert.deepEqual(segment(""), []);
    assert.deepEqual(segment("\n  \r\n\t\n"), []);
  });

  it("segments a 2 MB single line as one article", () => {
    check("Word and more words. ".repeat(100_000), [{ line: 0 }]);
  });

  it("segments random code points without throwing", () => {
    for (const seed of [1, 7, 42]) assert.ok(segment(randomText(seed, 20_000)).length >= 1);
  });

  it("survives footers with nothing after them and footers everywhere", () => {
    check("Read More\nRead More\n\nRead More\n", [{ line: 0 }]);
    assert.ok(segment("The post x appeared first on y.\n".repeat(500)).length >= 1);
  });

  it("marks a file that starts mid-sentence as a fragment", () => {
    check("and so the second trial ended early because the pumps failed twice in one night.\n\nA new trial began in spring with better pumps.", [
      { line: 0, fragment: true, evidence: /starts mid-sentence/ },
    ]);
  });

  it("does not take a name with an inner capital for a cut sentence", () => {
    check("iPhone cameras now shoot in a raw format that keeps more detail in the shadows.", [{ line: 0, fragment: false }]);
  });
});
