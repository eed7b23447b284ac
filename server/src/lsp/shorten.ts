// Cuts long text for one-line messages and hovers, marking the cut with an ellipsis.
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
