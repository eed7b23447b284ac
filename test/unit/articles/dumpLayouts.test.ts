// Dump layouts of other sources: arXiv listings, press-release wires, Q&A threads, Medium
// exports, chaptered episodes, wiki headings, URL-only separators, "Summary:" lines,
// "Posted in"/"Tagged:" lines inside a post and a closing thanks section.
import { check, type ExpectedArticle } from "./checkArticles";
import { layOut, paragraphs, POSTS, type InventedPost } from "./inventedPosts";

const [bridges, sourdough, tides, owls, trucks, glacier, fans, parrots, potholes, stills] = POSTS;
const AUTHORS = ["Jane Okafor", "Tomás Lindqvist", "Priya Raman", "Malik Hassan", "Elena Varga"];

/** Lay out posts with `render` and expect one article per post, starting on its block's first line. */
function checkPosts(posts: InventedPost[], render: (p: InventedPost, k: number) => string[], titles = true): void {
  const { text, starts } = layOut(posts.map(render));
  const expected: ExpectedArticle[] = posts.map((p, k) => ({ line: starts[k], ...(titles ? { title: p.title } : {}) }));
  check(text, expected);
}

describe("articles: dump layouts", () => {
  it("arXiv listing: 'arXiv:ID', 'Title:', 'Authors:', 'Abstract:' (a start on the title line is right)", () => {
    const { text, starts } = layOut([bridges, tides, glacier].map((p, k) => [`arXiv:2401.0${1234 + k}`, `Title: ${p.title}`,
      `Authors: ${AUTHORS[k]}, ${AUTHORS[k + 1]}`, "Comments: 12 pages, 4 figures", `Abstract: ${p.paras.join(" ")}`, ""]));
    check(text, [{ line: 0, title: bridges.title }, { line: starts[1] + 1, title: tides.title }, { line: starts[2] + 1, title: glacier.title }]);
  });

  it("press-release wire: 'FOR IMMEDIATE RELEASE', '###', 'About COMPANY'", () => {
    checkPosts([trucks, fans, stills], (p, k) => ["FOR IMMEDIATE RELEASE", "", p.title, "",
      `LEEDS, England, March ${3 + k}, 2023 -- ${p.paras[0]}`, "", ...paragraphs(p.paras.slice(1)),
      "About Field Lab Ltd", "", "Field Lab Ltd builds low-cost sensors for councils and publishes its designs under open licences.", "",
      "Media contact: press@fieldlab.example", "", "###", ""], false);
  });

  it("Q&A thread: question and answers are one article", () => {
    const text = ["Question: How do I stop my sourdough starter dying in summer?", "",
      "My kitchen sits above thirty degrees for most of July and every starter I keep goes thin and smells of nail varnish within a week.", "",
      "Answer (42 votes):", "", sourdough.paras[1], "", sourdough.paras[2], "",
      "Answer (7 votes):", "", "Keep the jar in the fridge between feedings and take it out the evening before you bake, which slows the yeast down a lot.", ""];
    check(text.join("\n"), [{ line: 0 }]);
  });

  it("Medium export: claps and 'Follow' lines after each post", () => {
    checkPosts([owls, potholes, parrots], (p, k) => [p.title, "", `${AUTHORS[k]}`, "Follow", "", ...paragraphs(p.paras),
      `${120 + k * 31} claps`, "", `Written by ${AUTHORS[k]}`, "Follow", ""]);
  });

  it("podcast episode with 'Chapter N:' markers stays one article", () => {
    const text = ["Episode 21 — Listening to Bridges", "", "Chapter 1: Why bridges crack", "",
      `Host: ${bridges.paras[0]}`, "", "Chapter 2: The microphones", "", `Guest: ${bridges.paras[1]}`, "",
      "Chapter 3: What the classifier found", "", `Guest: ${bridges.paras[2]}`, "", "Host: Thanks for coming on the show and telling us all of this.", ""];
    check(text.join("\n"), [{ line: 0 }]);
  });

  it("wiki '== Section ==' headings stay inside one article", () => {
    const text = [glacier.title, "", glacier.paras[0], "", "== Method ==", "", glacier.paras[1], "",
      "== Results ==", "", glacier.paras[2], "", "== See also ==", "", "* Ice stake", "* Mass balance", ""];
    check(text.join("\n"), [{ line: 0, title: glacier.title }]);
  });

  it("posts separated only by a URL line (a start on the title under it is right)", () => {
    const { text, starts } = layOut([sourdough, trucks, parrots].map((p, k) => [`https://fieldnotes.example/2023/03/post-${k + 1}`, p.title, "", ...paragraphs(p.paras)]));
    check(text, [{ line: 0 }, { line: starts[1] + 1, title: trucks.title }, { line: starts[2] + 1, title: parrots.title }]);
  });

  it("title with a 'Summary:' line", () => {
    checkPosts([bridges, owls, stills], (p) => [p.title, `Summary: ${p.paras[2]}`, "", ...paragraphs(p.paras.slice(0, 2))]);
  });

  it("'Posted in X' and 'Tagged:' lines close a post but do not end it early", () => {
    checkPosts([tides, glacier, trucks], (p) => [p.title, "", p.paras[0], "", "Posted in Sensors", "", ...paragraphs(p.paras.slice(1)),
      "Tagged: sensors, field work, open data", ""]);
  });

  it("a final thanks section in other words stays in the last post", () => {
    const repeated = (p: InventedPost) => [p.title, "", p.title, "", ...paragraphs(p.paras)];
    const { text, starts } = layOut([repeated(owls), [...repeated(trucks), "A Word of Thanks to Our Volunteers", "",
      "We owe the drivers and the depot staff a great deal: they tried every new route, told us where it failed and never gave up on it."]]);
    check(text, [{ line: 0 }, { line: starts[1], sections: ["A Word of Thanks to Our Volunteers"] }]);
  });
});
