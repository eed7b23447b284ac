// Facts stated without a figure or a comparative: what a study found, a news lead's "today
// reported", a change made ("we replaced X with Y"), a state now in effect ("X now runs …") and
// a certification. Each names an event or a state that someone could verify.
import { compileWords } from "./cues";
import { defineCue } from "./triggers";

// "A survey of 900 firms found that …", "The 2022 study showed that …": the finding is the claim.
// The subject (a study noun, at most six words before the verb) is read by a lookbehind, so a
// match opens with its verb; a lookahead on the verb comes first, so the lookbehind runs only
// where a verb starts, not at every position.
const STUDY_NOUN = "(?:study|studies|survey|analysis|report|paper|experiment|trial|benchmark|audit|review|investigation|research|measurements?|data)";
export const STUDY_FINDING = defineCue(
  new RegExp(`\\b(?=(?:found|finds|showed|shows|concluded|concludes|confirmed|confirms|revealed|reveals) that\\b)(?<=\\b${STUDY_NOUN}(?: [\\w,-]{1,30}){0,6} )\\w+ that\\b`, "i"),
  // A match holds a study noun, its verb and "that": three triggers, so most sentences with one
  // of these common words skip the regex.
  "found finds showed shows concluded concludes confirmed confirms revealed reveals that " +
    "study studies survey analysis report paper experiment trial benchmark audit review investigation research measurement measurements data",
  // Lead: a match opens with its trigger verb (triggers before it only start the search earlier).
  "", 3, 0,
);

// A press release's lead: "<Company> today reported / completed / signed …".
export const NEWS_TODAY = defineCue(
  compileWords(["today (?:reported|completed|closed|opened|signed|acquired|raised|published|posted|unveiled|won)"]),
  "today",
  // Lead: a match opens with its trigger "today".
  "", 1, 0,
);

// A change made to a system ("We migrated the queue to Kafka", "they replaced the cache with …");
// "we moved on to …" only turns a page.
export const CHANGE_MADE = defineCue(
  compileWords(["(?:we|they) (?:have |had |also |recently |finally |then )?(?:replaced|migrated|moved(?! on\\b)|switched|upgraded|rewrote|rebuilt|retired|consolidated)"]),
  "replaced migrated moved switched upgraded rewrote rebuilt retired consolidated",
  // Lead: "we have recently replaced" puts the verb 17 characters in.
  "", 1, 17,
);

// A state now in effect ("The page now shows …", "Backups now run through …", "We now send …"):
// release notes and post-mortems report changes this way. A third-person verb or a plural one of a
// short list must follow; "we now describe / turn to" and a sentence-opening "Now, …" are narration.
const NARRATION = "describe|discuss|explain|present|consider|turn|introduce|look|move|focus|proceed|define|review|outline|summari[sz]e";
export const NOW_IN_EFFECT = defineCue(
  new RegExp(`(?<!^)\\bnow (?!(?:${NARRATION})s?\\b)(?:[a-z]{2,}(?<![su])s|run|use|support|have|take|work|show|offer|include|serve|store|handle|cost|need|require|live|ship|send|stream|sync|load|keep|return|accept|display|start)\\b`, "i"),
  "now",
  // Lead: a match opens with its trigger "now".
  "", 1, 0,
);

// A requirement removed ("Upgrades need no migration", "The agent requires no root access").
export const NEEDS_NOTHING = defineCue(
  compileWords(["(?:needs?|requires?) no"]),
  // A match holds the verb and "no": two triggers.
  "need needs require requires no",
  // Lead: a match opens with its trigger verb.
  "", 2, 0,
);

// Compliance is a checkable fact ("is certified under ISO 27001", "are SOC 2 compliant").
export const CERTIFIED = defineCue(
  compileWords(["(?:is|are|was|were|been) (?:now |fully |also |officially )?(?:certified|accredited|[\\w-]{1,20} compliant|compliant with)"]),
  "certified accredited compliant",
  // Lead: "were officially " and a word of at most 20 characters come before "compliant".
  "", 1, 40,
);
