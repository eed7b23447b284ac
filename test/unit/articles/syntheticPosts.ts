// Invented multi-topic text for cohesion tests: posts built from sentence frames filled with
// the words of one topic, long posts drifting from section to section, shared filler words
// throughout. A seeded generator keeps every run the same.

interface Topic { name: string; core: string[]; facets: string[][] }

// Each topic: its name, words any paragraph of it may use, and word groups that one section
// leans on (so a long post drifts without leaving its topic).
export const TOPICS: Topic[] = [
  { name: "HiveSense", core: ["hive", "colony", "bees", "beekeeper", "honey", "swarm"], facets: [["hum", "pitch", "microphone", "recording"], ["temperature", "brood", "winter", "cluster"], ["weight", "scale", "nectar", "flow"], ["battery", "board", "radio", "phone"], ["apiary", "inspection", "queen", "frames"], ["robbing", "neighbour", "entrance", "guard"]] },
  { name: "SpanScout", core: ["bridge", "girder", "drone", "inspection", "steel", "deck"], facets: [["rivet", "weld", "bearing", "crack"], ["laser", "distance", "flight", "path"], ["rust", "paint", "corrosion", "patch"], ["photograph", "camera", "mosaic", "model"], ["river", "span", "pier", "current"], ["rope", "engineer", "ladder", "access"]] },
  { name: "LeavenNet", core: ["dough", "starter", "sourdough", "baker", "loaf", "fermentation"], facets: [["flour", "rye", "spelt", "wheat"], ["jar", "photo", "bubble", "rise"], ["kitchen", "temperature", "summer", "proof"], ["oven", "crust", "steam", "bake"], ["acid", "sour", "flavour", "yeast"], ["bakery", "schedule", "night", "morning"]] },
  { name: "TideWatch", core: ["tide", "harbour", "gauge", "sea", "coast", "flood"], facets: [["storm", "surge", "wind", "pressure"], ["buoy", "sensor", "float", "mooring"], ["moon", "cycle", "spring", "neap"], ["quay", "ferry", "berth", "captain"], ["marsh", "wetland", "sediment", "erosion"], ["warning", "siren", "resident", "evacuation"]] },
  { name: "RailPulse", core: ["train", "track", "rail", "signal", "station", "carriage"], facets: [["wheel", "axle", "vibration", "bearing"], ["timetable", "delay", "platform", "passenger"], ["sleeper", "ballast", "gauge", "curve"], ["catenary", "pantograph", "voltage", "wire"], ["freight", "container", "wagon", "yard"], ["driver", "cab", "brake", "speed"]] },
  { name: "CanopyCount", core: ["forest", "tree", "canopy", "leaf", "trunk", "ranger"], facets: [["lidar", "scan", "height", "crown"], ["bark", "beetle", "disease", "fungus"], ["rain", "drought", "soil", "root"], ["bird", "nest", "owl", "woodpecker"], ["logging", "permit", "timber", "road"], ["seedling", "nursery", "planting", "volunteer"]] },
  { name: "GlacierLog", core: ["glacier", "ice", "melt", "snow", "valley", "crevasse"], facets: [["stake", "ablation", "summer", "surface"], ["radar", "thickness", "bedrock", "survey"], ["meltwater", "stream", "lake", "outburst"], ["moraine", "boulder", "debris", "retreat"], ["camp", "tent", "skier", "guide"], ["satellite", "image", "velocity", "flow"]] },
  { name: "WasteWise", core: ["bin", "waste", "recycling", "truck", "landfill", "collection"], facets: [["plastic", "bottle", "sorting", "conveyor"], ["compost", "food", "scrap", "garden"], ["route", "driver", "street", "schedule"], ["glass", "colour", "shard", "furnace"], ["paper", "cardboard", "bale", "mill"], ["fee", "household", "council", "budget"]] },
];

// Filler every post shares: it must not make two posts look alike.
const SHARED = ["team", "system", "month", "city", "people", "measure", "month", "design", "test", "change", "group", "place", "plan"];

const FRAMES = [
  "The {a} and the {b} were checked against the {c} every {s} for the whole trial.",
  "We found that the {a} changes faster than the {b} when the {c} is involved.",
  "Each {a} reports its {b} to a small {s}, which keeps a record of the {c}.",
  "A {a} with a worn {b} behaves very differently from one with a new {c}.",
  "Our {s} compared the {a} with the {b} and found the {c} mattered most.",
  "In the second {s}, the {a} and its {b} showed a clear link to the {c}.",
  "Readings of the {a} near the {b} rose sharply whenever the {c} shifted.",
  "The {c} was hard to track, so we watched the {a} and the {b} instead.",
];

export function makeRandom(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
}

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

/** One paragraph of `sentences` sentences about a topic, leaning on one facet. */
function writeParagraph(r: () => number, topic: Topic, facet: string[], sentences: number, opening: boolean): string {
  const word = () => { const u = r(); return u < 0.45 ? pick(r, topic.core) : u < 0.85 ? pick(r, facet) : pick(r, SHARED); };
  const out: string[] = [];
  if (opening) out.push(`${topic.name} is a new way to follow the ${pick(r, topic.core)} and the ${pick(r, topic.core)} without extra work.`);
  while (out.length < sentences) {
    const s = pick(r, FRAMES).replace(/\{[abc]\}/g, word).replace("{s}", pick(r, SHARED));
    out.push(r() < 0.3 ? s.replace(/^The /, `In ${topic.name}, the `) : s);
  }
  return out.join(" ");
}

/** A post of `paragraphs` paragraphs; a new facet every `sectionLength` paragraphs. */
export function writePost(r: () => number, topic: Topic, paragraphs: number, sectionLength = 5): string[] {
  const out: string[] = [];
  let facet = pick(r, topic.facets);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % sectionLength === 0) facet = pick(r, topic.facets.filter((f) => f !== facet));
    out.push(writeParagraph(r, topic, facet, 3 + Math.floor(r() * 3), p === 0));
  }
  return out;
}

/** Posts of the given lengths on different topics, run together one paragraph per line. */
export function writeUnmarkedFile(seed: number, lengths: number[]): { paragraphs: string[]; starts: number[] } {
  const r = makeRandom(seed);
  const order = [...TOPICS].sort(() => r() - 0.5);
  const paragraphs: string[] = [], starts: number[] = [];
  lengths.forEach((n, k) => { starts.push(paragraphs.length); paragraphs.push(...writePost(r, order[k % order.length], n)); });
  return { paragraphs, starts };
}
