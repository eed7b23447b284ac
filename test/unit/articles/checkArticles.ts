// check(fixture, expected): segments a fixture and compares the articles with what a reader
// expects: first line, title, whether it was derived, fragment flag, sections, evidence.
import { strict as assert } from "node:assert";
import { createTextModel } from "../../../server/src/core/document";
import { segmentArticles } from "../../../server/src/core/articles";
import type { Article } from "../../../server/src/core/model";

export interface ExpectedArticle {
  /** 0-based line where the article starts. */
  line: number;
  title?: string;
  /** 0-based line of the title, or null when the title is not a line of the article. */
  titleLine?: number | null;
  derived?: boolean;
  fragment?: boolean;
  sections?: string[];
  evidence?: RegExp;
}

export function segment(text: string): Article[] {
  const articles = segmentArticles(createTextModel(text));
  assertWellFormed(text, articles);
  return articles;
}

export function check(text: string, expected: ExpectedArticle[]): Article[] {
  const articles = segment(text);
  assert.deepEqual(articles.map((a) => a.range.start.line), expected.map((e) => e.line), "article start lines");
  expected.forEach((e, k) => {
    const a = articles[k];
    if (e.title !== undefined) assert.equal(a.title, e.title, `title of article ${k}`);
    if (e.titleLine !== undefined) assert.equal(a.titleRange?.start.line ?? null, e.titleLine, `title line of article ${k}`);
    if (e.derived !== undefined) assert.equal(a.titleIsDerived, e.derived, `titleIsDerived of article ${k}`);
    if (e.fragment !== undefined) assert.equal(a.fragment ?? false, e.fragment, `fragment of article ${k}`);
    if (e.sections) assert.deepEqual(a.sections.map((s) => s.title), e.sections, `sections of article ${k}`);
    if (e.evidence) assert.match(a.evidence, e.evidence, `evidence of article ${k}`);
  });
  return articles;
}

// Articles are ordered, never overlap, hold their sections and title, and ranges match spans.
function assertWellFormed(text: string, articles: Article[]): void {
  const doc = createTextModel(text);
  let end = 0;
  for (const a of articles) {
    assert.ok(a.span.start >= end && a.span.end >= a.span.start && a.span.end <= text.length, "ordered, non-overlapping spans");
    assert.deepEqual(a.range, doc.rangeOf(a.span), "range matches span");
    for (const s of a.sections) assert.ok(s.span.start >= a.span.start && s.span.end <= a.span.end, "section inside its article");
    if (a.titleSpan) assert.ok(a.titleSpan.start >= a.span.start && a.titleSpan.end <= a.span.end, "title inside its article");
    assert.ok(a.title.length > 0, "every article has a name");
    end = a.span.end;
  }
}

export const lines = (...xs: string[]) => xs.join("\n");
