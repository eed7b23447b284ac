// Layouts the second round of the invented corpus showed segmentation missing: a flattened
// feed with its HTML entities left in, link-aggregator threads (title, points line, comment
// heads), a changelog whose date lines carry the entry's kind, and a numbered listing of
// abstracts under a one-line file heading.
import { check, lines, type ExpectedArticle } from "./checkArticles";
import { layOut, paragraphs, POSTS, type InventedPost } from "./inventedPosts";

const [bridges, sourdough, tides, owls, trucks, glacier] = POSTS;

function checkPosts(posts: InventedPost[], render: (p: InventedPost, k: number) => string[], offset = 0, head: string[] = []): void {
  const { text, starts } = layOut([head, ...posts.map(render)].filter((b) => b.length));
  const shift = head.length ? 1 : 0;
  const expected: ExpectedArticle[] = posts.map((_, k) => ({ line: starts[k + shift] + offset }));
  // A file heading belongs to the first post, so that post may start at the file's first line.
  if (head.length) expected[0] = { line: 0 };
  check(text, expected);
}

describe("articles: feeds with entities, comment threads, changelogs and listings", () => {
  it("a flattened feed whose 'Continue reading' links end in an entity arrow", () => {
    checkPosts([bridges, sourdough, tides], (p, k) => [p.title.replace(" ", " &amp; "), p.paras.join(" "),
      k === 1 ? "Continue reading &#8594;" : `Continue reading &#8220;${p.title}&#8221; &raquo;`, ""]);
  });

  it("a kicker before a title ('Postmortem: …') is no speaker turn", () => {
    checkPosts([owls, trucks, glacier], (p, k) => [`${["Postmortem", "Case study", "Opinion"][k]}: ${p.title}`,
      `https://example.org/${k}`, ...paragraphs(p.paras)]);
  });

  it("link-aggregator threads: title, points line, then comment heads before the text", () => {
    checkPosts([tides, bridges, owls], (p, k) => [`Show HN: ${p.title}`, `${40 + k} points by user${k} ${k + 2} hours ago | hide | ${9 + k} comments`, "",
      `  commenter${k} ${k + 1} hours ago | next [–]`, `  ${p.paras[0]} ${p.paras[1]}`, "    reply", "",
      `    other${k} 1 hour ago | parent | next [–]`, `    ${p.paras[2]}`, "      reply", ""]);
  });

  it("changelog entries: a date line with the entry's kind over each title", () => {
    checkPosts([glacier, sourdough, trucks], (p, k) => [`2024-0${6 - k}-1${k} · ${["Changelog", "Engineering notes", "Changelog"][k]}`,
      p.title, p.paras.join(" "), ""], 0, ["Field Lab — Changelog & Notes", ""]);
  });

  it("a numbered listing: '[N] id' over each entry's fields, under a one-line heading", () => {
    checkPosts([bridges, tides, owls], (p, k) => [`[${k + 1}]  arXiv:2401.0${k}123 [pdf, other]`, `Title: ${p.title}`,
      `Authors: Ana Ruiz, Bo Chen`, `Subjects: Signal Processing (eess.SP)`, "", p.paras.join(" "), ""], 0, ["New submissions for Mon, 8 Jan 24 (showing 3 of 40 entries)", ""]);
  });

  it("a sentence heading the file stays an article of its own", () => {
    const text = lines("A short note that opens this dump and stands apart from the rest, and it says so.", "",
      "Title: " + owls.title, "Authors: Ana Ruiz", "", owls.paras.join(" "));
    check(text, [{ line: 0 }, { line: 2, title: owls.title }]);
  });
});
