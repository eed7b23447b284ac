// Text model: offsets <-> positions in UTF-16 with CRLF/CR/LF, and sentence splitting.
import { strict as assert } from "node:assert";
import { createTextModel, findLinks, isMetadataLine, splitSentences } from "../../server/src/core/document";

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("text model", () => {
  it("maps offsets to positions across LF, CRLF and CR line breaks", () => {
    const doc = createTextModel("ab\r\ncd\ne\rf");
    assert.equal(doc.lineCount, 4);
    assert.deepEqual(["ab", "cd", "e", "f"], [0, 1, 2, 3].map((l) => doc.lineText(l)));
    assert.deepEqual(doc.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(doc.positionAt(3), { line: 0, character: 2 }, "an offset inside CRLF stays at the line end");
    assert.equal(doc.offsetAt({ line: 2, character: 1 }), 8);
    assert.equal(doc.offsetAt({ line: 9, character: 0 }), doc.text.length);
    assert.equal(doc.offsetAt({ line: 0, character: 99 }), 2, "characters beyond the line clamp to its end");
  });

  it("counts UTF-16 code units, so astral characters take two", () => {
    const doc = createTextModel("😀 x\n");
    assert.deepEqual(doc.positionAt(3), { line: 0, character: 3 });
    assert.equal(doc.lineAt(doc.text.length), 1);
  });

  it("finds URLs without trailing punctuation", () => {
    assert.deepEqual(findLinks("See https://example.org/a_b. Or www.example.com/x, then.").map((l) => l.target), ["https://example.org/a_b", "https://www.example.com/x"]);
  });
});

describe("sentence splitting", () => {
  const cases: [string, string[]][] = [
    ["Dr. Lee met the U.S. team on Jan. 5. It went well.", ["Dr. Lee met the U.S. team on Jan. 5.", "It went well."]],
    ["Version 2.1 reads 3.5 GB at https://x.org/a.b today. Fine.", ["Version 2.1 reads 3.5 GB at https://x.org/a.b today.", "Fine."]],
    ["J. R. Smith wrote it. We agree.", ["J. R. Smith wrote it.", "We agree."]],
    ["It works, e.g. on GPUs. And more… or less. Done!", ["It works, e.g. on GPUs.", "And more… or less.", "Done!"]],
    ["Is it fast? Yes, 12.5x faster.", ["Is it fast?", "Yes, 12.5x faster."]],
  ];
  for (const [text, expected] of cases) it(`splits: ${text}`, () => assert.deepEqual(sentencesOf(text), expected));

  it("splits a very long line in linear time without the segmenter", () => {
    const text = "Alpha beta gamma. ".repeat(50000);
    assert.equal(splitSentences(text).length, 50000);
  });
});

describe("metadata lines", () => {
  it("recognises identifier, link and date fields, not prose fields", () => {
    assert.deepEqual(["id: 48213", "URL: https://x.org", "year: 2021", "Published: May 3, 2022", "summary: It runs 3x faster.", "Title: A 3x faster loop", "Identity: we are", "id:"].map(isMetadataLine), [true, true, true, true, false, false, false, false]);
  });
});
