// House numbers in street addresses and versions after upgrade words are names, not figures;
// the same numbers stay figures where they count or measure something.
import { check, checkNone } from "./checkFigures";

describe("figures: house numbers and upgrade versions", () => {
  const none: [string, string][] = [
    ["a house number in a footer address", "© 2023 Brightwater Post, 27 Kelpie Row, Dunmore"],
    ["a house number with a letter", "Visit us at 4b Gannet Street, second floor."],
    ["a house number before a two-word street", "Send cheques to 112 Old Mill Road."],
    ["an abbreviated street word", "Our office: 9 Larch Ave. Open weekdays."],
    ["versions after an upgrade word", "Upgrades from 2.0 and 2.1 keep their settings."],
    ["a version pair after migrating", "Teams migrating from 5.3 to 5.4 should read the notes."],
    ["a version after 'updated to'", "The agent was updated to 1.12 last night."],
  ];
  for (const [name, fixture] of none) it(`ignores ${name}`, () => checkNone(fixture));

  it("keeps a count before a street name that modifies a counted noun", () => {
    check("We opened 3 Market Street stores this year.", [{ text: "3 Market Street stores", value: 3 }]);
  });
  it("keeps a number before a lower-case road word", () => {
    check("The bypass added 4 lane miles.", [{ text: "4 lane miles", value: 4 }]);
  });
  it("keeps a measured change written with from and to", () => {
    check("Median latency fell from 4.0 ms to 2.5 ms.", [{ text: "4.0 ms", value: 4 }, { text: "2.5 ms", value: 2.5 }]);
  });
  it("keeps an upgrade to a size with a unit", () => {
    check("We upgraded to 2.5 GB of cache per node.", [{ text: "2.5 GB", value: 2.5 }]);
  });
  it("keeps a bare decimal after a word that moves no software", () => {
    check("The index rose from 3.5 to 4.25 points.", [{ text: "3.5", value: 3.5 }, { text: "4.25 points", value: 4.25 }]);
  });
});

describe("figures: announced versions, numbered fields and hedged qualifiers", () => {
  const none: [string, string][] = [
    ["a version after an announced name", "Announcing tarwell 2.4 (Joe Brandt)"],
    ["a version after 'we released'", "Last week we released quillfs 0.12 to everyone."],
    ["a numbered digest field", "Message: 7"],
  ];
  for (const [name, fixture] of none) it(`ignores ${name}`, () => checkNone(fixture));

  it("keeps a count after an announcement that names no product", () => {
    check("Announcing 12 new regions today.", [{ text: "12 new regions", value: 12 }]);
  });
  it("keeps a number after a field label when more follows", () => {
    check("Message: 7 unread since Monday", [{ text: "7", value: 7 }]);
  });
  it("reads 'within' as an upper bound and 'maybe' as an estimate", () => {
    check("Throughput is within 10% of the old cluster, maybe 5% lower.", [
      { text: "within 10%", value: 10, qualifier: "up to" }, { text: "maybe 5%", value: 5, qualifier: "about" },
    ]);
  });
});
