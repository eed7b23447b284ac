// Title lines shown once: a headline where the topic changes starts a post; a section heading
// (its words used just before it, or the topic continuing) or a stock heading does not.
import { check, lines } from "./checkArticles";

const para = (...xs: string[]) => xs.flatMap((x) => [x, ""]);

const lighthouses = [
  "Teaching Old Lighthouses New Tricks", "",
  ...para("Most of the coastal lighthouses on our stretch of shore were automated decades ago, and their lamps and fog signals now run on timers that ignore the weather.",
    "We fitted six lighthouses with small visibility sensors that measure how far light travels through haze, and linked each sensor to the lamp controller."),
  "How the sensors decide", "",
  ...para("Each visibility sensor fires a short infrared pulse and measures how much of it scatters back from fog droplets, giving a visibility estimate every ten seconds.",
    "When visibility drops below two nautical miles, the lamp controller raises the beam and starts the fog signal, and relaxes both once the haze clears.",
    "Over one winter the lighthouses ran their fog signals forty percent less often, and the keepers reported no complaints from fishing crews."),
];
const snow = [
  "A Cheaper Way to Measure Snow on Mountain Roads", "",
  ...para("Road crews in the high passes decide when to send ploughs by phoning drivers and looking at webcams, which works poorly at night and in storms.",
    "We mounted ultrasonic depth gauges on existing signposts along three mountain roads so that each gauge reports the snow depth under it every five minutes.",
    "Plough dispatchers now see snow depth for every kilometre of road on a map, and the first ploughs leave half an hour earlier on stormy nights."),
];
const bread = [
  "Why Bakeries Waste Less Bread on Rainy Days", "",
  ...para("A chain of twenty bakeries shared three years of sales with us, and rain changes which loaves customers buy far more than how many they buy.",
    "On wet mornings customers buy more sliced sandwich loaves and fewer baguettes, probably because they shop once for the week instead of daily.",
    "A simple forecast that adjusts the morning bake for each loaf type from the rain forecast cut unsold bread by about a fifth."),
];

describe("articles: title lines shown once", () => {
  it("starts a post at each title line where the vocabulary changes, keeping section headings", () => {
    const text = lines(...lighthouses, ...snow, ...bread);
    check(text, [
      { line: 0, title: "Teaching Old Lighthouses New Tricks", titleLine: 0, sections: ["How the sensors decide"] },
      { line: lighthouses.length, title: "A Cheaper Way to Measure Snow on Mountain Roads", titleLine: lighthouses.length, derived: false, evidence: /title line where the topic changes/ },
      { line: lighthouses.length + snow.length, title: "Why Bakeries Waste Less Bread on Rainy Days", evidence: /title line/ },
    ]);
  });

  it("does not split one post at a heading that names what the post just introduced", () => {
    const text = lines(...lighthouses.slice(0, 4),
      ...para("The new controller, which we call the Haze Aware Lamp Controller, replaces the old timer box and fits the same mounting rails."),
      "Installing the Haze Aware Lamp Controller", "",
      ...para("Electricians swapped the boxes in an afternoon per tower, using ladders, hand tools and a short checklist printed on waterproof card."));
    check(text, [{ line: 0, sections: ["Installing the Haze Aware Lamp Controller"] }]);
  });

  it("does not split at a stock closing section", () => {
    const text = lines(...snow, "About the Authors", "",
      "Maria Lindqvist leads maintenance planning for the northern district and has worked twelve winters in the job.", "", ...bread);
    check(text, [{ line: 0, sections: ["About the Authors"] }, { line: snow.length + 4, title: "Why Bakeries Waste Less Bread on Rainy Days" }]);
  });

  it("splits abstract-only items that follow a post without a footer or repeated title", () => {
    const text = lines(
      "Sound Maps of Busy Harbours", "", "Sound Maps of Busy Harbours", "",
      ...para("Hydrophones moored at the harbour mouth recorded ship engines, pile drivers and porpoise clicks for a year, and we turned them into hourly noise maps.",
        "The maps show that pile driving drowns out porpoise clicks for several kilometres, while ship engines mostly affect the shipping lane."),
      "Estimating Crop Yield From Tractor Vibration Logs", "",
      "We show that vibration logs recorded by ordinary tractors during harvest predict field yield almost as well as dedicated yield monitors.", "",
      "Learning Sparse Controllers for Swarms of Toy Drones", "",
      "This paper trains a controller for a swarm of toy drones that keeps formation while each drone talks to only two neighbours.", "",
      "Recycling Concrete Into New Concrete", "", "Recycling Concrete Into New Concrete", "",
      ...para("Crushed concrete from demolished buildings can replace part of the gravel in new concrete, but the old cement paste that clings to it soaks up water.",
        "Soaking the crushed concrete in a thin lime slurry before mixing sealed the old paste and gave nearly the strength of a gravel mix."));
    check(text, [
      { line: 0, title: "Sound Maps of Busy Harbours" },
      { line: 8, title: "Estimating Crop Yield From Tractor Vibration Logs", titleLine: 8, evidence: /title line where the topic changes/ },
      { line: 12, title: "Learning Sparse Controllers for Swarms of Toy Drones", titleLine: 12 },
      { line: 16, title: "Recycling Concrete Into New Concrete", evidence: /title line repeated/ },
    ]);
  });
});
