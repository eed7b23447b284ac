// Word lists that make a sentence check-worthy, compiled into case-insensitive word-bounded
// regexes. Each list is a family (comparison, superlative, result verbs, …); rules.ts weighs them.
// Patterns are alternations of literals with bounded gaps, so matching stays linear. Each is a
// cue (triggers.ts) listing the words any match must hold, so most sentences skip the regex.
import { defineCue } from "./triggers";

/** `\b(?:a|b|c)\b`, case-insensitive; entries may hold small regex fragments. */
export function compileWords(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.join("|")})\\b`, "i");
}

/** compileWords, but no match may follow "to ": after it a verb names a purpose ("designed to
 * improve", "to support users"), not an outcome or an ability. The lookbehind sits after \b,
 * so it is tested only where a word starts. */
export function compileWordsNotAfterTo(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?<!\\bto )(?:${words.join("|")})\\b`, "i");
}

/** Finite forms of a verb: "reduce" -> reduc(?:e|es|ed); "boost" -> boost(?:s|es|ed)?. */
export function finite(verb: string): string {
  if (verb.endsWith("e")) return `${verb.slice(0, -1)}(?:e|es|ed)`;
  return `${verb}(?:s|es|ed)?`;
}

/** The words finite(verb) matches, as trigger words. */
function finiteForms(verb: string): string[] {
  if (verb.endsWith("e")) return ["e", "es", "ed"].map((x) => verb.slice(0, -1) + x);
  return [verb, `${verb}s`, `${verb}es`, `${verb}ed`];
}

/** The words gerund(verb) matches, as trigger words. */
function gerundForms(verb: string): string[] {
  if (verb.endsWith("e")) return [`${verb.slice(0, -1)}ing`];
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(verb)) return [`${verb}ing`, `${verb}${verb.slice(-1)}ing`];
  return [`${verb}ing`];
}

/** The -ing form of a verb: "reduce" -> reducing, "cut" -> cutt?ing. */
export function gerund(verb: string): string {
  if (verb.endsWith("e")) return `${verb.slice(0, -1)}ing`;
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(verb)) return `${verb}${verb.slice(-1)}?ing`;
  return `${verb}ing`;
}

// Explicit comparison: a baseline is named or implied by the construction.
export const COMPARISON_STRONG = defineCue(
  compileWords([
  // Inside a compound ("speed-versus-accuracy trade-off") "versus" names a trade-off, not a comparison
  // made; "similar to how …" draws an analogy.
  "compared (?:to|with|against)", "in comparison (?:to|with)", "relative to", "(?<!-)versus(?!-)", "vs\\.?", "than",
  "unlike", "in contrast", "on par with", "comparable (?:to|with)", "similar (?:to(?! how\\b)|as)", "the same as",
  "identical to", "equivalent to", "indistinguishable from", "(?:is|are|were|was|remains?) (?:very |roughly |largely )?(?:similar|comparable|identical|the same|on par)(?! to how\\b)",
  "(?:dramatically|significantly|fundamentally|very|substantially) different", "differs? (?:from|significantly)",
  "outperform(?:s|ed|ing)?", "surpass(?:es|ed|ing)?", "exceed(?:s|ed|ing)?", "beat(?:s|ing)?",
  "over the (?:baseline|previous|prior|original)", "(?:the |a )?baseline", "speed-?ups?",
  "(?:strictly|significantly|much|far|substantially|considerably) (?:better|worse|faster|slower|smaller|larger|lower|higher|more|less)",
]),
  // "over the baseline" holds "baseline", its own branch's trigger, and "over the previous" its last
  // word (rarer than "over"); "much faster" needs its intensifier, rarer than the words after it.
  "compared comparison relative versus vs than unlike contrast par comparable similar same identical equivalent indistinguishable different differ differs " +
    "outperform outperforms outperformed outperforming surpass surpasses surpassed surpassing exceed exceeds exceeded exceeding beat beats beating " +
    "baseline previous prior original speed speedup speedups strictly significantly much far substantially considerably",
  // Lead: "remains largely the same" puts its trigger "same" 20 characters in.
  "", 1, 20,
);
// "as fast as": apart from the other comparisons because it needs the common word "as" twice.
export const COMPARISON_AS = defineCue(
  compileWords(["as (?!well\\b|much\\b|many\\b|soon\\b|part\\b|shown\\b|such\\b|follows\\b)\\w+ as"]),
  // Lead: a match opens with its trigger "as".
  "as", "", 2, 0,
);

// Comparative adjectives on their own state a direction but name no baseline: weaker.
export const COMPARISON_WEAK = defineCue(
  compileWords([
  "better", "worse", "faster", "slower", "smaller", "larger", "bigger", "higher", "lower", "cheaper",
  "fewer", "greater", "more (?:efficient|accurate|effective|scalable|robust)", "less (?:memory|compute|time|energy|power)",
  "improved", "reduced", "increased", "decreased", "instead of", "rather than", "gains?",
]),
  "better worse faster slower smaller larger bigger higher lower cheaper fewer greater more less improved reduced increased decreased instead rather gain gains",
  // Lead: every branch opens with its trigger word.
  "", 1, 0,
);

// Symbols that compare two quantities in running text ("A > B ≫ C").
// Lead: the symbol follows at most one whitespace character.
export const COMPARISON_SYMBOL = defineCue(/(?:^|\s)(?:>|<|≫|≪|≥|≤|≈)(?=\s|\d)/, "", "><≫≪≥≤≈", 1, 1);

const SUPERLATIVE_WORDS = [
  "best", "worst", "largest", "biggest", "smallest", "fastest", "slowest", "highest", "lowest",
  "greatest", "strongest", "cheapest", "longest", "shortest", "newest", "most (?:popular|advanced|accurate|efficient|powerful|capable|widely used|comprehensive|complete|scalable|common|important)",
  "least (?:expensive|costly)", "unparalleled", "unprecedented", "unmatched", "record(?:-breaking| high| low)", "top-performing", "leading",
];
// Every superlative word starts with one of these whole words ("most popular", "top-performing").
const SUPERLATIVE_TRIGGERS = "best worst largest biggest smallest fastest slowest highest lowest greatest strongest cheapest longest shortest newest " +
  "most least unparalleled unprecedented unmatched record top leading";
// A superlative that ranks a named thing ("the largest …", "one of the fastest"); bare
// superlatives ("best practices", "best realizes") are weaker.
export const SUPERLATIVE_STRONG = defineCue(
  compileWords([
  `(?:the|world['’]s|its|our|their|industry['’]s|market['’]s) (?:[\\w-]+ )?(?:${SUPERLATIVE_WORDS.join("|")})`,
  "no (?:\\w+ ){0,3}(?:exists?|has been)", "few (?:existing )?(?:methods|approaches|tools|systems)",
  // A negative universal ("none so far has been able to …") ranks every rival at once.
  "none (?:\\w+ ){0,3}(?:has|have) (?:yet )?(?:been able|managed|succeeded)",
  // "uniquely preserves …": the one thing that does it.
  "uniquely",
]),
  `${SUPERLATIVE_TRIGGERS} exist exists been few uniquely none`,
);
export const SUPERLATIVE_WEAK = defineCue(
  compileWords(SUPERLATIVE_WORDS),
  SUPERLATIVE_TRIGGERS,
  // Lead: every branch opens with its trigger word.
  "", 1, 0,
);

// Being first is a checkable claim on its own ("the world's first", "is the first network …").
export const FIRST_STRONG = defineCue(
  compileWords([
    "for the first time", "first[- ]ever", "(?:world|industry|company)['’]s first",
    // "It is the first X …" ranks X; "the first step / part / time" only orders a sequence.
    "(?:is|was|are|were|became|becomes) the first (?!(?:steps?|stages?|parts?|phases?|half|sections?|things?|time|one|of)\\b)",
  ]),
  "first",
  // Lead: "becomes the first" puts "first" 12 characters in.
  "", 1, 12,
);

// "The only", "no other", "the first … to": strong with another reason, weak alone.
export const FIRST_OR_ONLY = defineCue(
  compileWords([
  "the first (?:[\\w-]+ ){0,4}to",
  "the only", "only (?:one|tool|system|method|model|library|platform|solution|company)", "no other",
  "never before", "not previously",
]),
  "first only other never previously",
  // Lead: "the first", "the only", "not previously": at most 4 characters before the trigger.
  "", 1, 4,
);

export const STATE_OF_THE_ART = defineCue(
  compileWords([
  "state[- ]of[- ]the[- ]art", "SOTA", "cutting[- ]edge", "best[- ]in[- ]class", "world[- ]class",
  "leading[- ]edge", "new record", "industry[- ]leading", "top[- ]of[- ]the[- ]line",
]),
  "state sota cutting best world leading record industry top",
  // Lead: "new record" puts "record" 4 characters in.
  "", 1, 4,
);

// Verbs that report an outcome ("reduces", "achieved"); their -ing forms are weighed apart.
const RESULT_VERBS = [
  "outperform", "reduce", "improve", "achieve", "boost", "accelerate", "deliver", "enable", "halve",
  "shrink", "compress", "eliminate", "demonstrate", "increase", "decrease", "attain", "quantize",
  "optimize", "surpass", "exceed", "simplify", "degrade",
];
// Verbs whose base form is more often a noun or adjective ("a cut", "lower cost", "the lead"):
// only their inflected forms count.
const RESULT_VERBS_INFLECTED = [
  "doubles", "doubled", "triples", "tripled", "saves", "saved", "yields", "yielded", "cuts", "lowers", "lowered",
  "speeds up", "sped up", "produces", "produced", "converts", "converted", "recovers", "recovered",
  "matches", "matched", "hurts", "leads to", "led to", "results in", "resulted in", "scales to", "scaled to",
];
export const RESULT_VERB = defineCue(
  compileWordsNotAfterTo([
  ...RESULT_VERBS.map(finite), ...RESULT_VERBS_INFLECTED,
  "(?:we|they|results?|experiments?|studies|tests?) (?:also )?(?:show|showed|shown|find|found|observe[ds]?|demonstrate[ds]?|confirm(?:s|ed)?)",
  "successfully",
]),
  [...RESULT_VERBS.flatMap(finiteForms), ...RESULT_VERBS_INFLECTED.map((v) => v.split(" ")[0]),
    "show showed shown find found observe observes observed demonstrate demonstrates demonstrated confirm confirms confirmed successfully"].join(" "),
  // Lead: "experiments also show" puts "show" 17 characters in.
  "", 1, 17,
);
// "-ing" forms assert an outcome after a comma ("…, reducing latency") but not after a
// preposition or conjunction ("when compressing models", "for reducing cost").
export const RESULT_GERUND = defineCue(
  new RegExp(
  `(?<!\\b(?:when|for|of|in|by|to|while|before|after|without|on|about|at|from|into|towards?) )\\b(?:${RESULT_VERBS.map(gerund).join("|")})\\b`, "i"),
  RESULT_VERBS.flatMap(gerundForms).join(" "),
  // Lead: a match opens with its trigger word.
  "", 1, 0,
);
// Outcome nouns name a result without asserting it happened: weaker than the verbs.
export const RESULT_NOUN = defineCue(
  compileWords(["reductions?", "savings?", "improvements?", "speed-?ups?", "gains?"]),
  "reduction reductions saving savings improvement improvements speed speedup speedups gain gains",
  // Lead: every branch opens with its trigger word.
  "", 1, 0,
);

export const AVAILABILITY = defineCue(
  compileWords([
  // "publicly available data" describes the data (attributive), "is publicly available on …" states availability.
  "now available", "(?:generally|publicly|freely|widely|commercially|openly) available(?! (?!(?:on|in|for|at|from|to|today|now|under|via|as|through|since|starting|and|with|across|worldwide|globally)\\b)[a-z])", "general availability",
  "(?:is|are) (?:now |currently |already |also )?available (?:on|for|in|at|from|as|under|via|to|today|now)", "available today",
  "(?:limited|private|public) preview",
  "releas(?:e|es|ed|ing) (?:the|a|an|our|its|their|this|these|version|v?\\d)", "released (?:today|publicly|under|as open source|to the public)",
  "is releasing", "are releasing", "open[- ]sourc(?:ed|ing)", "(?:is|are|was|were) (?:now )?open[- ]source", "open[- ]sources? (?:the|its|our|their|a|an)",
  // After a determiner "launch" is a noun ("every launch", "the launch of"), not a release, and
  // "shipped" an adjective ("few shipped units").
  "(?<!\\b(?:a|an|the|every|each|this|that|its|their|our|first|next)\\s)launch(?:es|ed|ing)?", "announc(?:e|es|ed|ing)",
  "(?:we|I) (?:are |have |also )?introduc(?:e|ed|ing)", "(?<!\\b(?:a|an|the|few|many|no|every|each|its|their|our|first)\\s)ship(?:s|ped|ping)", "roll(?:s|ed|ing)? out",
  "deployed (?:in|to|at|on|across)", "in (?:public |private )?preview", "supplies", "(?:is|are) (?:widely )?available",
]),
  "available availability preview release releases released releasing open launch launches launched launching " +
    "announce announces announced announcing introduce introduced introducing ships shipped shipping roll rolls rolled rolling deployed supplies",
  // Lead: "are currently available" puts "available" 14 characters in.
  "", 1, 14,
);

// Case matters here: a capitalised word before the verb is a product or team name.
export const AVAILABILITY_NAMED = defineCue(
  /\b(?:[Rr]eleas(?:e|es|ed|ing) [A-Z]\w+|[A-Z]\w+ (?:has |have |also )*(?:introduc(?:es|ed)|releas(?:es|ed)|launch(?:es|ed)|open-sourced))\b/,
  "release releases released releasing introduces introduced launches launched open",
);
// Release notes and digests name a product with its version and what that version changed
// ("Postgres 17 adds …", "Linux 6.8 merged …", "Version 2.1 drops …"): the version number makes
// a generic verb a release fact. Without a version, "Mensah adds that …" reports speech, so these
// verbs need one. Numbered parts of a text ("Table 2 adds", "Step 3 removes") are no product.
export const RELEASE_VERSIONED = defineCue(
  /\b(?!(?:Table|Figure|Fig|Step|Section|Chapter|Part|Phase|Stage|Line|Listing|Appendix|Example|Exercise|Question|Round|Level|Day|Week|Lesson)\b)[A-Z][\w+#-]{0,30} v?\d{1,4}(?:\.\d{1,4}){0,3}(?:[-.]?(?:beta|alpha|rc)\d{0,2})? (?:adds|added|brings|brought|merged|merges|ships|shipped|drops|dropped|removes|removed|deprecates|deprecated|fixes|fixed|introduces|introduced)\b/,
  "adds added brings brought merged merges ships shipped drops dropped removes removed deprecates deprecated fixes fixed introduces introduced",
  // Lead: the name (at most 31 characters), the version (at most 29) and two spaces come before the verb.
  "", 1, 62,
);
// A weak feature verb ("offers", "provides") with a named product as its subject is a feature
// claim; pronouns and determiners ("It", "This") name nothing.
export const CAPABILITY_NAMED = defineCue(
  /\b(?!(?:It|This|That|These|Those|They|We|He|She|The|A|An|Our|Its|Their|Each|Some|Many|Most|You|I)\b)[A-Z][\w-]+ (?:has |have |also |now |currently )*(?:developed|built|created|implemented|designed|offers|provides|includes|comes with)\b/,
  "developed built created implemented designed offers provides includes comes",
);

// Modal or enabling verb: the sentence states that something can be done. "can" alone is the
// commonest such cue: a regex of its own matches it far faster than the whole list does.
// A "can" inside a relative or causal clause ("a tool that can help", "because it can guide")
// qualifies a noun or gives a reason; the sentence's own assertion lies elsewhere. Up to three
// words may stand between the clause word and "can" ("because most systems can"); more would
// reach a main "can" after a relative-clause subject ("users who sign up today can …"). After a
// verb of finding or saying, "that" opens the reported fact itself ("we found that we can …").
const REPORTING_VERB = "(?:find|finds|found|discover(?:s|ed)?|show(?:s|ed|n)?|demonstrat(?:e|es|ed)|observ(?:e|es|ed)|prov(?:e|es|ed|en)|confirm(?:s|ed)?|mean(?:s|t)?|ensur(?:e|es|ed|ing)|realiz(?:e|es|ed)|learn(?:s|ed|t)?|know|knew|so)";
const CLAUSE_CAN = `(?<!\\b(?:(?<!\\b${REPORTING_VERB}\\s)that|which|who|whom|where|what|because)\\s(?:[\\w’'-]+\\s){0,3})`;
// "can vary", "can include", "can mean" state a possibility or a membership, not an ability.
const CAN_NOT_ABILITY = "(?! (?:also |often |sometimes )?(?:vary|differ|range|change|fluctuate|depend|include|mean)\\b)";
// Lead: a match opens with "can" (its lookbehinds read before the search start anyway).
export const CAPABILITY_CAN = defineCue(compileWords([`(?<!\\b(?:I|you) )${CLAUSE_CAN}can${CAN_NOT_ABILITY}`]), "can", "", 1, 0);
// Verbs after "to" name a purpose ("to support learners"); "Support for …" opening a sentence is a noun.
export const CAPABILITY_STRONG = defineCue(
  compileWordsNotAfterTo([
  "is able to", "are able to", "capable of", "allow(?:s|ed|ing)?", "lets", "let (?:us|you|users|developers|researchers|them|people)", "enabl(?:e|es|ed|ing)",
  "supports", "(?<!^)support", "supported", "makes? it possible", "(?:is|it's|it is) (?:indeed )?possible to", "compatible with",
  "works (?:with|on|directly|across|seamlessly|out of the box)", "work seamlessly", "automatically", "without (?:requiring|needing|the need|any|additional|instantiating)",
  "avoids?", "eliminates?", "applies to", "can be (?:applied|used|extended|added|specified|combined)",
  "scales (?:to|up|linearly|well)", "there are ways to", "limits? (?:\\w+ ){1,3}to",
  // "Here's how we built it" names a topic (an embedded question), not something made.
  "(?<!\\bhow )(?:we|they) (?:have |also )?(?:developed|built|created|implemented|designed)",
  // A change of what users must do, or an ability handed over, states a capability.
  "no longer (?:need|needs|has to|have to|requires?)", "giv(?:es?|ing) (?:\\w+ ){0,3}the ability to", "runs? (?:on|across)",
]),
  // "can be applied" holds "can", but CAPABILITY_CAN matches every sentence with a free "can":
  // its verbs are what this list still needs the word for.
  "able capable allow allows allowed allowing lets let enable enables enabled enabling support supports supported possible compatible " +
    "works seamlessly automatically without avoid avoids eliminate eliminates applies scales ways limit limits developed built created implemented designed longer ability give gives giving run runs " +
    "applied used extended added specified combined",
  // Lead: "it is indeed possible" puts "possible" 13 characters in.
  "", 1, 13,
);

// Weaker: verbs that often state a feature but also describe set-ups.
export const CAPABILITY_WEAK = defineCue(
  compileWords([
  "offer(?:s|ed|ing)?", "provid(?:e|es|ed|ing)", "includes", "comes with", "handles?", "requires?", "required",
  "limits?", "restricts?", "restricting", "could", "(?:I|you) can", "don['’]t contain", "doesn['’]t contain", "only (?:show|works|supports|applies)",
  "(?:is|are) designed (?:to|in|for)", "(?:is|are) suitable for", "(?:is|are) sufficient", "serves?", "uses?",
  "built-in", "easy[- ]to[- ]use", "(?:as|is) easy as", "easy (?:for \\w+ )?to",
]),
  "offer offers offered offering provide provides provided providing includes comes handle handles require requires required limit limits " +
    "restrict restricts restricting could can contain only designed suitable sufficient serve serves use uses built easy",
  // Lead: "doesn’t contain" puts "contain" 8 characters in.
  "", 1, 8,
);
