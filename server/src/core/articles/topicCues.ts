// Sentences that typically open or close a post, and openers that cannot start one. They
// weigh a cohesion valley up or down; on their own they never make a boundary.

// A post closes with pointers to the paper or code, availability and sign-up notes, thanks,
// data and funding credits, or the team that wrote it.
const CLOSING = [
  /\b(?:paper|code|dataset|preprint|models?|tool|library|report)s? (?:is|are) (?:now )?(?:publicly |freely )?(?:available|released|open[- ]sourced)\b/i,
  /\b(?:available|released) (?:here|on github|at)\b|\b(?:read|learn|find out) more\b|\bsign up\b|\bstay tuned\b|\bgithub\b/i,
  /^(?:acknowledge?ments?|we (?:would like to )?thank|thanks to|special thanks|this (?:work|research|project) (?:was|is) (?:supported|funded|done))/i,
  /\b(?:data|database|dataset)s? (?:used )?(?:in this \w+ )?(?:was|were) (?:obtained|provided|collected|created)\b|\bfunding from\b|\bfunded by\b/i,
  /^we are (?:a group|a team|the team)\b|\b(?:later this year|in the coming (?:weeks|months)|we look forward|we hope (?:you|the community|this))\b/i,
];

// A post opens by announcing, by asking the reader a question, or by setting a scene in
// general terms ("For many organizations, …", "Over the coming decade, …").
const OPENING = [
  /\b(?:today|this week|we are (?:excited|pleased|thrilled|delighted|proud)|(?:I|we)(?:'|’)?m? (?:am )?(?:excited|delighted|pleased) to|announc(?:e|es|ed|ing)|introduc(?:e|es|ing)|we (?:are )?(?:releasing|launching|unveiling)|(?:is|are) now (?:generally )?available)\b/i,
  /^[^.!]{10,200}\?(?:\s|$)/,
  /^(?:for (?:many|most) \w+|over the (?:past|last|coming) \w+|in recent years|as \w+ (?:grows?|becomes?)|imagine|what if)\b/i,
];

// Discourse connectives and anaphora point back to an earlier paragraph of the same post;
// "the following table" points ahead inside it; "when these steps are done" and "you have now
// …" continue a walkthrough. "In this post" opens a post, so only other nouns count.
const CONTINUING = /^(?:however|moreover|furthermore|in addition|additionally|also|therefore|thus|hence|another|finally|lastly|second(?:ly)?|third(?:ly)?|next|then|as a result|in light of|based on (?:this|these|that)|for example|for instance|similarly|in contrast|instead|meanwhile|this|these|that|those|it|here|in (?:this|that) (?:case|way)|to (?:do|achieve) (?:this|that)|such)\b/i;
const POINTING = /^(?:the following \w+|the (?:table|figure|chart|graph|code|diagram|example|results?) (?:below|above)|(?:when|once|after|with|now that) (?:these|those|this|that|the above) (?!post|article|blog|episode|week|month|year)\w+|you (?:have|can) now|now (?:you|we) (?:can|have))\b/i;

export function hasClosingCue(text: string): boolean {
  const t = text.slice(0, 2000);
  return CLOSING.some((re) => re.test(t));
}

export function hasOpeningCue(text: string): boolean {
  const t = text.slice(0, 400);
  return OPENING.some((re) => re.test(t));
}

export function startsByContinuing(text: string): boolean {
  const head = text.slice(0, 60);
  return CONTINUING.test(head) || POINTING.test(head);
}

/** The first words of the matching closing cue, for the evidence string. */
export function describeClosingCue(text: string): string | undefined {
  const t = text.slice(0, 2000);
  for (const re of CLOSING) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  return undefined;
}
