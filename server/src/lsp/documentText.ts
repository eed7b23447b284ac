// A document's text as handlers pass it on: the string itself, or something that gives it on
// demand (a text model over an edited PieceText joins the text only when it is read), so a
// consumer that turns out not to need the text — a file without tags, a cross-file index that
// matches later — costs no copy of it.
export type DocumentText = string | { readonly text: string };

export function readDocumentText(source: DocumentText): string {
  return typeof source === "string" ? source : source.text;
}
