// Layouts the invented corpus (test/fixtures/invented-corpus) showed segmentation missing:
// wire releases known only by their datelines, field rows under titles ("Show · Published
// DATE · 41 min", "Started by handle · DATE · N views"), a newsletter masthead without a
// greeting, and "* * *" rules dividing short untitled posts.
import { check, type ExpectedArticle } from "./checkArticles";
import { layOut, paragraphs, POSTS, type InventedPost } from "./inventedPosts";

const [bridges, sourdough, tides, owls, trucks, glacier, fans, parrots, potholes] = POSTS;

/** Lay out posts with `render`; each article starts `offset` lines into its block. */
function checkPosts(posts: InventedPost[], render: (p: InventedPost, k: number) => string[], offset = 0, titles = true): void {
  const { text, starts } = layOut(posts.map(render));
  const expected: ExpectedArticle[] = posts.map((p, k) => ({ line: starts[k] + offset, ...(titles ? { title: p.title } : {}) }));
  check(text, expected);
}

const CITIES = ["LEEDS, England", "PORTLAND, Ore.", "AARHUS, Denmark"];

describe("articles: wires, forums, mastheads and rules", () => {
  it("wire releases with a headline over a dateline and no kicker or '###' between them", () => {
    checkPosts([trucks, fans, glacier], (p, k) => [p.title, `${CITIES[k]}, May ${4 + k}, 2024 /WireFeed/ -- ${p.paras[0]}`,
      ...p.paras.slice(1), `Media contact: desk${k}@fieldlab.example, +44 113 555 010${k}`, ""]);
  });

  it("wire releases with a subhead under the headline and an agency dateline", () => {
    checkPosts([owls, potholes, sourdough], (p, k) => [p.title, `Subhead about ${["night birds", "road repairs", "bread"][k]} for the desk`,
      `${CITIES[k].split(",")[0]} (Field Wire) — ${p.paras[0]}`, "", ...paragraphs(p.paras.slice(1))]);
  });

  it("a paragraph opening with capitals and a dash but no date or wire tag is no dateline", () => {
    const text = [trucks.title, "", `OSLO -- ${trucks.paras[0]}`, "", owls.title, `NORTH SEA — ${trucks.paras[1]}`, "", trucks.paras[2]].join("\n");
    check(text, [{ line: 0, title: trucks.title }]);
  });

  it("podcast episodes with a field row ('Show · Published DATE · N min') under each title", () => {
    checkPosts([tides, parrots, bridges], (p, k) => [p.title, `Small Sensors · Published March ${3 + 7 * k}, 2024 · ${30 + k} min`,
      ...paragraphs(p.paras)]);
  });

  it("forum threads: breadcrumb, 'Thread:' title, 'Started by handle · DATE · N views', replies", () => {
    const { text, starts } = layOut([fans, sourdough, glacier].map((p, k) => [`board.example › Makers › Topic ${k + 1}`,
      `Thread: ${p.title}`, `Started by user_${k}a · Feb ${9 + k}, 2024 · ${100 * (k + 2)} views · 2 replies`, "", p.paras[0], "",
      `Reply #1 — helper${k} · Feb ${9 + k}, 2024`, p.paras[1], "", `Reply #2 — user_${k}a · Feb ${10 + k}, 2024`, p.paras[2], ""]));
    // The file's head (the first breadcrumb) opens the first thread; later breadcrumbs close the thread before.
    check(text, starts.map((s, k) => ({ line: k ? s + 1 : s, title: `Thread: ${[fans, sourdough, glacier][k].title}` })));
  });

  it("a masthead with no greeting is no article: the first item starts at its title", () => {
    const head = ["FIELD NOTES WEEKLY", "Issue #12 · March 3, 2023", "View this email in your browser", ""];
    const { text, starts } = layOut([head, ...[stills(), owls, tides].map((p) => [p.title, "", ...paragraphs(p.paras), "Read the full story →", ""])]);
    check(text, [{ line: starts[1] }, { line: starts[2] }, { line: starts[3] }]);
  });

  it("'* * *' after a post's closing line and between short untitled posts: each post starts after the rule", () => {
    const blocks = [[...paragraphs(bridges.paras), "Posted in Field Notes", "", "* * *", ""], [...paragraphs(trucks.paras.slice(0, 1)), "* * *", ""],
      [parrots.title, "", ...paragraphs(parrots.paras.slice(0, 1)), "* * *", ""], [...paragraphs(potholes.paras.slice(0, 1)), "* * *", ""],
      [owls.title, "", ...paragraphs(owls.paras)]];
    const { text, starts } = layOut(blocks);
    check(text, starts.map((s) => ({ line: s })));
  });
});

function stills(): InventedPost {
  return POSTS[9];
}
