// Feed exports: alt line, title, repeated alt line, body, "The post … appeared first on …", "Read More".
import { strict as assert } from "node:assert";
import { check, lines } from "./checkArticles";

const post = (alt: string, title: string, body: string[]) => [
  alt, "", title, "", alt, "", ...body.flatMap((p) => [p, ""]),
  `The post ${title} appeared first on Harbor Labs Journal.`, "", "Read More", "",
];

const feed = [
  ...post("A grey heron standing in shallow water beside a sensor buoy", "Listening to wetlands with floating microphones",
    ["Our team placed twelve floating microphones across a marsh to follow bird calls through the seasons.",
      "Field notes",
      "The buoys recorded for ninety days and sent short summaries over a low-power radio link each night."]),
  ...post("Diagram of a solar panel array with cleaning robots moving between rows", "Robots that keep desert solar panels clean",
    ["Dust can cut the output of a panel by a quarter within weeks, so we built a small robot that brushes each row at dawn.",
      "It uses no water, which matters in places where every litre is trucked in from far away."]),
].join("\n");

describe("articles: feed exports", () => {
  it("starts each post at its alt line and takes the title the footer names", () => {
    check(feed, [
      { line: 0, title: "Listening to wetlands with floating microphones", titleLine: 2, derived: false, sections: ["Field notes"] },
      { line: 16, title: "Robots that keep desert solar panels clean", titleLine: 18, evidence: /feed footer \("The post … appeared first on …", "Read More"\)/ },
    ]);
  });

  it("keeps the footer and Read More with the post they close", () => {
    const [first, second] = check(feed, [{ line: 0 }, { line: 16 }]);
    assert.equal(first.range.end.line, 14, "first post ends on its Read More line");
    assert.ok(second.range.end.line > 16);
  });

  it("reads CRLF input the same way", () => {
    check(feed.replace(/\n/g, "\r\n"), [
      { line: 0, title: "Listening to wetlands with floating microphones", titleLine: 2 },
      { line: 16, title: "Robots that keep desert solar panels clean", titleLine: 18 },
    ]);
  });

  it("marks a post cut off at the end of the file as a fragment", () => {
    const cut = feed + "\n" + lines("A tram crossing a bridge at night", "", "Counting trams with a single camera", "",
      "A tram crossing a bridge at night", "", "We mounted one camera above a junction and counted every tram for a month.");
    check(cut, [{ line: 0, fragment: false }, { line: 16, fragment: false },
      { line: 30, title: "Counting trams with a single camera", fragment: true, evidence: /without the feed footer/ }]);
  });

  it("marks a file that starts inside a post as a fragment named by its footer", () => {
    const text = lines("and the sensors kept working through two storms without a single reset.", "",
      "The post Weatherproof sensors for coastal towns appeared first on Harbor Labs Journal.", "", "Read More", "", feed);
    check(text, [
      { line: 0, title: "Weatherproof sensors for coastal towns", titleLine: 2, fragment: true, evidence: /truncated/ },
      { line: 6 }, { line: 22 },
    ]);
  });
});
