// Whole invented articles in genres the sample corpus lacks, each sentence annotated by hand
// per ANNOTATION.md: "{+}" opens a check-worthy claim, "{-}" a sentence that is none, "{~}" a
// borderline one that is not checked either way. Markers stand where a sentence starts.

export interface AnnotatedSentence {
  text: string;
  start: number;
  end: number;
  /** true: a claim; false: not one; null: borderline, not checked. */
  claim: boolean | null;
}

export interface AnnotatedArticle {
  genre: string;
  text: string;
  sentences: AnnotatedSentence[];
}

const MARK = /\{([+~-])\}/g;

/** The plain text of a marked article and its sentences: each runs from its marker to the next
 * marker or the end of its line, trimmed. */
export function parseArticle(genre: string, marked: string): AnnotatedArticle {
  let text = "";
  const sentences: AnnotatedSentence[] = [];
  for (const line of marked.split("\n")) {
    const parts = line.split(MARK);
    // parts: [before, mark, sentence, mark, sentence, …]
    text += parts[0];
    for (let k = 1; k < parts.length; k += 2) {
      const body = parts[k + 1];
      const lead = body.length - body.trimStart().length;
      const trimmed = body.trim();
      const start = text.length + lead;
      sentences.push({ text: trimmed, start, end: start + trimmed.length, claim: parts[k] === "+" ? true : parts[k] === "-" ? false : null });
      text += body;
    }
    text += "\n";
  }
  return { genre, text: text.slice(0, -1), sentences };
}

const PRESS_RELEASE = `{-}Halvard Robotics Launches Tern 3 Warehouse Picker

{+}OSLO, March 4, 2025 /PRNewswire/ -- Halvard Robotics today announced the general availability of Tern 3, its third-generation autonomous picking robot for mid-sized warehouses.
{+}Tern 3 picks up to 1,100 items per hour, 40% more than its predecessor. {+}The robot ships with a redesigned suction gripper that handles boxes weighing up to 18 kilograms.
{-}“We are thrilled to bring Tern 3 to warehouses across Europe,” said Mira Stenberg, CEO of Halvard Robotics.
{+}We are excited to share that Nordlys Freight now runs Tern 3 in 6 of its warehouses.
{+}Early adopters include Nordlys Freight, which deployed 24 units across two distribution centers in January. {+}During a six-week pilot, Nordlys reported a 27% drop in order-handling time.
{+}Tern 3 is available today in Norway, Sweden and Denmark, with a wider European rollout planned for the second half of 2025. {+}Pricing starts at €2,400 per unit per month, including maintenance.
{-}About Halvard Robotics
{~}Halvard Robotics builds autonomous robots for logistics and retail. {+}Founded in 2017, the company employs more than 300 people in Oslo and Gdańsk.
{-}For more information, visit halvard.example.com.
{-}Media contact: Jon Aas, press@halvard.example.com`;

const INTERVIEW = `{-}Episode 42: Building a Seed Bank for Alpine Plants

{-}In this episode, host Dana Reyes talks with botanist Ilse Brandt about the Tirol alpine seed vault.

DANA: {-}Welcome to the show, Ilse.

ILSE: {-}Thanks for having me.

DANA: {-}How did the seed vault start?

ILSE: {~}We started collecting in 2016 with a grant from the regional government. {+}Since then we have banked seeds from 412 species, which is roughly 60 percent of the alpine flora in the region.

DANA: {-}That's a lot of species.

ILSE: {-}It is, and honestly I love the fieldwork part of it. {+}Our seeds are stored at minus 20 degrees Celsius, and tests show that most of them stay viable for more than 50 years.

DANA: {-}What surprised you the most?

ILSE: {-}I think the biggest surprise was how fast some species germinate after thawing. {+}Some gentians sprouted within four days, which is twice as fast as in the wild.

DANA: {-}Where can listeners learn more?

ILSE: {+}Our website lists every species we hold, and the data is freely available under an open license.

DANA: {-}Ilse Brandt, thank you so much.`;

const OPINION_COLUMN = `{-}Cities Should Stop Building Parking Garages
{-}By Tomas Keller

{~}Every few months my city council approves another parking garage downtown. {-}I think this is a mistake.
{+}A single garage space costs between $25,000 and $50,000 to build, according to a 2023 survey by a land-use institute. {+}Meanwhile, downtown garage occupancy in most mid-sized cities has fallen below 60 percent since 2019.
{~}We are paying for concrete that sits empty half the day.
{-}Other cities have taken a different path. {+}Minneapolis eliminated parking minimums citywide in 2021, and housing permits rose in the following two years.
{-}Of course, store owners worry that customers will stop coming. {-}That fear is understandable, but it is not the whole story.
{+}A study of 14 shopping streets in Toronto found that cyclists and pedestrians spent more per month than drivers.
{-}It is time for our council to put that money into buses and bike lanes instead.
{-}Tomas Keller is a transportation planner and writes a monthly column for this paper.`;

const LAB_BLOG = `{-}Teaching Small Models to Read Tables

{~}Tables are everywhere in scientific papers, but language models often misread them. {-}In this post, we walk through how we built TabLite.
{+}TabLite is a 350-million-parameter model trained on 2.1 million table–question pairs. {-}We generated the training pairs from public spreadsheets using a set of templates.
{+}On the WikiTQ benchmark, TabLite reaches 61.4% accuracy, compared with 48.9% for a general model of the same size. {+}It also beats a model ten times larger on questions that require adding up a column.
{+}Training took 36 hours on eight GPUs.
{+}We found that most remaining errors come from merged header cells. {-}We hope to fix this by adding layout tokens in the next version.
{+}The model and the evaluation scripts are available on our GitHub page.
{-}Thanks to Priya and Jonas for their help with the annotation.
{-}Want to try it?`;

const TUTORIAL = `{-}How to Set Up a Raspberry Pi Weather Station

{-}In this guide, you will build a small weather station that logs temperature and humidity. {-}You will need a Raspberry Pi, a BME280 sensor and four jumper wires.
{+}The BME280 measures pressure to within ±1 hPa and draws less than 4 µA in sleep mode.
{-}First, connect the sensor's SDA pin to GPIO 2 and SCL to GPIO 3. {-}Next, enable I2C in the configuration menu.
{-}Install the Python library with pip.
{-}pip install bme280-reader
{+}The library reads all three values in a single call, so a full reading takes about 40 milliseconds.
{-}Create a file called logger.py and paste the script below. {-}Run the script and check that a new line appears in weather.csv every minute.
{+}On a Pi Zero 2 W, the whole setup draws under 1 watt, so it can run for days on a small power bank.
{-}If the readings look wrong, make sure the sensor is not mounted next to the Pi's CPU.
{-}Happy building!`;

const NEWSLETTER = `{-}The Weekly Stack — Issue 118

{-}Here is what caught our eye this week.

{-}1. Postgres 17 beta is out
{+}The first beta of Postgres 17 adds incremental backups and a new JSON_TABLE function. {+}Early benchmarks from the community show vacuum running up to 20x faster on large tables.

{-}2. Rust in the kernel
{+}Linux 6.8 merged the first network driver written in Rust. {-}Maintainers expect more drivers to follow over the next year.

{-}3. A new home for Kubernetes docs
{+}The Kubernetes documentation moved to a new site built with Hugo. {+}The old URLs redirect automatically.

{-}We're hiring a technical writer — reply to this email if you're interested.
{-}That's all for this week, see you next Tuesday.`;

const FORUM_ANSWER = `{-}Re: Why is my SSD slower after a few months?
{-}Posted by kvasir_88

{-}Short answer: it's probably the SLC cache filling up.
{+}Most consumer SSDs write incoming data to a small fast cache first and move it to slower TLC or QLC cells later. {+}On a drive that is nearly full, that cache shrinks, and sustained writes can drop to around 100 MB/s.
{~}I had the same problem with my 1 TB drive last year.
{+}Unlike NTFS, ext4 supports online defragmentation.
{-}Try keeping at least 20% of the drive free. {-}Also check that TRIM is enabled; on Windows you can run fsutil behavior query DisableDeleteNotify.
{+}Firmware updates fixed a similar slowdown on some Samsung 840 EVO drives back in 2014.
{-}Hope this helps!
{-}Edit: typo`;

const TALK_RECAP = `{-}Recap: Scaling Search at Fernway (DataConf 2024)

{~}At DataConf in Lisbon last week, Fernway engineer Ola Mensah gave a talk on how her team rebuilt product search.
{+}Fernway's catalog grew from 2 million to 30 million listings in three years, and the old Elasticsearch cluster could not keep up. {+}The team replaced it with a sharded vector index that serves 8,000 queries per second at a p99 latency of 45 ms.
{-}Mensah explained that the hardest part was not the index itself but keeping it fresh.
{+}New listings now appear in search results within 90 seconds, down from about 15 minutes. {+}She also showed that click-through rate rose by 11% after the switch.
{-}One audience member asked whether the vector index handles typos well. {+}Mensah said it does not, so Fernway still runs a spelling corrector in front of it.
{~}The slides are available on the conference website.
{-}We'll be covering more talks from DataConf in the coming weeks.`;

export const GENRE_ARTICLES: AnnotatedArticle[] = [
  parseArticle("press release", PRESS_RELEASE),
  parseArticle("interview", INTERVIEW),
  parseArticle("opinion column", OPINION_COLUMN),
  parseArticle("lab blog", LAB_BLOG),
  parseArticle("tutorial", TUTORIAL),
  parseArticle("newsletter", NEWSLETTER),
  parseArticle("forum answer", FORUM_ANSWER),
  parseArticle("talk recap", TALK_RECAP),
];
