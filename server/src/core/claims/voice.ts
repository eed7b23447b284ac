// Exclusions by voice: who is speaking and how. Transcript talk, quotations, tutorial steps,
// speculation and obligations state no checkable fact unless they carry a figure, so they
// scale confidence down rather than drop the sentence.
import type { ExclusionRule } from "./exclusions";
import { compileWords } from "./cues";
import { holdsNumber, type SentenceFacts } from "./facts";
import { NUMBER_WORD } from "./quantityCues";
import { defineCue, matchesCue, type Cue } from "./triggers";

// Spoken asides in transcripts: fillers, or the speaker talking about themselves.
export const CONVERSATION = defineCue(
  /\b(?:um+|uh+|you know|I mean|kind of|sort of|I feel|I guess|I['’]m|I was|I had|I have|I love|I['’]d|yeah|okay|oh)\b|, like, |^(?:(?:so|and|but|well),? )*I /i,
  "um* uh* know i kind sort like yeah okay oh",
);

// Verbs that open a tutorial step ("Choose Deploy.", "Log out of the console.", "Also check
// that the port is open."). Verbs that
// also open statements ("Use of caches …", "Open-source models …") need an object after them.
const STEP_VERB = "(?:choose|select|click|convert|extract|rename|impute|tap|navigate|enter|specify|copy|paste|type|log (?:in|out|into)|sign (?:in|out)|upload|configure|provide|give|add|complete|create|replace|wait|save|delete|clean up|run|set up|review|deploy|edit|import|export|enable|disable|attach|confirm|ensure|keep|avoid|remember|open(?!-)|use (?:the|a|an|your|this|these|it|them|our)\\b|check (?:that|whether|if|for|your)\\b|verify|make sure|double-check|" +
  // Tuning steps name what to change ("Raise the pool size to 64", "Lower max_wal to 1GB"); the
  // object keeps "Lower latency means …" and "Increase in demand …" statements.
  "(?:raise|lower|increase|decrease|reduce|bump|set|tune|cap) (?:the|your|its|this|these|it|them|[\\w.-]+ (?:to|by|from)\\b))";
const IMPERATIVE = new RegExp(
  `^["“‘]?(?:\\(optional\\)\\s*)?(?:(?:then|now|next|first|finally|alternatively|also),? )?${STEP_VERB}\\s` +
  // "To avoid charges, log out of the console."
  `|^to [^,]{1,80}, ${STEP_VERB}\\s`,
  "i",
);
// Second person: how-to prose addressed to the reader ("you can filter the columns …").
const SECOND_PERSON = defineCue(
  /\byou(?:['’]ll| (?:can|could|may|might|will|need|must|should|have to)\b)/i,
  "you",
  // Lead: a match opens with its trigger "you".
  "", 1, 0,
);
// A modal inside a relative clause or a comparison ("data that must remain secure", "better
// than they would be") qualifies a noun, not the sentence: up to two words may intervene.
const QUALIFYING = "(?<!\\b(?:that|which|who|than)\\s(?:[\\w’']+\\s){0,2})";
/** `\b(?:words)\b` unless QUALIFYING's clause precedes; the lookahead on how the words open
 * comes first, so the lookbehind runs only where one of them starts, not at every position. */
function unqualified(starts: string, words: string): RegExp {
  return new RegExp(`\\b(?=${starts})${QUALIFYING}(?:${words})\\b`, "i");
}
// Hedged or hypothetical statements: what could happen is not what happened.
const SPECULATION = defineCue(
  unqualified("could|would|might|potentially|possibly|perhaps|promise|has the potential",
    "could|would|might|potentially|possibly|perhaps|promises? to|has the potential"),
  "could would might potentially possibly perhaps promise promises potential",
  // Lead: "has the potential" puts "potential" 8 characters in.
  "", 1, 8,
);
// Obligations and requirements: what must be done is a design goal, not a result.
// Advice to the reader ("you shouldn't run it on …", "you should keep backups for 30 days") is an
// instruction with or without a figure; "you should see / get …" predicts an outcome instead.
const ADVICE = defineCue(
  /\byou (?:really |probably |definitely |still |also )?(?:should(?:n['’]t)?|ought(?:n['’]t)? to|had better)\b(?! (?:see|get|notice|expect|observe|find)\b)/i,
  "you",
  // Lead: a match opens with its trigger "you".
  "", 1, 0,
);
const OBLIGATION = defineCue(
  unqualified("must|should|ought|need|ha[vs]", "must|should|ought to|needs? to|ha(?:ve|s) to"),
  "must should ought need needs have has",
  // Lead: a match opens with its trigger word.
  "", 1, 0,
);

// Transcripts spell numbers out ("within four days", "twice as fast", "forty percent"): in
// speech a number word with a unit or a multiplier is the figure a written post would give in
// digits, so it counts as one against the "spoken" discount. Bare number words ("two of us")
// and vague amounts ("years of work") do not.
// "Capacity roughly doubled": a multiplier said as a verb is the spoken form of "2x".
const MULTIPLIED = "doubled|doubles|tripled|triples|quadrupled|halved|halves";
const SPOKEN_QUANTITY = defineCue(
  new RegExp(
    `\\b(?:${NUMBER_WORD}(?:[- ]${NUMBER_WORD}){0,3} (?:percent|per cent|times|seconds|minutes|hours|days|weeks|months|years|degrees|kilometers|kilometres|miles|meters|metres|dollars|euros|pounds)|(?:twice|half|three times|four times|ten times) as \\w+ as|${MULTIPLIED})\\b`,
    "i",
  ),
  "percent cent times seconds minutes hours days weeks months years degrees kilometers kilometres miles meters metres dollars euros pounds as " +
    "doubled doubles tripled triples quadrupled halved halves",
);
// Availability said aloud ("the data is freely available under an open license") is as
// checkable as written; the other cues ("we can", "allowed us", "then we launched it") are
// how people talk about their work.
const SPOKEN_AVAILABILITY = defineCue(
  compileWords([
    "(?:generally|publicly|freely|widely|commercially|openly) available", "now available",
    "(?:is|are) (?:now |currently |already |also )?available (?:on|for|in|at|from|under|via|to|today|now)",
    "open[- ]sourc(?:ed|ing)", "(?:is|are|was|were) (?:now )?open[- ]source",
  ]),
  "available open",
  // Lead: "are currently available" puts "available" 14 characters in.
  "", 1, 14,
);

/** The sentence matches the cue (its regex runs only when a trigger word is present). */
function has(f: SentenceFacts, cue: Cue): boolean {
  return matchesCue(cue, f.text, f.cues, f.cueStarts);
}

export const VOICE_EXCLUSIONS: ExclusionRule[] = [
  { name: "imperative", factor: 0.25, test: (f) => IMPERATIVE.test(f.text) },
  // Transcript talk without a figure is conversation, even when it says "we can" or "allowed us".
  { name: "spoken", factor: 0.55, test: (f) => f.spoken && !holdsNumber(f) && !has(f, SPOKEN_QUANTITY) && !has(f, SPOKEN_AVAILABILITY) },
  // A figure in a filler-laden aside ("like, 99 percent of the time, you know") is a manner of speaking.
  { name: "spoken-aside", factor: 0.8, test: (f) => f.spoken && holdsNumber(f) && has(f, CONVERSATION) },
  { name: "conversation", factor: 0.5, test: (f) => !holdsNumber(f) && has(f, CONVERSATION) },
  { name: "quotation", factor: 0.6, test: (f) => f.quoteLine && !holdsNumber(f) },
  { name: "advice", factor: 0.4, test: (f) => has(f, ADVICE) },
  { name: "second-person", factor: 0.7, test: (f) => has(f, SECOND_PERSON) },
  { name: "speculation", factor: 0.6, test: (f) => !holdsNumber(f) && has(f, SPECULATION) },
  { name: "obligation", factor: 0.6, test: (f) => !holdsNumber(f) && has(f, OBLIGATION) },
];

/** Exported for tests and debugging: the step-verb test alone. */
export function opensWithStep(facts: Pick<SentenceFacts, "text">): boolean {
  return IMPERATIVE.test(facts.text);
}
