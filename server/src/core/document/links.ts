// URLs in plain text (http(s) and bare www. forms), for document links and the grammar.
import type { Span } from "../model";

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’()[\]{}]+[^\s<>"'“”‘’()[\]{}.,;:!?]/g;

export interface Link { span: Span; target: string }

export function findLinks(text: string): Link[] {
  const out: Link[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[0];
    out.push({ span: { start: m.index!, end: m.index! + url.length }, target: url.startsWith("www.") ? `https://${url}` : url });
  }
  return out;
}
