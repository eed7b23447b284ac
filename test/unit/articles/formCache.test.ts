// The form cache hashes ASCII words while scanning them and rescans words with other
// characters: a shared cache must give every word the form a fresh resolution gives it.
import { strict as assert } from "node:assert";
import { FormCache, listTerms } from "../../../server/src/core/articles/termLists";

/** Term lists of `texts` read with one shared cache equal those read with a fresh cache each. */
function check(texts: string[]): void {
  const ids = new Map<string, number>();
  const shared = new FormCache();
  for (const text of [...texts, ...texts]) {
    assert.deepStrictEqual(listTerms(text, ids, shared), listTerms(text, ids, new FormCache()), JSON.stringify(text));
  }
  assert.ok(shared.size > 0, "the cache was never filled");
}

// Words that share prefixes, lengths and hashes' inputs, with and without non-ASCII letters.
const WORDS = ["kelp", "kelps", "Kelp", "kelpé", "ékelp", "naïve", "naive", "co-op", "co-op’s", "Ålesund", "abc", "abd", "bca", "tide’s", "tides", "DeepNet", "𝐀lpha"];

function randomTexts(seed: number, count: number): string[] {
  let a = seed;
  const next = (m: number) => { a = (Math.imul(a, 1103515245) + 12345) >>> 0; return (a >>> 16) % m; };
  return Array.from({ length: count }, () => Array.from({ length: 12 }, () => WORDS[next(WORDS.length)]).join([" ", ". ", ", "][next(3)]));
}

// Hundreds of words of one length and first letter fill the probe chains, so a lookup that
// compared less than every character would return a neighbour's form.
function crowdedTexts(): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let a = 11;
  const pick = () => { a = (Math.imul(a, 1103515245) + 12345) >>> 0; return letters[(a >>> 16) % 26]; };
  const words = Array.from({ length: 1500 }, () => `Kv${pick()}${pick()}${pick()}`);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 20) out.push(words.slice(i, i + 20).join(" "));
  return out;
}

describe("articles: form cache", () => {
  it("resolves prose words as a fresh cache does", () => check(["The Kelp farms’ output rose; the co-op's naïve site (Ålesund) grew kelps."]));
  it("resolves crowded words of one shape as a fresh cache does", () => check(crowdedTexts()));
  it("resolves words with shared prefixes and non-ASCII letters as a fresh cache does", () => check(randomTexts(7, 40)));
});
