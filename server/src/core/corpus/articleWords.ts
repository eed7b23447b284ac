// Turns an article's text into the lower-case word sequence used to compare copies: layout
// (line breaks, bullets, markdown marks, quote styles, URLs) and feed footers do not survive it.

/** Lines that feed exports add to a post and other copies lack ("The post … appeared first on …"). */
function isFeedFooter(line: string): boolean {
  const t = line.trim().toLowerCase();
  if (t.length > 400) return false;
  if (t.startsWith("the post ") && t.includes("appeared first on")) return true;
  // "Read More", "Read more »", "Continue reading →": a link label with no content.
  return /^(?:read more|continue reading)\W*$/.test(t);
}

const URL = /\bhttps?:\/\/\S+/g;
// Apostrophes of any style vanish so "don’t" and "don't" give the same word.
const APOSTROPHE = /['’‘ʼ`]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words of `text` in order, lower-cased; punctuation, markers and feed footers dropped. */
export function listArticleWords(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split("\n")) {
    if (isFeedFooter(line)) continue;
    const clean = line.replace(URL, " ").replace(APOSTROPHE, "").toLowerCase();
    for (const m of clean.matchAll(WORD)) words.push(m[0]);
  }
  return words;
}
