// Markdown files holding several documents: each "# Title" (or "===" underlined title) starts
// an article; "##" headings are its sections; one "#" title alone names the single article.
import { check, lines } from "./checkArticles";

const doc = (title: string, section: string) => [
  `# ${title}`, "",
  "Volunteers logged every sighting on a shared map for a full season, noting the weather and the time of day.", "",
  `## ${section}`, "",
  "- most sightings came in the early morning", "- few came after heavy rain", "",
  "| Month | Sightings |", "|---|---|", "| May | 41 |", "",
  "The counts fell in late summer, when the meadows were cut for hay and the insects moved to the hedges.", "",
];

describe("articles: markdown documents", () => {
  it("starts an article at each level-1 heading and keeps ## headings as sections", () => {
    const a = doc("Butterflies of the Upper Meadow", "What the counts show");
    const b = doc("Counting Bats Under the Old Bridge", "Where the roosts are");
    check(lines(...a, ...b), [
      { line: 0, title: "Butterflies of the Upper Meadow", titleLine: 0, sections: ["What the counts show"], evidence: /level-1 heading/ },
      { line: a.length, title: "Counting Bats Under the Old Bridge", titleLine: a.length, sections: ["Where the roosts are"] },
    ]);
  });

  it("reads titles underlined with === the same way", () => {
    const text = lines("Butterflies of the Upper Meadow", "==============================", "",
      "Volunteers logged every sighting on a shared map for a full season, noting the weather and the time of day.", "",
      "Counting Bats Under the Old Bridge", "==================================", "",
      "Bat detectors under the arches recorded calls every night from April to October, and most calls came at dusk.");
    check(text, [{ line: 0, title: "Butterflies of the Upper Meadow" }, { line: 5, title: "Counting Bats Under the Old Bridge" }]);
  });

  it("keeps one document with a single # title whole", () => {
    check(lines(...doc("Butterflies of the Upper Meadow", "What the counts show")), [
      { line: 0, title: "Butterflies of the Upper Meadow", sections: ["What the counts show"] },
    ]);
  });

  it("does not take # comments inside code for titles", () => {
    const text = lines(...doc("Butterflies of the Upper Meadow", "Reading the data"), "```", "# load the counts", "counts = read_csv(path)",
      "# plot them", "plot(counts)", "```", "",
      "The plot makes the late summer drop easy to see, and it matches the dates on which the meadows were cut.");
    check(text, [{ line: 0 }]);
  });
});
