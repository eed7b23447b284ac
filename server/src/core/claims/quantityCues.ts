// Quantities named without digits or with a relation: big-O and "=" relations, measured nouns
// next to a number, and amounts written out in words ("three weeks", "Seventeen of them").
import { compileWords } from "./cues";
import { defineCue } from "./triggers";

// A quantity named together with a relation (big-O, proportionality, "=") or a duration.
export const MEASUREMENT_RELATION = defineCue(
  /\bO\([^()]{1,80}\)|\bproportional to\b|\b(?:linear|quadratic|logarithmic)(?:ly)? (?:in|with)\b|\w\s?=\s?\S/i,
  "o proportional linear linearly quadratic quadratically logarithmic logarithmically",
  // Lead: "x = 3" puts "=" 2 characters in.
  "=", 1, 2,
);
export const MEASUREMENT_NOUN = defineCue(
  compileWords([
  "latency", "throughput", "accuracy", "memory(?: usage| footprint| overhead)?", "runtime", "bandwidth",
  "parameters", "(?:model|batch|file|dataset) size", "overhead", "time and space", "energy", "power draw",
  "cost", "hours?", "days?", "weeks?", "months?", "years?",
]),
  "latency throughput accuracy memory runtime bandwidth parameters size overhead space energy draw cost hour hours day days week weeks month months year years",
  // Lead: "time and space" puts "space" 9 characters in.
  "", 1, 9,
);
// Number words, one to a billion, as spelled-out quantities are built from them ("fifty-two").
const UNITS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" +
  "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion";
export const NUMBER_WORD = `(?:one|${UNITS})`;
export const SPELLED_AMOUNT = defineCue(
  compileWords([
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a few|several|hundreds of|thousands of|millions of|billions of) (?:seconds|minutes|hours|days|weeks|months|years|GPUs|machines|layers|parameters)",
  "(?:from|by) (?:one|two|three|four|five|half) to (?:one|two|three|four|five)",
  "(?:hours|days|weeks|months|years|dozens|hundreds|thousands|millions|billions) of (?!\\w+ing\\b)\\w+",
]),
  "seconds minutes hours days weeks months years gpus machines layers parameters one two three four five dozens hundreds thousands millions billions",
  // Lead: "from half to one" puts "one" 13 characters in.
  "", 1, 13,
);
// Spelled-out percentages ("fifty-two percent") and counts of machines and sites ("all six
// nodes"). Apart from SPELLED_AMOUNT, so its regex runs only where one of these nouns occurs.
export const SPELLED_COUNT = defineCue(
  compileWords([`${NUMBER_WORD}(?:-${NUMBER_WORD})? (?:percent|per cent|nodes|servers|hosts|cores|replicas|regions|zones|racks|disks|drives|sites|countries|employees|customers)`]),
  // A match holds a number word and a noun: two triggers, so a lone "percent" skips the regex.
  `percent cent nodes servers hosts cores replicas regions zones racks disks drives sites countries employees customers one ${UNITS.replace(/\|/g, " ")}`,
  // Lead: a match opens with its number word.
  "", 2, 0,
);
// A bound on a single unit ("a lag of under one second").
export const SPELLED_BOUND = defineCue(
  compileWords(["(?:under|below|within|less than|more than|over|about|around|nearly|roughly) (?:one|a single) (?:millisecond|second|minute|hour|day|week|month|year)"]),
  // A match holds "one" or "single" and a unit: two triggers, so "every day" skips the regex.
  "millisecond second minute hour day week month year one single",
  // Lead: "less than a single " puts the unit 19 characters in.
  "", 2, 19,
);

// Style guides spell out a number that opens a sentence ("Seventeen of the alerts were …",
// "Forty percent of users …"): written that way, it is the sentence's figure. "One" is mostly a
// pronoun ("One of the reasons …") and counts of points a text is about to make ("Three things
// stand out") are no quantity.
export const SPELLED_OPENING = defineCue(
  new RegExp(`^(?:${UNITS})(?:[- ]${NUMBER_WORD}){0,3}\\b(?! (?:things?|reasons?|ways?|points?|questions?|lessons?|takeaways?|tips?|steps?|ideas?|examples?|options?|more|or|and|of (?:us|you|them|these|those (?:who|which|that)))\\b)`, "i"),
  UNITS.replace(/\|/g, " "),
  // Lead: a match opens the sentence with its first trigger.
  "", 1, 0,
);
