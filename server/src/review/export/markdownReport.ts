// The Markdown review report: per file and per article, each claim with its status and note,
// and counts ("3 of 8 claims reviewed"); orphaned tags are listed at the end of their file.
import { countStatuses, listReviewRows, type FileReview, type ReviewRow, type ReviewStatus } from "./reviewRows";

const STATUS_LABEL: Record<ReviewStatus, string> = {
  verified: "verified", disputed: "disputed", "needs-source": "needs source", "not-a-claim": "not a claim", unreviewed: "unreviewed",
};

export function formatMarkdownReport(reviews: readonly FileReview[]): string {
  const out = ["# Review report", ""];
  for (const review of reviews) out.push(...formatFile(review));
  return out.join("\n").replace(/\n+$/, "") + "\n";
}

function formatFile(review: FileReview): string[] {
  const rows = listReviewRows(review);
  const placed = rows.filter((r) => r.span);
  const out = [`## ${escapeInline(review.file)}`, "", formatCounts(placed), ""];
  const groups = new Map<number, ReviewRow[]>();
  for (const r of placed) groups.set(r.article, [...(groups.get(r.article) ?? []), r]);
  for (const [article, group] of [...groups].sort((a, b) => a[0] - b[0])) {
    const title = article >= 0 ? review.analysis.articles[article].title : "Outside any article";
    out.push(`### ${escapeInline(title)}`, "", formatCounts(group), "");
    for (const r of group) out.push(formatRow(r));
    out.push("");
  }
  const orphans = rows.filter((r) => !r.span);
  if (orphans.length) {
    out.push("### Orphaned tags", "", "Their text is no longer in the file; they are kept in the review file.", "");
    for (const r of orphans) out.push(formatRow(r));
    out.push("");
  }
  return out;
}

function formatCounts(rows: readonly ReviewRow[]): string {
  const counts = countStatuses(rows);
  const reviewed = rows.length - counts.unreviewed;
  const parts = (Object.keys(counts) as ReviewStatus[]).filter((s) => s !== "unreviewed" && counts[s] > 0).map((s) => `${counts[s]} ${STATUS_LABEL[s]}`);
  return `${reviewed} of ${rows.length} claims reviewed${parts.length ? ` (${parts.join(", ")})` : ""}.`;
}

function formatRow(r: ReviewRow): string {
  const where = r.range ? `line ${r.range.start.line + 1}` : "orphan";
  const note = r.note ? ` — *${escapeInline(r.note)}*` : "";
  return `- **${STATUS_LABEL[r.status]}** (${where}): ${escapeInline(r.text)}${note}`;
}

/** Text from the corpus must not turn into Markdown structure (emphasis, links, HTML, new lines). */
function escapeInline(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\`*_{}[\]()#+!|<>~])/g, "\\$1");
}
