// Invented multi-article documents in the layouts of scraped dumps (feed exports with footers,
// repeated titles, metadata headers, untitled posts), built from word pools with a seeded
// PRNG so every run sees the same text. No corpus text.
export type Layout = "feed" | "titled" | "header" | "untitled";

const SUBJECTS = ["Harbour buoys", "Greenhouse controllers", "Tidal turbines", "Bee counters", "Glacier drones", "Bridge sensors", "Orchard robots", "Peat monitors", "Kelp farms", "Rail dampers"];
const VERBS = ["cut", "raise", "halve", "double", "reduce", "improve", "speed up", "stabilise"];
const OBJECTS = ["false alarms", "energy use", "repair costs", "water loss", "signal delay", "crop damage", "noise levels", "battery drain"];
const UNITS = ["%", " percent", " GB", " ms", "x", " million", " Gbit/s", " kWh"];
const FILLER = ["Engineers installed the first units last spring.", "Local crews were trained to replace the batteries.", "The pilot ran through a wet and windy season.", "Some sites needed a second mounting bracket.", "Volunteers logged every outage by hand.", "The vendor has not announced pricing yet."];

export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function sentence(random: () => number, subject: string): string {
  const n = Math.floor(random() * 90) + 3;
  const roll = random();
  if (roll < 0.35) return `${subject} ${pick(random, VERBS)} ${pick(random, OBJECTS)} by up to ${n}${pick(random, UNITS)} in our trials.`;
  if (roll < 0.5) return `It is the fastest system of its kind, with ${n} sites online.`;
  if (roll < 0.6) return `The team measured ${n}.${n % 10}${pick(random, UNITS)} on ${n % 12 + 1} test days.`;
  return pick(random, FILLER);
}

function body(random: () => number, subject: string): string[] {
  const out: string[] = [];
  const paragraphs = 3 + Math.floor(random() * 5);
  for (let i = 0; i < paragraphs; i++) {
    const count = 1 + Math.floor(random() * 3);
    out.push(Array.from({ length: count }, () => sentence(random, subject)).join(" "));
  }
  if (random() < 0.3) out.push("Results at a glance");
  return out;
}

function article(random: () => number, layout: Layout, index: number): string[] {
  const subject = pick(random, SUBJECTS);
  const title = `${subject} ${pick(random, ["learn to", "begin to", "try to"])} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${index + 1}`;
  const text = body(random, subject);
  switch (layout) {
    case "feed": {
      const caption = `Photo of ${subject.toLowerCase()} at work near site number ${index + 7}`;
      return [caption, title, caption, ...text, `The post ${title} appeared first on Example Field Notes.`, "Read More"];
    }
    case "titled": return [title, title, ...text];
    case "header": return [`title: ${title} | Field Notes`, `url: https://example.org/posts/${index + 1}`, `date: 2024-0${(index % 9) + 1}-12`, ...text];
    case "untitled": return text;
  }
}

/** A document of `articles` posts in one layout; blank lines between paragraphs when `spaced`. */
export function composeDocument(seed: number, layout: Layout, articles: number, options: { spaced?: boolean; crlf?: boolean } = {}): string {
  const random = createRandom(seed);
  const lines: string[] = [];
  for (let i = 0; i < articles; i++) {
    for (const line of article(random, layout, i)) {
      lines.push(line);
      if (options.spaced !== false) lines.push("");
    }
  }
  return lines.join(options.crlf ? "\r\n" : "\n");
}
