// A metadata header before an article ("id: …", "title: Some Title | Site", "url: https://…",
// "Date: …"): the header starts the article and its title value names it, minus the site suffix.
import type { Boundary } from "./boundary";
import type { ContentLine } from "./contentLines";
import { IS_HEADER_FIELD, rememberFact } from "./lineMemo";
import { isAsciiLetter, isWhitespaceCode } from "../document";

// Besides blog front matter: RSS item fields (pubDate, guid, creator), mail and digest headers
// (Message: N, From, To, Subject, Message-ID), forum exports (Thread, Forum) and WordPress
// export text (Post date, Status).
const HEADER_FIELD = /^(id|title|url|link|permalink|slug|source|feed|date|published|updated|year|author|authors|by|site|venue|tags|keywords|category|categories|description|summary|excerpt|lang|language|pubdate|guid|creator|subject|from|to|cc|message|message-id|in-reply-to|references|thread|topic|forum|post date|post status|post type|post name|status)\s*:\s*(\S.{0,1000})?$/i;
// A header names its article or its origin; two date-like fields alone are not a header.
// Front matter is fenced by "---"; a longer rule of dashes divides posts (mail digests).
const FENCE = /^-{3,5}$/;
const NAMING_FIELDS = new Set(["title", "url", "link", "source", "id", "guid", "message", "subject", "thread", "topic"]);
// Fields whose value names the article, best first: a post's own title over a mail subject.
const TITLE_FIELDS = ["title", "subject", "thread", "topic"];
// A list's tag in front of a mail subject ("[field-sensors] …") names the list, not the post.
const LIST_TAG = /^\[[^\]]{1,40}\]\s+(?=\S)/;
// A numbered listing prints each entry's number and id over its fields ("[3]  arXiv:2407.01234
// [pdf, other]", "[12] doi:10.1000/182"): the entry starts on that line. Short, so cheap.
const ENTRY_NUMBER = /^\[\d{1,5}\]\s+\S.{0,160}$/;

export function findHeaderBoundaries(lines: ContentLine[]): Boundary[] {
  const out: Boundary[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Most lines are no header field: they are passed over before anything is allocated.
    if (!rememberFact(lines[i], IS_HEADER_FIELD, isHeaderField)) continue;
    let j = i;
    const keys: string[] = [];
    let title: { text: string; at: number; offset: number; rank: number } | undefined;
    // Header fields sit on consecutive content lines (blank lines between them are tolerated).
    for (let m = readField(lines[j]?.text ?? ""); m && j < lines.length; m = readField(lines[j]?.text ?? "")) {
      const key = m[1].toLowerCase();
      keys.push(key);
      const rank = TITLE_FIELDS.indexOf(key);
      if (rank >= 0 && m[2] && (!title || rank < title.rank)) title = { ...readTitleValue(m[2], j, lines[j].text.indexOf(m[2])), rank };
      j++;
    }
    if (keys.length >= 2 && keys.some((k) => NAMING_FIELDS.has(k)) && j < lines.length) {
      // YAML front matter fences the header with "---" lines: the fence opens the article.
      const fenced = i > 0 && FENCE.test(lines[i - 1].text) && out[out.length - 1]?.bodyAt !== i - 1;
      if (j < lines.length && FENCE.test(lines[j].text)) j++;
      if (j >= lines.length) break;
      const numbered = !fenced && i > 0 && ENTRY_NUMBER.test(lines[i - 1].text);
      const b: Boundary = { at: fenced || numbered ? i - 1 : i, bodyAt: j, evidence: `metadata header (${keys.slice(0, 4).map((k) => k + ":").join(" ")})`, layout: "header", strength: 4 };
      if (title) {
        const tag = LIST_TAG.exec(title.text)?.[0].length ?? 0;
        if (tag) title = { ...title, text: title.text.slice(tag), offset: title.offset + tag };
        const clean = stripSiteSuffix(title.text);
        b.title = clean;
        b.titleAt = title.at;
        b.titlePart = { start: title.offset, end: title.offset + clean.length };
      }
      out.push(b);
    }
    i = Math.max(i, j - 1);
  }
  return out;
}

// HEADER_FIELD on lines that can match it: a field name is 2–11 ASCII letters (or two words
// joined by one space or hyphen, up to 12 characters) followed by optional whitespace and a
// colon. Most lines fail that within a few characters, so the regex runs on few of them (this
// test runs on every line, on every edit).
function readField(text: string): RegExpExecArray | null {
  let i = 0;
  while (i < text.length && i <= 11 && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i < 2 || i > 11) return null;
  const joint = text.charCodeAt(i);
  if ((joint === 32 || joint === 45) && isAsciiLetter(text.charCodeAt(i + 1))) {
    let k = i + 1;
    while (k < text.length && k <= 12 && isAsciiLetter(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 58) return HEADER_FIELD.exec(text);
  }
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 58 ? HEADER_FIELD.exec(text) : null;
}

function isHeaderField(text: string): boolean {
  return readField(text) !== null;
}

// YAML front matter quotes a value that holds a colon: title: "Part 2: More".
function readTitleValue(value: string, at: number, offset: number): { text: string; at: number; offset: number } {
  const q = /^(["'])(.+)\1\s*$/.exec(value);
  return q ? { text: q[2], at, offset: offset + 1 } : { text: value, at, offset };
}

/** "Some Title | Site Name" → "Some Title": a short last part after " | ", " - " or " — " is the site. */
export function stripSiteSuffix(title: string): string {
  const t = title.trim();
  const m = /^(.*\S)\s+(?:\||-|–|—|·|::)\s+([^|–—]{1,50})$/.exec(t.length > 600 ? "" : t);
  if (!m) return t;
  // A site name is a few words; a long tail is part of the title ("A - B of something long").
  const suffixWords = m[2].trim().split(/\s+/).length;
  return suffixWords <= 6 && m[1].length >= 3 ? m[1] : t;
}

/** "Site Name | Some Title" → "Some Title": a short first part before " | ", " - ", " — " or ": " is the site. */
export function stripSitePrefix(title: string): string {
  const t = title.trim();
  const m = /^([^|–—:]{1,50}?)\s*(?:\s\||\s-|\s–|\s—|\s·|\s::|:)\s+(\S.*)$/.exec(t.length > 600 ? "" : t);
  // Same bound as the suffix: a site name is a few words, and the title keeps three characters.
  if (!m || m[1].trim().split(/\s+/).length > 6 || m[2].length < 3) return t;
  return m[2];
}
