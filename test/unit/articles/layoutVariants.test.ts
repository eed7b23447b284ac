// Variants of the known layouts as other scrapes print them: bracketed "Read More" links,
// title copies with a site suffix, rule lines between posts, curly quotes in feed footers,
// quoted front-matter titles and a short image line between an episode title and its line.
import { strict as assert } from "node:assert";
import { check, lines } from "./checkArticles";

const body = {
  station: ["Our group placed pressure pads under a busy station floor to learn how crowds move at rush hour.",
    "The pads sent readings every second, and a small model warned of crowding minutes before it became unsafe."],
  ponds: ["Farmers in dry valleys lose much of their water to the sun, so we tried floating covers made from old bottles.",
    "Across three test ponds the covers kept about a third more water through the hot months than open ponds."],
  loops: ["A compiler pass rewrites loops over small arrays into straight code that current chips run much faster.",
    "On our benchmark set the pass cut run times by a tenth while adding only seconds to each build."],
};
const post = (title: string, paras: string[], close: string[]) => [title, "", ...paras.flatMap((p) => [p, ""]), ...close.flatMap((c) => [c, ""])];

describe("articles: layout variants", () => {
  it("ends posts at bracketed and arrowed read-more links", () => {
    const a = post("Counting footsteps in train stations", body.station, ["Continue reading →"]);
    const b = post("Floating covers that save pond water", body.ponds, ["[Read More]"]);
    const c = post("Unrolling loops for tiny arrays", body.loops, ["Continue reading Unrolling loops for tiny arrays →"]);
    const d = post("A short note on quiet fans", body.station, []);
    check(lines(...a, ...b, ...c, ...d), [
      { line: 0, title: "Counting footsteps in train stations" },
      { line: a.length, title: "Floating covers that save pond water", evidence: /"Continue reading →"/ },
      { line: a.length + b.length, evidence: /"\[Read More\]"/ },
      { line: a.length + b.length + c.length, title: "A short note on quiet fans" },
    ]);
  });

  it("takes a title repeated with a site suffix as the post's title, not a section", () => {
    const text = lines(
      "Counting footsteps in train stations", "", "Counting footsteps in train stations | Metro Notes", "", ...body.station, "",
      "Floating covers that save pond water", "", "Floating covers that save pond water - Metro Notes", "", ...body.ponds);
    const arts = check(text, [
      { line: 0, title: "Counting footsteps in train stations", titleLine: 0, evidence: /title line repeated/ },
      { line: 7, title: "Floating covers that save pond water", titleLine: 7, sections: [] },
    ]);
    assert.equal(arts[0].sections.length, 0);
  });

  it("starts a post at a title after a rule line", () => {
    const a = post("Counting footsteps in train stations", body.station, ["* * *"]);
    const b = post("Floating covers that save pond water", body.ponds, ["----------"]);
    const c = post("Quiet Fans", body.loops, []);
    check(lines(...a, ...b, ...c), [
      { line: 0 },
      { line: a.length, title: "Floating covers that save pond water", titleLine: a.length, evidence: /rule line \("\* \* \*"\)/ },
      { line: a.length + b.length, title: "Quiet Fans" },
    ]);
  });

  it("keeps a heading after a scene break in the post when it names what came before", () => {
    const text = lines(...post("Counting footsteps in train stations", body.station, ["* * *"]),
      ...post("More about the station pads", ["Staff said the warnings matched the platforms they watched, and asked for a phone version."], []));
    check(text, [{ line: 0, title: "Counting footsteps in train stations" }]);
  });

  it("matches a footer title to its line across curly and straight quotes", () => {
    const text = lines(
      "Commuters crossing a station hall under tall glass windows at dawn", "", "Why “small” sensors still matter", "",
      ...body.station, "", `The post Why "small" sensors still matter appeared first on Metro Notes.`, "",
      "Ponds with floating covers seen from a low drone flight over a farm", "", "Floating covers that save pond water", "",
      ...body.ponds, "", "The post Floating covers that save pond water appeared first on Metro Notes.");
    check(text, [
      { line: 0, title: "Why “small” sensors still matter", titleLine: 2 },
      { line: 9, title: "Floating covers that save pond water", titleLine: 11 },
    ]);
  });

  it("drops the YAML quotes around a front-matter title", () => {
    const text = lines("---", "title: Counting footsteps in train stations", "date: 2023-04-02", "---", "", ...body.station, "",
      "---", 'title: "Pond covers: a field test"', "url: https://example.org/ponds", "---", "", ...body.ponds);
    const arts = check(text, [
      { line: 0, title: "Counting footsteps in train stations", titleLine: 1 },
      { line: 8, title: "Pond covers: a field test", titleLine: 9 },
    ]);
    assert.equal(text.slice(arts[1].titleSpan!.start, arts[1].titleSpan!.end), "Pond covers: a field test");
  });

  it("starts an episode at its title when a short image line sits above the episode line", () => {
    const episode = (title: string, image: string, n: number, last: string) => [title, "", image, "", `Episode ${n} | May ${n}, 2023`, "",
      "In this episode we talk about why fans and pumps make noise and how to make them quieter.", "",
      "HOST: Welcome back. Today we have a guest who spends her days listening to machines.", "",
      "Ana Ruiz: Thanks for having me. Most of my work is on cooling fans for large computer rooms.", "",
      "HOST: What is the first thing you measure when a machine is too loud?", "", last, ""];
    const a = episode("Building Quiet Machines: a talk on fans", "Photo of a guest at a microphone in a studio", 12,
      "Ana Ruiz: We record the sound at several distances and look for sharp peaks.");
    const b = episode("Mapping Cities by Sound: a year of recordings", "Street scene with a recorder on a lamp post", 13,
      "Ana Ruiz: Delivery vans at dawn were louder than the evening traffic.");
    check(lines(...a, ...b), [
      { line: 0, title: "Building Quiet Machines: a talk on fans", titleLine: 0 },
      { line: a.length, title: "Mapping Cities by Sound: a year of recordings", titleLine: a.length },
    ]);
  });

  it("reads the CRLF versions the same way", () => {
    const a = post("Counting footsteps in train stations", body.station, ["* * *"]);
    const b = post("Floating covers that save pond water", body.ponds, ["[Read More]"]);
    const c = post("Unrolling loops for tiny arrays", body.loops, []);
    check(lines(...a, ...b, ...c).replace(/\n/g, "\r\n"), [{ line: 0 }, { line: a.length }, { line: a.length + b.length }]);
  });
});
