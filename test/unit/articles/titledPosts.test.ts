// Feeds with repeated title lines and abstract-only items, separated by "Read More" lines.
import { check, lines } from "./checkArticles";

const text = lines(
  "Mapping Coral Reefs From Kayaks", "", "Mapping Coral Reefs From Kayaks", "",
  "Volunteers paddled over the reef with waterproof cameras and stitched the photos into one large map.", "",
  "Method", "", "Each kayak carried a camera pointed straight down and a cheap satellite receiver for position.", "",
  "reef diagram", "", "reef diagram", "",
  "The finished map shows where bleaching started and how far it spread in one summer.", "",
  "Read More", "",
  "A Faster Way to Sort Recycled Glass by Colour", "",
  "We describe a sorting line that sees colour with a cheap camera and blows each shard into the right bin with a short puff of air.", "",
  "Why Night Trains Are Coming Back", "", "Why Night Trains Are Coming Back", "",
  "Sleeper services are returning on routes where a flight is short but the trip to the airport is long.", "",
  "Read More",
);

describe("articles: titled posts", () => {
  it("starts a post at a repeated title, and at the title after Read More", () => {
    check(text, [
      { line: 0, title: "Mapping Coral Reefs From Kayaks", titleLine: 0, evidence: /title line repeated/, sections: ["Method"] },
      { line: 18, title: "A Faster Way to Sort Recycled Glass by Colour", titleLine: 18, evidence: /Read More/ },
      { line: 22, title: "Why Night Trains Are Coming Back", titleLine: 22, evidence: /title line repeated/ },
    ]);
  });

  it("does not take repeated lower-case alt text inside a post for a new title", () => {
    check(text, [{ line: 0 }, { line: 18 }, { line: 22 }]);
  });
});
