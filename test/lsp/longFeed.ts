// A long invented feed export (no corpus text): posts in the FEED_EXPORT layout whose sentences
// are drawn from a small vocabulary by a seeded generator, so every post differs from the others.
const WORDS = [
  "sensor", "harbour", "network", "model", "battery", "turbine", "cluster", "storage", "river", "forecast",
  "pipeline", "controller", "satellite", "reactor", "grid", "camera", "engine", "library", "compiler", "orchard",
  "measures", "reduces", "reports", "doubles", "improves", "tracks", "predicts", "stores", "cools", "links",
];
/** Named systems: posts stating one system's size with other values make figure conflicts. */
const NAMES = ["Kestrel", "Osprey", "Heron", "Plover", "Merlin"];

/** One post: title, lead, sentences with figures, footer. */
export function writePost(n: number, random: () => number): string {
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  const sentence = (length: number) => Array.from({ length }, word).join(" ");
  const title = `Field note ${n}: the ${word()} and the ${word()}`;
  return [
    title, "",
    `The ${sentence(12)} ${sentence(10)}.`, "",
    `Our ${word()} ${word()} cuts ${word()} losses by ${10 + (n % 80)}% and ${sentence(8)} every ${5 + (n % 50)} seconds.`, "",
    `We ${sentence(14)}.`, "",
    `The ${NAMES[n % NAMES.length]} supercomputer links ${1000 + (n % 7) * 100} GPUs with a fast optical fabric.`, "",
    `The post ${title} appeared first on Example Field Blog.`, "",
    "Read More", "",
  ].join("\n");
}

/** Posts until the text is at least `chars` long. */
export function writeLongFeed(chars: number, seed = 7): { text: string; posts: string[] } {
  let state = seed;
  // A linear congruential generator: the same text on every run.
  const random = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
  const posts: string[] = [];
  let length = 0;
  for (let n = 1; length < chars; n++) { const post = writePost(n, random); posts.push(post); length += post.length + 1; }
  return { text: posts.join("\n"), posts };
}
