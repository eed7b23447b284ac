// Turns merged boundaries into Articles: the span from one start to the next, the title (from
// the boundary's rule, a footer that names it, a title line, or the text itself), fragments
// and sections.
import type { Article, Section, Span } from "../model";
import type { TextDocumentModel } from "../document";
import type { Boundary } from "./boundary";
import { measureIndent, normalizedOf, normalizeLine, type ContentLine } from "./contentLines";
import type { FeedFooter } from "./feedExport";
import { locateTitle } from "./titledPosts";
import { countNames, deriveTitle, findCommonNames, shortenFirstSentence } from "./derivedTitle";
import { findSectionHeadings } from "./headings";
import { readBoldTitle } from "./separatorLines";
import { isCueLine, stripCueTags } from "./transcript";
import { stripSitePrefix, stripSiteSuffix } from "./metadataHeader";
import { isSameSet, matchDrafts, moveArticle, type ArticleReuse, type AssemblyMemo, type Draft } from "./articleReuse";

/**
 * The articles, and what the next version reuses. With `reuse` (the previous version's memo and
 * the edit since), articles the edit leaves alone are taken over instead of built again.
 */
export function assembleArticles(doc: TextDocumentModel, lines: ContentLine[], boundaries: Boundary[], footers: FeedFooter[], reuse?: ArticleReuse): AssemblyMemo {
  const drafts: Draft[] = boundaries.map((b, k) => ({ b, from: b.at, to: boundaries[k + 1]?.at ?? lines.length, footers: [] }));
  let d = 0;
  for (const f of footers) {
    while (d + 1 < drafts.length && f.at >= drafts[d].to) d++;
    drafts[d].footers.push(f);
  }
  const before = reuse?.previous;
  const match = reuse ? matchDrafts(drafts, lines, reuse) : undefined;
  const textOf = (x: Draft) => listWordLines(lines, x.from, Math.min(x.to, x.from + 60)).join("\n");
  // Names are counted once per untitled post and shared by the common-name filter.
  const names = drafts.map((x, k) => {
    if (before && match && match[k] >= 0) return before.names[match[k]];
    return x.b.layout === "cohesion" || x.b.layout === "file-start" ? countNames(textOf(x)) : new Map<string, number>();
  });
  const common = findCommonNames(names.filter((n) => n.size));
  // A derived title set aside the common names: it may change when they do.
  const sameCommon = before !== undefined && isSameSet(common, before.common);
  const withFooter = drafts.filter((x) => x.footers.length).length;
  const articles = drafts.map((x, k) => {
    const j = match ? match[k] : -1;
    if (before && j >= 0 && (sameCommon || !(before.articles[j].titleIsDerived && names[k].size))) {
      const old = before.articles[j];
      return moveArticle(old, lineSpan(doc, lines[x.from]).start - old.span.start, lines[x.from].line - old.range.start.line);
    }
    // Without counted names the title is the first sentence, which ends on the post's first
    // line (shortenFirstSentence stops at a line break): its other lines need not be joined.
    const derive = () => (names[k].size ? deriveTitle(textOf(x), common, names[k]) : shortenFirstSentence(listWordLines(lines, x.from, Math.min(x.to, x.from + 60))[0] ?? lines[x.from].text));
    const article = buildArticle(doc, lines, x, derive);
    if (k === drafts.length - 1 && k > 0 && withFooter >= 1 && !x.footers.length) {
      article.fragment = true;
      article.evidence += "; ends without the feed footer the other posts have (truncated)";
    }
    return article;
  });
  return { drafts, articles, names, common };
}

function buildArticle(doc: TextDocumentModel, lines: ContentLine[], x: Draft, derive: () => string): Article {
  const { b, from, to } = x;
  const span: Span = { start: lineSpan(doc, lines[from]).start, end: lineSpan(doc, lines[to - 1]).end };
  const bodyEnd = x.footers.length ? x.footers[0].at : to;
  const named = x.footers.find((f) => f.title);
  let fragment = false;
  let evidence = b.evidence;
  let title: string | undefined = b.title;
  let titleSpan: Span | null = null;
  let titleAt = b.titleAt;
  if (titleAt === undefined && b.layout !== "cohesion") titleAt = locateTitle(lines, from, bodyEnd, named?.title);
  if (titleAt !== undefined) {
    const line = lineSpan(doc, lines[titleAt]);
    const part = b.titlePart ?? stripMarkdownHeading(lines[titleAt].text);
    title ??= lines[titleAt].text.slice(part.start, part.end);
    titleSpan = { start: line.start + part.start, end: line.start + part.end };
  } else if (named?.title) {
    // The footer names a title the post does not show: its head was cut off.
    title = named.title;
    const line = lineSpan(doc, lines[named.at]);
    titleSpan = { start: line.start + (named.titleOffset ?? 0), end: line.start + (named.titleOffset ?? 0) + named.title.length };
    fragment = from === 0;
    if (fragment) evidence += "; the title its feed footer names is missing (truncated)";
  }
  if (from === 0 && startsMidSentence(lines[0].text)) {
    fragment = true;
    evidence += "; starts mid-sentence (truncated)";
  }
  const bodyFrom = Math.max(b.bodyAt ?? from, titleAt !== undefined ? titleAt + 1 : from);
  const article: Article = {
    title: title ?? derive(),
    titleIsDerived: title === undefined,
    span,
    range: doc.rangeOf(span),
    titleSpan,
    titleRange: titleSpan ? doc.rangeOf(titleSpan) : null,
    sections: listSections(doc, lines, x, bodyFrom, bodyEnd, titleAt),
    evidence,
    layout: b.layout,
  };
  if (fragment) article.fragment = true;
  return article;
}

function listSections(doc: TextDocumentModel, lines: ContentLine[], x: Draft, bodyFrom: number, bodyEnd: number, titleAt?: number): Section[] {
  // Lines of the title block (title, captions around it) repeat in the body of feed exports.
  const head = new Set<string>();
  for (let i = x.from; i <= (titleAt ?? x.from - 1); i++) head.add(normalizedOf(lines[i]));
  // The link copy of the title may carry the site name ("Title - Site", "Site: Title").
  const isHead = (l: ContentLine) => head.size > 0 && (head.has(normalizedOf(l)) || head.has(normalizeLine(stripSiteSuffix(l.text)))
    || head.has(normalizeLine(stripSitePrefix(l.text))));
  const headings = findSectionHeadings(lines, bodyFrom, bodyEnd).filter((h) => !isHead(lines[h.at]));
  return headings.map((h, k) => {
    const last = (headings[k + 1]?.at ?? x.to) - 1;
    const span = { start: lineSpan(doc, lines[h.at]).start, end: lineSpan(doc, lines[last]).end };
    return { title: h.title, span, range: doc.rangeOf(span) };
  });
}

// The texts of lines [from, to) that hold words: subtitle cue numbers, timings and tags are
// skipped (transcript.ts), so a talk is named by what was said.
function listWordLines(lines: ContentLine[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (!isCueLine(lines[i].text)) out.push(stripCueTags(lines[i].text));
  return out;
}

function lineSpan(doc: TextDocumentModel, l: ContentLine): Span {
  const raw = doc.lineText(l.line);
  const start = doc.lineStart(l.line) + measureIndent(raw, l.text);
  return { start, end: start + l.text.length };
}

function stripMarkdownHeading(text: string): { start: number; end: number } {
  const bold = readBoldTitle(text);
  if (bold) return bold.part;
  const m = /^#{1,6}\s+/.exec(text);
  const end = text.replace(/\s+#+$/, "").length;
  return { start: m ? m[0].length : 0, end: Math.max(m ? m[0].length : 0, end) };
}

// A file cut in the middle of a post begins with a lower-case word or closing punctuation.
// Words with an inner capital ("iPhone", "µTransfer") are names, not a cut sentence.
function startsMidSentence(text: string): boolean {
  return /^[,;:)\]}…]/.test(text) || /^\p{Ll}[\p{Ll}'’-]*(?=[\s,.;:]|$)/u.test(text);
}
