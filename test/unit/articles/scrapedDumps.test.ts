// Scraped-dump layouts not covered elsewhere: mailing-list digests, forum threads, RSS and
// WordPress field blocks, subtitle files, auto-transcripts, chaptered show notes, "==> file <=="
// concatenations, form feeds and "=====" rules, pages with site chrome, newsletter mastheads,
// release-notes feeds, one post per line, and a mid-post heading where the topic shifts.
import { strict as assert } from "node:assert";
import { check, segment, type ExpectedArticle } from "./checkArticles";
import { layOut, paragraphs, POSTS, type InventedPost } from "./inventedPosts";

const [bridges, sourdough, tides, owls, trucks, glacier, fans, parrots, potholes, stills] = POSTS;
const AUTHORS = ["Jane Okafor", "Tomás Lindqvist", "Priya Raman", "Malik Hassan", "Elena Varga"];
const crlf = (text: string) => text.replace(/\n/g, "\r\n");

/** Lay out posts with `render`; expect one article per post on its block's first line (plus `shift`). */
function checkPosts(posts: InventedPost[], render: (p: InventedPost, k: number) => string[], opts: { titles?: boolean; shift?: number; head?: string[]; crlf?: boolean } = {}): void {
  const head = opts.head ?? [];
  const { text, starts } = layOut([...(head.length ? [head] : []), ...posts.map(render)]);
  const own = head.length ? starts.slice(1) : starts;
  const expected: ExpectedArticle[] = [...(head.length ? [{ line: 0 }] : []),
    ...posts.map((p, k) => ({ line: own[k] + (opts.shift ?? 0), ...(opts.titles === false ? {} : { title: p.title }) }))];
  check(opts.crlf ? crlf(text) : text, expected);
}

/** Each article starts within [from, to] of its expected range (where a reader may start it either way). */
function checkStartsWithin(text: string, ranges: [number, number][], titles?: string[]): void {
  const articles = segment(text);
  assert.equal(articles.length, ranges.length, `article count: ${articles.map((a) => a.range.start.line).join(",")}`);
  articles.forEach((a, k) => {
    const line = a.range.start.line;
    assert.ok(line >= ranges[k][0] && line <= ranges[k][1], `article ${k} starts on ${line}, not in ${ranges[k]}`);
    if (titles) assert.equal(a.title, titles[k], `title of article ${k}`);
  });
}

const message = (p: InventedPost, k: number) => [`Message: ${k + 1}`, `Date: Fri, ${3 + k} Mar 2023 09:1${k}:44 +0000`,
  `From: ${AUTHORS[k]} <${AUTHORS[k].split(" ")[0].toLowerCase()}@fieldlab.example>`, "To: field-sensors@lists.example",
  `Subject: [field-sensors] ${p.title}`, `Message-ID: <${4410 + k}.field@lists.example>`, "", ...paragraphs(p.paras), "------------------------------", ""];

describe("articles: scraped dumps", () => {
  it("mailing-list digest: 'Message: N' blocks with From/Subject/Date headers, titled by the subject", () => {
    const head = ["Field-Sensors Digest, Vol 12, Issue 3", "", "Today's Topics:", "", `   1. ${bridges.title} (Jane Okafor)`,
      `   2. ${owls.title} (Tomás Lindqvist)`, `   3. ${potholes.title} (Priya Raman)`, "",
      "----------------------------------------------------------------------", ""];
    checkPosts([bridges, owls, potholes], message, { head });
  });

  it("forum threads: 'Thread:' and 'Forum:' lines over the posts of one thread", () => {
    checkPosts([sourdough, parrots], (p, k) => [`Thread: ${p.title}`, `Forum: Hobbies › ${["Baking", "Pets"][k]}`, `Started by ${AUTHORS[k]}, March ${3 + k}, 2023`, "",
      `${AUTHORS[k]} wrote:`, p.paras[0], "", `Reply #1 — ${AUTHORS[k + 1]}, March ${4 + k}, 2023, 14:02`, p.paras[1], "",
      `Reply #2 — ${AUTHORS[k + 2]}, March ${5 + k}, 2023, 08:40`, p.paras[2], ""]);
  });

  it("RSS items as 'Title: / Link: / pubDate: / guid: / Author:' fields", () => {
    checkPosts([glacier, fans, stills], (p, k) => [`Title: ${p.title}`, `Link: https://fieldnotes.example/p/${k + 7}`,
      `pubDate: Fri, ${3 + 7 * k} Mar 2023 09:00:00 GMT`, `guid: https://fieldnotes.example/?p=${901 + k}`, `Author: ${AUTHORS[k]}`, "", ...paragraphs(p.paras)]);
  });

  it("WordPress export text: 'Title:', 'Post date:', 'Status:', 'Categories:' fields", () => {
    checkPosts([trucks, tides, owls], (p, k) => [`Title: ${p.title}`, `Post date: 2023-03-0${k + 3} 09:00:00`, "Status: publish",
      "Categories: Field Notes, Sensors", "", ...paragraphs(p.paras), ""]);
  });

  it("'==> file.txt <==' concatenation of posts (head/tail output), titled by each post's title", () => {
    checkPosts([bridges, stills, fans], (p, k) => [`==> posts/2023-03-0${k + 1}-post.txt <==`, p.title, "", ...paragraphs(p.paras)]);
  });

  it("posts separated by form feeds, titled and untitled", () => {
    checkPosts([owls, glacier, trucks], (p, k) => [p.title, "", ...paragraphs(p.paras), ...(k < 2 ? ["\f"] : [])]);
    checkPosts([tides, parrots, sourdough], (p, k) => [...paragraphs(p.paras), ...(k < 2 ? ["\f"] : [])], { titles: false });
  });

  it("posts separated by long '=====' rules, titled and untitled", () => {
    const rule = "=".repeat(72);
    checkPosts([potholes, sourdough, stills], (p, k) => [p.title, "", ...paragraphs(p.paras), ...(k < 2 ? [rule, ""] : [])]);
    checkPosts([bridges, fans, owls], (p, k) => [...paragraphs(p.paras), ...(k < 2 ? [rule, ""] : [])], { titles: false });
  });

  it("HTML-stripped pages: nav chrome before the title, copyright and policy links after the post", () => {
    const page = (p: InventedPost, k: number) => ["Skip to content", "Field Notes", "Home | Projects | Blog | About | Contact", "Search", "",
      p.title, ...(k === 1 ? [] : [`By ${AUTHORS[k]} | March ${3 + k}, 2023`]), "", ...paragraphs(p.paras),
      `© 2023 Field Notes. All rights reserved.`, "Privacy Policy | Terms of Use | Cookie settings", ""];
    const { text, starts } = layOut([trucks, parrots, glacier].map(page));
    // A reader may start a page at its chrome or at its title; either is right.
    checkStartsWithin(text, starts.map((s) => [s, s + 5]), [trucks.title, parrots.title, glacier.title]);
  });

  it("SRT subtitles: one talk is one article; two talks after '==> name <==' lines are two", () => {
    const cues = (said: string[], from: number) => said.flatMap((s, k) => [`${k + 1}`,
      `00:0${from + Math.floor(k / 6)}:${String((k * 7) % 60).padStart(2, "0")},120 --> 00:0${from + Math.floor(k / 6)}:${String((k * 7 + 5) % 60).padStart(2, "0")},480`, s, ""]);
    const talkA = ["So the first thing we did was glue", "forty little contact microphones", "to the girders of an old bridge", "and then we just listened.",
      "Every lorry that crossed it", "left a sound in the recordings,", "and a cracked weld sounds dull,", "a bit like a cracked bell.",
      "The classifier found two of them", "that the spring inspection missed."];
    const talkB = ["Owls are hard to count", "because you have to go out at dusk", "and hoot at them in the cold.", "We tried trail cameras instead.",
      "We hung them on dead trees", "near the nests we already knew,", "and left them there for two seasons.", "They found owls at eleven trees",
      "where the hooting surveys found none,", "mostly down in the steep ravines."];
    check(cues(talkA, 0).join("\n"), [{ line: 0, title: "So the first thing we did was glue" }]);
    const { text, starts } = layOut([["==> bridges-talk.srt <==", ...cues(talkA, 0)], ["==> owls-talk.srt <==", ...cues(talkB, 0)]]);
    check(text, [{ line: starts[0] }, { line: starts[1] }]);
    check(crlf(text), [{ line: starts[0] }, { line: starts[1] }]);
  });

  it("WebVTT talk with voice tags and NOTE lines stays one article named by its first cue", () => {
    const said = ["<v Ana>Server rooms are loud", "<v Ana>because every fan spins at full speed", "<v Ana>when any one machine gets warm.",
      "<v Ben>So what did you change?", "<v Ana>We put a probe on every shelf", "<v Ana>and let each fan follow the hottest machine in front of it.",
      "<v Ana>The room got nine decibels quieter at night", "<v Ana>and the fans drew a third less power."];
    const text = ["WEBVTT", "", "NOTE recorded at the spring meetup", "",
      ...said.flatMap((s, k) => [`00:00:${String(k * 4).padStart(2, "0")}.000 --> 00:00:${String(k * 4 + 3).padStart(2, "0")}.500`, s, ""])].join("\n");
    check(text, [{ line: 0, title: "Server rooms are loud" }]);
  });

  it("YouTube auto-transcripts: title, watch link and timed lines with [Music] markers, one article per video", () => {
    const video = (title: string, said: string[]) => [title, `https://www.youtube.com/watch?v=${title.length}xQ7_a2`, "", "Transcript:",
      "0:00", "[Music]", ...said.flatMap((s, k) => [`${Math.floor((k * 9 + 4) / 60)}:${String((k * 9 + 4) % 60).padStart(2, "0")}`, s]), "[Applause]", ""];
    const a = video("Mapping Potholes With City Buses", ["hi everyone so today i want to show you", "how we used the suspension logs of city buses",
      "to find potholes every single night", "every time a wheel drops into a hole", "the suspension log shows a sharp spike", "and we match that spike to the gps track"]);
    const b = video("Solar Stills on Village Roofs", ["okay so this is a solar still", "it's basically a shallow glass box", "you pour the salty water in here",
      "the sun heats it and the vapour condenses", "on the underside of the glass", "and you collect about five litres a day"]);
    const { text, starts } = layOut([a, b]);
    check(text, [{ line: starts[0], title: "Mapping Potholes With City Buses" }, { line: starts[1], title: "Solar Stills on Village Roofs" }]);
  });

  it("show notes with timestamp chapters: '#N — Title', a date, notes, 'Chapters:' and links", () => {
    checkPosts([owls, bridges, glacier], (p, k) => [`#${118 + k} — ${p.title}`, `March ${3 + 7 * k}, 2023`, "", p.paras[0], "", p.paras[1], "",
      "Chapters:", "00:00 Intro", "02:15 How we set it up", "19:40 What we found", "31:05 Listener questions", "",
      "Links:", "- The project page", "- The dataset", ""], { titles: false });
  });

  it("newsletter with a masthead and an 'In this issue' list: the first item starts at its own title", () => {
    const head = ["FIELD NOTES WEEKLY", "Issue #57 · April 7, 2023", "", "In this issue:", `- ${stills.title}`, `- ${owls.title}`, `- ${fans.title}`, "",
      "Hello again! Three reader projects this week, all of them built from parts that cost less than a good dinner.", ""];
    const item = (p: InventedPost) => [p.title, "", ...paragraphs(p.paras.slice(0, 2)), "Read the full story →", ""];
    checkPosts([stills, owls, fans], item, { head });
  });

  it("release-notes feed: each 'vX.Y.Z — DATE' release with its bullet list is an article", () => {
    // Each release is one feed item (its own version, date and changes, reviewed on its own).
    const release = (v: string, date: string, items: string[]) => [`${v} — ${date}`, "", ...items.map((i) => `- ${i}`), ""];
    const { text, starts } = layOut([
      release("v2.4.0", "2024-06-12", ["Fans now follow the hottest probe on their shelf instead of the room thermostat.", "Added a night mode that caps fan speed at sixty percent.", "The web dashboard shows noise levels per rack."]),
      release("v2.3.1", "2024-05-01", ["Fixed probes reporting zero degrees after a firmware update.", "Lowered the default polling interval to five seconds."]),
      release("v2.3.0", "2024-04-15", ["Support for shelf probes from a second vendor.", "Alerts when a fan has run at full speed for more than an hour.", "Dropped support for the old serial cable."]),
    ]);
    check(text, [{ line: starts[0], title: "v2.4.0 — 2024-06-12" }, { line: starts[1], title: "v2.3.1 — 2024-05-01" }, { line: starts[2], title: "v2.3.0 — 2024-04-15" }]);
  });

  // A short dump with one whole post per line stays one article: neighbouring paragraphs of one
  // real post share as few words as neighbouring posts do (sample corpus: 8 % of paragraph pairs
  // inside a post overlap less than 0.07, posts across a boundary have a median of 0.06), so
  // word overlap cannot split such a file without splitting real posts.
  it("keeps a short one-post file with one paragraph per line whole", () => {
    const text = [
      "Our village bakery switched its ovens from oil to wood pellets last spring, after the oil price doubled over one winter and the old burner failed twice in a week.",
      "The pellet burner took two days to fit, and the bakers spent the first fortnight learning how long the oven needs to reach baking heat from cold in the morning.",
      "Pellets cost less than half as much as the oil for the same bake, and the supplier delivers them from a sawmill in the next valley every second week.",
      "The loaves did not change much: a slightly darker crust on the rye, which the regular customers say they prefer, and the same soft crumb on the white bread.",
      "We would make the switch again, though we now keep a spare igniter for the pellet burner on the shelf, because the first one failed in the cold snap.",
    ].join("\n");
    check(text, [{ line: 0 }]);
  });

  it("keeps a short post of long paragraphs whole when they share its topic words", () => {
    const text = [
      "The county tide gauge at the old ferry quay has read high for three winters, and the harbour master asked our volunteers to find out why before the flood maps are redrawn next year. The gauge sits in a stilling well under the quay, and its pressure sensor was last replaced when the ferry berth was rebuilt.",
      "We compared the quay gauge with the two nearest harbour gauges hour by hour, because the tide at three harbours this close rises and falls almost together. The quay gauge drifted slowly away from both, by about a centimetre a year, which is the slow drift of an ageing pressure sensor rather than a real change in the tide.",
      "The harbour master had the sensor in the quay gauge replaced in March, and since then the readings agree with the other harbour gauges to within a few millimetres. The flood maps will use the corrected tide readings, and the volunteers now compare the three gauges every month so the next drift is caught early.",
    ].join("\n");
    check(text, [{ line: 0 }]);
  });

  it("a mid-post heading followed by a shift of subject does not split the post (no markers in the file)", () => {
    const post = [owls.title, "",
      "Rangers at Kestrel Woods used to count owls by walking transects at dusk and hooting into the dark, slow and cold work that few volunteers kept up.", "",
      "Last year the Kestrel Woods team hung infrared trail cameras on dead trees near known nest sites and let them record through two breeding seasons.", "",
      "The cameras found owls at eleven nest trees where the hooting surveys had found none, mostly in steep ravines that the transects never reached.", "",
      "Paying for Batteries and Memory Cards", "",
      "The Kestrel Woods rangers paid for the batteries and memory cards from a small county grant, about four hundred pounds a season, which covered forty cameras.", "",
      "Swapping cards took one volunteer a single afternoon each month, and the Kestrel Woods rangers want the county to fund a second season on the same terms.", ""];
    const second = [tides.title, "", ...paragraphs(tides.paras)];
    const { text, starts } = layOut([post, second]);
    check(text, [{ line: 0, title: owls.title }, { line: starts[1], title: tides.title }]);
  });
});
