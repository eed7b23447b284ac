// Sentences that are not claims whatever words they hold. Hard exclusions drop a sentence
// (questions, captions, headings, boilerplate, thanks, bios, code, table rows); soft ones
// scale its confidence down (hopes and plans, instructions, pointers, definitions, opinion).
import { compileWords } from "./cues";
import { holdsNumber, isListMarker, type SentenceFacts } from "./facts";
import { defineCue, locateCue, matchesCue, type Cue } from "./triggers";
import { endsWithOneOf, isFieldRow, isHeading, isNameList, isNumberRow, isPipeRow } from "./lineShapes";
import { VOICE_EXCLUSIONS } from "./voice";

export interface ExclusionRule {
  name: string;
  /** Confidence multiplier; 0 drops the sentence. */
  factor: number;
  test(facts: SentenceFacts): boolean;
}

const QUESTION_END = /\?\s*["”’)\]},]*$/;
// An indirect question the writers put to themselves ("we ask whether …").
const ASKED = defineCue(
  /\b(?:we|I) (?:ask|asked|wonder|wondered)(?: (?:the|a) question)? (?:if|whether|how|what|why)\b/i,
  "ask asked wonder wondered",
  // Lead: "we ask" puts "ask" 3 characters in.
  "", 1, 3,
);
const BOILERPLATE = defineCue(
  compileWords([
  "appeared first on", "read more", "continue reading", "subscribe to", "sign up", "all rights reserved",
  "share this (?:post|article|story|page|on)", "click here", "related posts?", "posted in", "filed under", "tags:", "cookie",
  "follow us", "listen (?:on|to)", "view (?:on|the) ",
]),
  "appeared read continue subscribe sign rights share click related posted filed tags cookie follow listen view",
  // Lead: "all rights reserved" puts "rights" 4 characters in.
  "", 1, 4,
);
// "Figure 2: …", "Table 1. …", "Fig. 3 –"; the caption sentence only, later sentences are judged.
const CAPTION = /^(?:figure|fig\.|table|chart|image|video|photo|source|credit|diagram|listing|algorithm)\s*\d*(?:\([\w ,–-]{1,12}\)|[a-z])?\s*[:.|–—-]/i;
// Image alt text that scrapers keep as a line: "Diagram showing …", "Photo of …".
const ALT_NOUNS = ["graphic", "diagram", "photo", "photograph", "image", "picture", "illustration", "animation", "screenshot", "chart", "graph",
  "headshot", "headshots", "portrait", "logo", "icon", "video", "gif", "rendering", "map", "plot"];
const ALT_TEXT = defineCue(
  /^(?:[\w-]+ ){0,2}(?:\w+-)?(?:graphic|diagram|photo|photograph|image|picture|illustration|animation|screenshot|chart|graph|headshots?|portrait|logo|icon|video|gif|rendering|map|plot|bar chart)s? (?:showing|of|depicting|illustrating|with|that shows?|comparing)\b/i,
  // The noun is a whole word, plural or not ("headshots?" then "s?" also allows "headshotss").
  ALT_NOUNS.flatMap((w) => [w, `${w}s`]).join(" "),
);
const THANKS = defineCue(
  compileWords([
  "(?:we|I) (?:would like to |also |gratefully |sincerely )?thank", "thanks? (?:to (?:all|everyone|our|the \\w+ team)|for|you|again)",
  // Release notes credit people by handle, or by name with what they gave ("Thanks to @ana for
  // 12 fixes", "Thanks to Ana Lee for the review"); "thanks to its cache, …" gives a cause.
  "thanks? to @[\\w-]+", "thanks? to (?:[\\w.-]+ ){1,3}for (?:their|his|her|all|the|\\d)",
  "grateful", "gratitude", "acknowledg(?:e|es|ed|ement|ements|ing)", "special thanks", "funded by", "funding from",
  "supported (?:in part )?by (?:the |a |an )?(?:grant|NSF|national|award|fellowship)", "we appreciate",
  "courtesy of",
]),
  "thank thanks grateful gratitude acknowledge acknowledges acknowledged acknowledgement acknowledgements acknowledging funded funding supported appreciate courtesy",
  // Lead: "we would like to thank" puts "thank" 17 characters in.
  "", 1, 17,
);
// Roles that make "X is a … <role> at Y" a bio ("co-founder" is matched by "founder").
const BIO_NOUNS = ["architect", "engineer", "scientist", "researcher", "manager", "director", "professor", "student", "lead", "developer", "intern",
  "evangelist", "advocate", "specialist", "consultant", "founder", "ceo", "cto", "vp", "head", "fellow", "editor", "writer", "author", "designer", "analyst", "partner"];
// "X is a Solutions Architect at Y", "We are a group of … researchers", "Posted by …".
// The role clause opens with its verb: it is searched from the first "is|was|am|are", and only
// when a role noun occurs too (BIO_ROLE_NOUN flags those, its regex is the same one). The
// start-anchored openings are a regex of their own, tried at the sentence start only.
const BIO_ROLE_PATTERN = new RegExp(
  `\\b(?:is|was|am|are) (?:a|an|the) (?:[\\w-]+ ){0,4}(?:${BIO_NOUNS.join("|")}|co-founder)s?\\b(?: [\\w-]+){0,4} (?:at|in|of|with|for|on)\\b`,
  "i",
);
// Lead: a match opens with its trigger verb.
const BIO_ROLE = defineCue(BIO_ROLE_PATTERN, "is was am are", "", 1, 0);
const BIO_ROLE_NOUN = defineCue(BIO_ROLE_PATTERN, BIO_NOUNS.flatMap((w) => [w, `${w}s`]).join(" "));
const BIO_OPENING = defineCue(
  /^(?:we are|I am|I['’]m) (?:a|an|the) (?:\w+ ){0,3}(?:group|team) of\b|^(?:posted|written|published|edited) by\b|^about the authors?\b/i,
  "group team posted written published edited about",
);
// Names are in any script's letters ("By Łucja Nowak", "By Tomás Ruiz").
const BYLINE = /^By \p{Lu}[\p{L}\p{M}.'’-]+ \p{Lu}/u;
// A copyright notice opens its line with the sign, or the word and a year ("© 2024 Acme Ltd",
// "Copyright 2023 …"); "(c)" alone is a list marker, so it needs the year too.
const COPYRIGHT = /^(?:©|(?:\([cC]\)|[Cc]opyright(?: ©| \([cC]\))?) ?\d{4}\b)/;
// A sentence made of a speaker label or stage direction only ("[MUSIC ENDS]", "HOST:").
const LABEL_ONLY = /^(?:\[[^\]]{0,80}\]|\([^)]{0,80}\)|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:)$/;
const CODE_START = /^(?:from \S+ import|import |def |class |return\b|for \w+(?:, ?\w+)* in |if .*:$|#|\/\/|\/\*|\$ |>>>|[\w.]+\(.*\)$|[\w.[\]]+(?:, ?[\w.[\]]+)*,? ?=[^=]|[)\]}]$|@\w)/;
const CODE_TOKEN = /\w\(\)|\w=["'\w]/;

/** The sentence matches the cue (its regex runs only when a trigger word is present). */
function has(f: SentenceFacts, cue: Cue): boolean {
  return matchesCue(cue, f.text, f.cues, f.cueStarts);
}

// Cheap tests in front of start- or end-anchored regexes: the character they must open or end with.
/** CAPTION's words open with one of these letters, in either case. */
const CAPTION_INITIALS = "ftcivpsdlaFTCIVPSDLA";
/** FIGURE_POINTER's words ("for", "figure", "table", "chart", "plot", "graph", "video", "animation"). */
const POINTER_INITIALS = "ftcpgvaFTCPGVA";
/** Two-letter openings of INSTRUCTION's start-anchored branches, lower-cased, as pairOf codes. */
const INSTRUCTION_OPENINGS = new Set(["pl", "to", "cl", "vi", "se", "re", "ch", "le", "tr", "do", "in", "si", "su", "jo", "fo", "co", "fi", "go", "he", "ge", "ma", "no", "be"]
  .map((p) => pairOf(p.charCodeAt(0), p.charCodeAt(1))));

/** An ASCII letter's lower-case code, or -1 (no other character lower-cases to one of the
 * openings' letters, so this equals comparing lower-cased slices, without allocating them). */
function lowerLetter(c: number): number {
  return c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : -1;
}
/** Two lower-case letter codes as one number. */
function pairOf(a: number, b: number): number {
  return a * 128 + b;
}
/** The text's first two characters lower-cased are one of INSTRUCTION_OPENINGS. */
function opensLikeInstruction(t: string): boolean {
  const a = lowerLetter(t.charCodeAt(0)), b = lowerLetter(t.charCodeAt(1));
  return a >= 0 && b >= 0 && INSTRUCTION_OPENINGS.has(pairOf(a, b));
}

function opensWithOneOf(text: string, initials: string): boolean {
  return text.length > 0 && initials.includes(text[0]);
}

/** INSTRUCTION matches: its branches open the text with one of INSTRUCTION_OPENINGS or hold "let" or "please". */
function isInstruction(f: SentenceFacts): boolean {
  const t = f.text;
  if (f.cues[INSTRUCTION_ANYWHERE.id] === 0 && !opensLikeInstruction(t)) return false;
  return INSTRUCTION.test(t);
}

/** COPYRIGHT's openings: the sign, "(c)" or the word, tested without a regex. */
function opensLikeCopyright(t: string): boolean {
  const c = t.charCodeAt(0);
  return c === 0xa9 || (c === 40 && (t.startsWith("(c)") || t.startsWith("(C)"))) ||
    ((c === 67 || c === 99) && t.startsWith("opyright", 1));
}

/** CODE_TOKEN needs "()" or "=". */
function holdsCodeToken(text: string): boolean {
  return (text.includes("()") || text.includes("=")) && CODE_TOKEN.test(text);
}

const LEAD_IN = /:\s*$/;

export const EXCLUSIONS: ExclusionRule[] = [
  { name: "question", factor: 0, test: (f) => (f.text.includes("?") && QUESTION_END.test(f.text)) || has(f, ASKED) },
  { name: "boilerplate", factor: 0, test: (f) => f.text.length < 200 && (has(f, BOILERPLATE) || (f.lineStart && opensLikeCopyright(f.text) && COPYRIGHT.test(f.text))) },
  { name: "caption", factor: 0, test: (f) => f.lineStart && ((opensWithOneOf(f.text, CAPTION_INITIALS) && CAPTION.test(f.text)) || has(f, ALT_TEXT)) },
  { name: "thanks", factor: 0, test: (f) => has(f, THANKS) },
  { name: "bio", factor: 0, test: (f) => (f.cues[BIO_ROLE_NOUN.id] > 0 && has(f, BIO_ROLE)) || has(f, BIO_OPENING) || (f.text.startsWith("By ") && BYLINE.test(f.text)) || isNameList(f) },
  { name: "marker", factor: 0, test: (f) => isListMarker(f.text) },
  { name: "label", factor: 0, test: (f) => endsWithOneOf(f.text, "]):") && LABEL_ONLY.test(f.text) },
  { name: "code", factor: 0, test: (f) => f.codeLine || (f.wholeLine && !endsWithOneOf(f.text, ".!") && CODE_START.test(f.text)) },
  { name: "table-row", factor: 0, test: (f) => f.inTable || isNumberRow(f.text) || isPipeRow(f.text) },
  { name: "field-row", factor: 0, test: (f) => isFieldRow(f) },
  { name: "heading", factor: 0, test: (f) => isHeading(f) },
  { name: "intent", factor: 0.25, test: (f) => plansOnly(f) },
  { name: "instruction", factor: 0.25, test: (f) => isInstruction(f) },
  { name: "pointer", factor: 0.25, test: (f) => has(f, POINTER) || (opensWithOneOf(f.text, POINTER_INITIALS) && FIGURE_POINTER.test(f.text)) },
  { name: "lead-in", factor: 0.65, test: (f) => f.text.includes(":") && LEAD_IN.test(f.text) },
  { name: "code-token", factor: 0.6, test: (f) => holdsCodeToken(f.text) },
  { name: "definition", factor: 0.55, test: (f) => !holdsNumber(f) && definesTerm(f) },
  { name: "opinion", factor: 0.45, test: (f) => !holdsNumber(f) && has(f, OPINION) },
  ...VOICE_EXCLUSIONS,
];

const INTENT = defineCue(
  compileWords([
  "(?:we|I) (?:also )?(?:hope|plan|intend|aim|want|wish|would like|['’]d like|look forward|are (?:working|planning|exploring)|have been exploring|will)",
  // Research in progress ("we are focusing on", "we're carrying out studies") reports no finding yet.
  "(?:we are|we['’]re) (?:currently |now |also |actively )?(?:focusing on|focused on|carrying out|conducting|investigating|studying|researching)",
  "has been exploring", "will continue", "in the future", "future work", "next steps?,? (?:we|is|are|will|include)",
  "plans? to", "(?<!\\b(?:that|which|who) )aims? to", "hopefully",
  // A company reporting what it will do ("Acme said it will hire 40 staff") states a plan.
  "(?:said|says|announced) (?:that )?(?:it|they|the company|the firm|the group) will",
  // A project described by what it will do is a plan, not a result.
  "(?:project|study|proposal|initiative|effort|work|research|team|researchers|program|programme) will",
  "(?:is|are) (?:still )?(?:at (?:its|an) early stage|under (?:active )?development)", "stay tuned", "coming soon",
  "will (?:expand|grow|be added|improve)",
  // Goals, visions and hypotheses describe what is sought, not what was found; being "excited
  // to announce / share that …" introduces news, which the rest of the sentence states.
  "(?:goal|vision|mission|aim|objective|ambition|purpose)s? (?:\\w+ ){0,4}(?:is|are|was|were) to", "(?:we|I) (?:hypothesi[sz]e|expect(?:ed)?|anticipate|envision)", "(?:we are|we['’]re|I am|I['’]m) (?:also |very |deeply )?(?:interested in|committed to|excited (?:about|to(?! (?:announce|share|report|introduce|launch|release|unveil)\\b)|by))", "(?:is|are) expected to", "intends? to",
]),
  "hope plan plans intend intends aim aims want wish would like forward working planning exploring will future next hopefully early development tuned soon said says announced " +
    "are re focusing focused carrying conducting investigating studying researching " +
    "goal goals vision visions mission missions objective objectives ambition ambitions purpose purposes hypothesise hypothesize expect expected anticipate envision interested committed excited",
  // Lead: "is still under active development" puts "development" 22 characters in.
  "", 1, 22,
);
// "Acme employs 40 people and plans to double that": a figure stated first, then a plan joined to
// it by "and" — the first clause is a checkable fact, so the plan does not discount the sentence.
const AND_BEFORE = /\band (?:(?:it|they|we|he|she) )?(?:also )?$/;
/** Reach of AND_BEFORE: "and they also " is 14 characters, and one more sees the word boundary before it. */
const AND_REACH = 15;

/** The sentence states a plan or hope, not a fact stated before one (see AND_BEFORE). */
function plansOnly(f: SentenceFacts): boolean {
  const at = locateCue(INTENT, f.text, f.cues, f.cueStarts);
  if (at < 0) return false;
  if (!AND_BEFORE.test(f.text.slice(Math.max(0, at - AND_REACH), at))) return true;
  const sentenceStart = f.span.start;
  return !f.figures.some((x) => x.span.start - sentenceStart < at);
}
const INSTRUCTION = new RegExp(
  "^(?:please|to (?:learn|find out|get started|read|see|try) |click|visit|see |read |check out|learn more|try |download|install|sign up|subscribe|register|join |follow |contact|refer to|find |go to|head (?:to|over)|get started|let us know|make sure|note that|don['’]t forget|be sure)" +
  "|\\blet us know\\b|\\bplease (?:find|see|visit|refer|let|read|try|share|send)\\b|^to \\w+ [^,]{1,60}, (?:the argument|set|use|run|call|pass|add)\\b",
  "i",
);
// INSTRUCTION's branches that may match anywhere hold "let us know" or "please …".
const INSTRUCTION_ANYWHERE = defineCue(INSTRUCTION, "let please");
const POINTER = defineCue(
  compileWords([
  "(?:is|are) (?:available|shown|described|explained|discussed|illustrated|summarized|listed|found) (?:here|below|above)",
  "(?:read|learn|find (?:out )?|more details|see) more", "more details", "refer to", "can be found (?:here|in|at|on)",
  "(?:we|you) (?:can )?(?:also )?(?:give|provide|present|find|read)(?: \\w+){0,2} (?:examples?|results|details|an overview|a tutorial|more)",
  "explained (?:further )?below", "as follows", "(?:this|it) has (?:two|three|several) benefits", "we encourage (?:readers|you)",
  "(?:following|below|above) (?:table|figure|chart|list)", "(?:table|figure|chart) (?:below|above)",
  "(?:left|right|top|bottom|the|this) (?:table|figure|chart|plot|graph|panel)s? (?:shows?|reports?|summarizes?|lists?|illustrates?|compares?|presents?)",
  "(?:is|are|were|was) (?:shown|listed|reported|summarized|presented|given|plotted|visualized|detailed) in (?:table|figure|fig\\.|section|appendix|our paper|the paper)",
  "see (?:figure|fig\\.|table|section|appendix|our paper|the paper|the blog|notice)", "can be (?:viewed|found|downloaded|accessed|read|watched) (?:on|at|in|here|from|via)",
  "(?:is|are) (?:supported|shown|illustrated|demonstrated|visualized) (?:by|in) the (?:\\w+ )?(?:animation|figure|table|video|plot|chart|graph|diagram)s? (?:below|above)",
  "in the following sections?,? we",
  // A section announcing what it explains ("In this section, we describe how …") points at text to come.
  "in this (?:section|chapter|part),? we (?:will )?(?:describe|explain|discuss|outline|review|walk through|detail)",
  // A post, guide or talk announcing the questions it walks through ("In this post, I'll walk
  // through how …"); "In this post, we describe implementations of X that …" states what X does.
  "in this (?:post|blog post|article|guide|tutorial|episode|talk|video|paper|issue),? (?:we|I)(?: will|['’]ll)? (?:walk (?:you )?through|(?:describe|explain|discuss|look at|cover) (?:how|what|why|when|where|which))",
]),
  "here below above more details refer found example examples results overview tutorial follows benefits encourage list " +
    "table tables figure figures chart charts plot plots graph graphs panel panels fig section appendix paper see viewed downloaded accessed read watched following " +
    // The branches' verbs give every match a trigger near its start (the words after them are unbounded).
    "chapter part post article guide tutorial episode talk video issue give provide present find supported shown illustrated demonstrated visualized",
  // Lead: "were summarized in our paper" puts "paper" 23 characters in.
  "", 1, 23,
);
// "Figure 7 shows the trajectories …" points at a figure; "Figure 7 shows that …" states its result.
const FIGURE_POINTER = /^(?:for [^,]{1,80}, see\b|(?:figure|fig\.|table|chart|plot|graph|video|animation)s? ?\d*[a-z]?(?:\([a-z, –-]{1,10}\))? (?:shows?|illustrates?|highlights?|summarizes?|presents?|lists?|compares?|reports?|depicts?|plots?|contains?|gives?)\b(?! that\b| how\b))/i;
// Definitions: each start-anchored opening is a regex of its own, tried at the sentence start
// only when its trigger words occur; "can be seen as" / "suppose", which may stand anywhere,
// are another, searched from its lead.
const DEFINITION_NOUN = defineCue(
  /^(?:[\w()-]+ ){1,6}(?:is|are) (?:a|an|the) (?:[\w-]+ ){0,5}(?:method|technique|approach|implementation|library|framework|tool|algorithm|process|way|term|variant|component|type|kind|form|class|family|measure|metric|idea)\b/i,
  "method technique approach implementation library framework tool algorithm process way term variant component type kind form class family measure metric idea",
);
// The defining verb comes right after the subject; in a relative clause it defines nothing.
const DEFINITION_VERB = defineCue(
  /^(?:[\w()’'-]+ ){1,6}(?:involves?|consists? of|is defined as|are defined as|refers? to|is (?:calculated|computed|obtained) (?:by|as|from|in)|is based on|denotes?|takes? (?:in )?(?:\w+ ){0,6}as (?:an? )?(?:extra )?input|outputs?|maps [^,.;]{1,40} (?:to|onto|into)|(?:is|are) (?:[\w-]+ ){1,5}(?:divided|multiplied) by|(?:is|are) (?:the|a) ratio (?:of|between))\b/i,
  // A formula ("X is total energy divided by IT energy", "X is the ratio of …") defines its term.
  "involve involves consist consists defined refer refers calculated computed obtained based denote denotes take takes output outputs maps divided multiplied ratio",
);
// "Then we train …", "For the baseline, we use …": "we" or "I" after at most two short
// comma-ended lead-ins, so it starts within WE_REACH characters.
const DEFINITION_WE = defineCue(
  /^(?:[^,]{1,40}, ){0,2}(?:we|I) (?:first |then |also |instead |now )?(?:use|consider|train|define|let|replace|compute|follow|adopt|perform|generate|enable|take)\b|^(?:first|second|then|here|afterwards|internally|in (?:particular|light of))\b,? (?:we|I)\b/i,
  "we i",
);
/** Two lead-ins of at most 40 characters and ", " each. */
const WE_REACH = 84;

/** The sentence is phrased as a definition (any of the DEFINITION_* cues matches). */
function definesTerm(f: SentenceFacts): boolean {
  return has(f, DEFINITION_NOUN) || has(f, DEFINITION_VERB) || has(f, DEFINITION_ANYWHERE) ||
    (f.cues[DEFINITION_WE.id] > 0 && f.cueStarts[DEFINITION_WE.id] <= WE_REACH && has(f, DEFINITION_WE));
}
const DEFINITION_ANYWHERE = defineCue(
  /\b(?:suppose|can be (?:thought of|seen|viewed|regarded|considered|described|understood) as)\b/i,
  "suppose thought seen viewed regarded considered described understood",
  // Lead: "can be thought of" puts "thought" 7 characters in.
  "", 1, 7,
);
const OPINION = defineCue(
  new RegExp(
  "\\b(?:we believe|I believe|I think|we think|in our (?:view|opinion)|(?:is|are|remains?|be) (?:\\w+ ){0,2}(?:critical|crucial|important|essential|vital|challenging|difficult|hard|unclear|non-trivial|nontrivial|laborious|paradoxical|subtle|impactful|promising|exciting|appealing|especially useful|interesting|a requirement|frustrating|amazing|incredible|fascinating|remarkable|inspiring)" +
  "|key role|great potential|potential to|not a luxury|revolutioniz\\w+|may seem|appears? to|seems? to|arguably|open the doors?" +
  "|^(?:\\w+ ){0,2}existing (?:methods|approaches|techniques|solutions|work|tools)|there is (?:a |still )?(?:lack|limited|little|a need|a gap)|limited composability|lack of" +
  // Promotional praise: what a product is said to unlock or empower states no checkable fact.
  "|promising|democratiz\\w*|empower(?:s|ed|ing)?|supercharg\\w*|limitless|game[- ]chang\\w*|strength lies in|(?:is|are) ideal for" +
  "|unlock(?:s|ing)? (?:\\w+ ){0,2}(?:insights?|value|potential|possibilit\\w+|opportunit\\w+|innovation)|increasingly (?:important|popular|common|critical)" +
  "|(?:world|humanity|society)['’]s (?:toughest|biggest|greatest|hardest|most (?:important|pressing|urgent)) (?:problems|challenges|questions))\\b",
  "i",
),
  "believe think view opinion critical crucial important essential vital challenging difficult hard unclear non nontrivial laborious paradoxical subtle " +
    "impactful promising exciting appealing useful interesting requirement frustrating amazing incredible fascinating remarkable inspiring role potential luxury revolutioniz* seem seems appear appears arguably door doors " +
    "existing lack limited little need gap composability promising democratiz* empower empowers empowered empowering supercharg* limitless game " +
    "strength ideal unlock unlocks unlocking increasingly world humanity society",
);
