// Author lists ("A B, C D and E F") are bios: the cheap capital count in front of the split
// must never reject a real list, whatever separators and spaces the scraper left.
import { strict as assert } from "node:assert";
import { createTextModel, listSentences } from "../../../server/src/core/document";
import { describeSentences, EXCLUSIONS } from "../../../server/src/core/claims";

const BIO = EXCLUSIONS.find((rule) => rule.name === "bio")!;

function check(fixture: string, expected: boolean): void {
  const facts = [...describeSentences(listSentences(createTextModel(fixture)), [], [], [])];
  assert.equal(facts.length, 1, `one sentence in "${fixture}"`);
  assert.equal(BIO.test(facts[0]), expected, JSON.stringify(fixture));
}

describe("claim exclusions: author lists", () => {
  const cases: [string, boolean][] = [
    ["Ana Silva, Tom Berg, Lee Park and Omar Haddad", true],
    ["Ana Silva,Tom Berg,Lee Park and Omar Haddad", true],
    ["Ana Silva,\u00a0Tom Berg,\tLee Park and\u00a0Omar Haddad", true],
    ["Dr. Ana Silva, Dr Tom Berg, Lee Park, Omar Haddad", true],
    ["Ana Silva, Tom Berg and Lee Park", false],
    ["the cache, the queue, the index and the log", false],
    ["Ana Silva, Tom Berg, the cache and the log", false],
  ];
  for (const [fixture, expected] of cases) it(JSON.stringify(fixture), () => check(fixture, expected));
});
