// URLs in the text become clickable document links.
import type { DocumentLink } from "vscode-languageserver";
import { findLinks, type TextDocumentModel } from "../core/document";

export function buildDocumentLinks(doc: TextDocumentModel): DocumentLink[] {
  return findLinks(doc.text).map((link) => ({ range: doc.rangeOf(link.span), target: link.target }));
}
