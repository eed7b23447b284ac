// Untitled posts run together one paragraph per line: lexical cohesion must find the topic changes.
import { strict as assert } from "node:assert";
import { check, lines } from "./checkArticles";
import { findUntitledBoundaries } from "../../../server/src/core/articles/untitledPosts";

const hives = [
  "How do you know when a beehive is about to swarm? Beekeepers usually open the hive and look, which disturbs the colony and takes time.",
  "HiveSense is a small sensor board that sits under the hive floor and listens to the colony, measuring the hum of the bees, the hive temperature and the weight of stored honey.",
  "Before a swarm the hum of the colony rises in pitch and the brood temperature drifts, and HiveSense learns these patterns from a season of recordings in each hive.",
  "We placed HiveSense boards in forty hives across three apiaries and compared the swarm warnings with the notes of the beekeepers who inspected the hives every week.",
  "The board warned of a swarm about four days early in most hives, and the beekeepers could split the colony before the bees left.",
  "Honey weight turned out to be useful as well: a sudden drop in hive weight during a honey flow often meant robbing bees from a neighbouring colony.",
  "Each HiveSense board runs for a full season on two batteries and sends a short summary of the hive to the beekeeper's phone each evening.",
  "Our paper is available here, and the HiveSense board designs are released under an open hardware licence.",
];
const bridges = [
  "Inspecting a steel bridge means sending engineers up ropes and ladders to look at thousands of rivets, welds and bearings by hand.",
  "SpanScout is a drone that flies a fixed path under the deck and photographs every girder, so inspectors can review the bridge from the ground.",
  "The drone keeps a steady distance from the steel using a laser range finder, which matters under a deck where satellite positioning fails.",
  "From the photographs, SpanScout builds a model of the girders and marks rust patches and cracks that have grown since the last inspection flight.",
  "On a test bridge over a river, SpanScout found every crack the engineers had logged and two rust patches they had missed on the far girder.",
  "A full inspection flight takes about forty minutes for a medium span, compared with two days of rope access for a team of engineers.",
  "The inspection agency now plans to fly SpanScout over twelve more river bridges later this year.",
];
const bread = [
  "Sourdough bakers judge fermentation by smell, touch and experience, and a starter that behaves one way in winter can behave very differently in summer.",
  "LeavenNet is a model that predicts when a sourdough will be ready to bake from the flour, the kitchen temperature and the age of the starter.",
  "Bakers photograph the dough in a clear jar every hour, and LeavenNet measures how far the dough has risen and how many bubbles show against the glass.",
  "We trained LeavenNet on eleven thousand jar photographs from home bakers and two bakeries, covering rye, wheat and spelt flours.",
  "LeavenNet predicted the best baking time within forty minutes for most loaves, and its errors were largest for very wet rye doughs.",
  "Several bakers told us the predictions helped them plan the bake around work instead of getting up at night to check the dough.",
  "We thank the bakers who shared their jar photographs and notes with us.",
];

describe("articles: untitled posts (lexical cohesion)", () => {
  it("finds the two topic changes in three unmarked posts and names each post", () => {
    check(lines(...hives, ...bridges, ...bread), [
      { line: 0, title: "HiveSense", derived: true, titleLine: null, evidence: /start of file/ },
      { line: hives.length, title: "SpanScout", derived: true, evidence: /topic change: vocabulary changes.*closing cue before/ },
      { line: hives.length + bridges.length, title: "LeavenNet", derived: true, evidence: /topic change/ },
    ]);
  });

  it("finds the same boundaries with blank lines and CRLF between paragraphs", () => {
    const text = [...hives, ...bridges, ...bread].join("\r\n\r\n");
    check(text, [{ line: 0 }, { line: 2 * hives.length }, { line: 2 * (hives.length + bridges.length) }]);
  });

  it("does not split one post that stays on its topic", () => {
    check(lines(...bridges, ...bridges.map((p) => p.replace("SpanScout", "the drone"))), [{ line: 0 }]);
  });

  it("never starts a post with a sentence that refers back or with a closing note", () => {
    const starts = findUntitledBoundaries([...hives, ...bridges, ...bread]).map((b) => [...hives, ...bridges, ...bread][b.at]);
    for (const s of starts) assert.doesNotMatch(s, /^(However|This|It|Our paper|We thank)\b/);
  });

  it("names a post without a recurring name by its shortened first sentence", () => {
    const [a] = check(lines("Tides are easy to predict and hard to explain, as anyone who has tried to teach them knows well."), [{ line: 0, derived: true }]);
    assert.equal(a.title, "Tides are easy to predict and hard to…");
  });
});
