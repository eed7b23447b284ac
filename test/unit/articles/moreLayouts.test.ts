// More scraped-dump layouts of the same family: bylines and "Posted on" lines beside titles,
// newsletter digests, numbered and link-aggregator posts, timestamped transcripts, RSS fields
// printed as text, setext and all-caps titles, prefixed site names, rules without titles.
import { check, type ExpectedArticle } from "./checkArticles";
import { layOut, paragraphs, POSTS, type InventedPost } from "./inventedPosts";

const [bridges, sourdough, tides, owls, trucks, glacier, fans, parrots, potholes, stills] = POSTS;

/** Lay out posts with `render` and expect one article per post, starting on its block's first line. */
function checkPosts(posts: InventedPost[], render: (p: InventedPost, k: number) => string[], crlf = false, titles = true): void {
  const { text, starts } = layOut(posts.map(render));
  const expected: ExpectedArticle[] = posts.map((p, k) => ({ line: starts[k], ...(titles ? { title: p.title } : {}) }));
  check(crlf ? text.replace(/\n/g, "\r\n") : text, expected);
}

const AUTHORS = ["Jane Okafor", "Tomás Lindqvist", "Priya Raman", "Malik Hassan", "Elena Varga"];
const By = (k: number) => `By ${AUTHORS[k]} | ${DATES[k]}`;
const DATES = ["March 3, 2023", "March 10, 2023", "March 17, 2023", "March 24, 2023", "March 31, 2023"];

describe("articles: more layouts", () => {
  it("byline under each title ('By NAME | DATE')", () => {
    checkPosts([bridges, sourdough, tides], (p, k) => [p.title, "", `By ${AUTHORS[k]} | ${DATES[k]}`, "", ...paragraphs(p.paras)]);
  });

  it("'Posted on DATE by NAME' under each title", () => {
    checkPosts([owls, trucks, glacier], (p, k) => [p.title, `Posted on ${DATES[k]} by ${AUTHORS[k]}`, "", ...paragraphs(p.paras)]);
  });

  it("'Posted on … | Leave a comment' and 'Filed under' footers after each post", () => {
    checkPosts([fans, parrots, potholes], (p, k) => [p.title, "", ...paragraphs(p.paras),
      `Posted on ${DATES[k]} by ${AUTHORS[k]} | Leave a comment`, "", "Filed under: Field Notes, Sensors", ""]);
  });

  it("newsletter digest: 'View in browser' head, 'Read the full story' links, 'Unsubscribe' tail", () => {
    const head = ["View this email in your browser", "", "FIELD NOTES WEEKLY", "Issue #42 · March 3, 2023", "",
      "Hello again! This week we have three stories from readers who took cheap sensors out into the world and came back with data.", ""];
    const items = [stills, owls, bridges].map((p) => [p.title, "", ...paragraphs(p.paras.slice(0, 2)), "Read the full story →", ""]);
    const tail = ["You are receiving this email because you signed up for Field Notes Weekly at fieldnotes.example.", "",
      "Unsubscribe · Update your preferences · View in browser"];
    const { text, starts } = layOut([head, items[0], items[1], [...items[2], ...tail]]);
    // The masthead is no part of the first item, which starts at its own title (newsletterMasthead.ts).
    check(text, [{ line: 0 }, { line: starts[1], title: stills.title, evidence: /masthead/ }, { line: starts[2], title: owls.title },
      { line: starts[3], title: bridges.title, evidence: /Read the full story/ }]);
  });

  it("numbered posts ('1) Title', '2. Title')", () => {
    checkPosts([tides, fans, sourdough], (p, k) => [k === 1 ? `${k + 1}. ${p.title}` : `${k + 1}) ${p.title}`, "", ...paragraphs(p.paras)], false, false);
  });

  it("link aggregator: 'Title (site)' and 'N points by NAME N hours ago | N comments'", () => {
    checkPosts([potholes, glacier, parrots], (p, k) => [`${p.title} (${["citylab", "icefield", "birdnotes"][k]}.example.org)`,
      `${312 - 40 * k} points by ${AUTHORS[k].split(" ")[0].toLowerCase()} ${k + 3} hours ago | ${57 + k} comments`, "", ...paragraphs(p.paras)], false, false);
  });

  it("timestamped transcript with 'Episode N — Title' lines", () => {
    const episode = (p: InventedPost, n: number) => [`Episode ${n} — ${p.title}`, "",
      `[00:00:04] Host: Welcome to Small Sensors. Today we talk about ${p.title.toLowerCase()} with a guest who did it.`, "",
      `[00:00:31] ${AUTHORS[n % 5]}: Thanks for having me. ${p.paras[0]}`, "",
      `[00:02:12] Host: How did you set it up?`, "",
      `[00:02:20] ${AUTHORS[n % 5]}: ${p.paras[1]}`, "",
      `[00:05:47] ${AUTHORS[n % 5]}: ${p.paras[2]}`, ""];
    const { text, starts } = layOut([episode(fans, 12), episode(glacier, 13), episode(tides, 14)]);
    check(text, starts.map((line) => ({ line })));
  });

  it("podcast show notes: 'Ep. N: Title', notes, links list", () => {
    checkPosts([parrots, trucks], (p, k) => [`Ep. ${31 + k}: ${p.title}`, "", "Show notes", "", ...paragraphs(p.paras),
      "Links mentioned in this episode:", "- The project page", "- The dataset on the council site", ""], false, false);
  });

  it("RSS items printed as 'Title: / Link: / Published: / Description:' fields", () => {
    checkPosts([owls, stills, potholes], (p, k) => [`Title: ${p.title}`, `Link: https://fieldnotes.example/${k + 1}`,
      `Published: Fri, ${3 + 7 * k} Mar 2023 09:00:00 GMT`, "Description:", "", ...paragraphs(p.paras)]);
  });

  it("setext titles ('Title' over '=====') with '-----' section headings", () => {
    checkPosts([glacier, bridges], (p) => [p.title, "=".repeat(p.title.length), "", p.paras[0], "", "Method", "------", "",
      ...paragraphs(p.paras.slice(1))]);
  });

  it("ALL-CAPS titles", () => {
    checkPosts([trucks, stills, fans], (p) => [p.title.toUpperCase(), "", ...paragraphs(p.paras)], false, false);
  });

  it("title repeated with a site prefix ('Site | Title')", () => {
    checkPosts([sourdough, tides, owls], (p) => [p.title, "", `Field Notes | ${p.title}`, "", ...paragraphs(p.paras)]);
  });

  it("untitled posts between rule lines", () => {
    checkPosts([bridges, parrots, glacier], (p, k) => [...paragraphs(p.paras), ...(k < 2 ? ["* * *", ""] : [])], false, false);
  });

  it("keeps a post whole across a scene break that keeps its topic", () => {
    const text = [
      "The old lighthouse on the north cape had been dark for eleven years when our volunteer group first climbed its rusted stairs with torches.", "",
      "Salt had eaten through the lantern frame, the lens was cracked in two places, and pigeons had nested in the room below the lamp.", "",
      "We spent the first summer scraping rust from the stairs and the lantern frame, and patching the lighthouse roof before the autumn storms.", "",
      "* * *", "",
      "The second summer belonged to the lens: a glass restorer from the mainland spent weeks in the lantern room gluing the cracked prisms.", "",
      "When the lamp was lit again in September, the whole village walked to the cape to watch the beam of the old lighthouse sweep the sea.", "",
      "* * *", "",
      "Now the group meets every spring to scrape the new rust from the lantern frame, and the lighthouse keeps its lamp lit through the winter.", "",
    ].join("\n");
    check(text, [{ line: 0 }]);
  });

  it("keeps dated sections, 'Posted on the forum' prose and a 'Related' block inside one post", () => {
    const text = [fans.title, "", By(0), "", fans.paras[0], "", "Release notes", "March 10, 2023", "",
      "The first firmware let each fan follow its own shelf probe, which cut the noise but made the fans hunt up and down every few seconds.", "",
      "Posted on the forum, the question of fan hunting drew replies from other server room keepers who had seen the same problem.", "",
      fans.paras[1], "", "Related", "", fans.paras[2], ""].join("\n");
    check(text, [{ line: 0, title: fans.title, sections: ["Release notes", "Related"] }]);
  });

  it("markdown posts with bold titles between '---' breaks", () => {
    checkPosts([potholes, sourdough, fans], (p, k) => [`**${p.title}**`, "", ...paragraphs(p.paras), ...(k < 2 ? ["---", ""] : [])]);
  });

  it("a trailing abstract after feed posts with footers", () => {
    const feed = (p: InventedPost) => [p.title, "", ...paragraphs(p.paras), `The post ${p.title} appeared first on Field Notes.`, ""];
    const { text, starts } = layOut([feed(owls), feed(trucks), [stills.title, "", stills.paras[0]]]);
    check(text, [{ line: 0 }, { line: starts[1] }, { line: starts[2], title: stills.title }]);
  });

  it("a trailing abstract after posts with repeated titles, but not a closing section of the last post", () => {
    const repeated = (p: InventedPost) => [p.title, "", p.title, "", ...paragraphs(p.paras)];
    const { text, starts } = layOut([repeated(owls), repeated(trucks), [stills.title, "", stills.paras[0], "", stills.paras[1]]]);
    check(text, [{ line: 0 }, { line: starts[1] }, { line: starts[2], title: stills.title, evidence: /title line where the topic changes/ }]);
    const closing = layOut([repeated(owls), [...repeated(trucks), "Where to Find the Route Planner", "",
      "The route planner and the school bell data for our council are on the project page, and other councils can adapt them to their own trucks."]]);
    check(closing.text, [{ line: 0 }, { line: closing.starts[1], sections: ["Where to Find the Route Planner"] }]);
    const about = layOut([repeated(owls), [...repeated(trucks), "About the Field Lab", "",
      "The Field Lab is a small group of engineers in Leeds who build cheap sensors for public services and publish everything they make."]]);
    check(about.text, [{ line: 0 }, { line: about.starts[1], sections: ["About the Field Lab"] }]);
  });

  it("'Title' and 'NAME · N min read · DATE' lines", () => {
    checkPosts([tides, potholes, parrots], (p, k) => [p.title, `${AUTHORS[k]} · ${k + 4} min read · ${DATES[k]}`, "", ...paragraphs(p.paras)]);
  });

  it("date line above each title", () => {
    checkPosts([glacier, owls, trucks], (p, k) => [DATES[k], p.title, "", ...paragraphs(p.paras)], false, false);
  });

  it("WordPress 'Share this:' / 'Like this:' blocks after each post", () => {
    checkPosts([stills, bridges, sourdough], (p) => [p.title, "", ...paragraphs(p.paras),
      "Share this:", "Twitter", "Facebook", "", "Like this:", "Like Loading...", ""]);
  });

  it("reads CRLF versions of the byline, rule and aggregator layouts the same way", () => {
    checkPosts([bridges, sourdough, tides], (p, k) => [p.title, "", `By ${AUTHORS[k]} | ${DATES[k]}`, "", ...paragraphs(p.paras)], true);
    checkPosts([bridges, parrots, glacier], (p, k) => [...paragraphs(p.paras), ...(k < 2 ? ["* * *", ""] : [])], true, false);
    checkPosts([potholes, glacier, parrots], (p, k) => [`${p.title} (example.org)`, `${100 + k} points by kim ${k + 2} hours ago | ${9 + k} comments`, "",
      ...paragraphs(p.paras)], true, false);
  });
});
