// Each export format checked structurally on an invented article with tagged, untagged,
// extra (tagged but not flagged) and orphaned claims.
import { strict as assert } from "node:assert";
import { createTextModel } from "../../../server/src/core/document";
import type { Analysis, Claim } from "../../../server/src/core/model";
import { anchorAnnotations, formatMarkdownReport, formatReviewCsv, formatSarif, formatW3cCollection, listReviewRows, type FileReview } from "../../../server/src/review";
import { annotationSchema } from "../../../server/src/review/reviewSchema";
import { ARTICLE, makeAnnotation } from "./reviewFixtures";
import { sarifLogSchema } from "./sarifSchema";

const ROUTER = "The new router forwards 40 gigabits per second on a single core.";
const FASTEST = "It is the fastest design the lab has built so far.";
const HOPE = "We hope to open the firmware next year.";
const POWER = "Power draw fell by 30 percent compared with the previous model.";
const TRICKY_NOTE = 'vendor sheet says "38", not 40,\nsee page 2';
const FILE = "feeds/lab notes.txt";

function buildReview(): FileReview {
  const doc = createTextModel(ARTICLE);
  const claim = (text: string, kind: Claim["kind"]): Claim => {
    const span = { start: ARTICLE.indexOf(text), end: ARTICLE.indexOf(text) + text.length };
    return { text, span, range: doc.rangeOf(span), kind, reasons: ["figure"], confidence: 0.9, article: 0 };
  };
  const whole = { start: 0, end: ARTICLE.length };
  const analysis: Analysis = {
    articles: [{ title: "Quiet Rivers Ship Faster Routers", titleIsDerived: false, span: whole, range: doc.rangeOf(whole), titleSpan: null, titleRange: null, sections: [], evidence: "test", layout: "titled" }],
    tables: [], figures: [], problems: [],
    claims: [claim(ROUTER, "measurement"), claim(FASTEST, "superlative"), claim(POWER, "comparison")],
  };
  const annotations = [
    makeAnnotation(ARTICLE, ROUTER, "verified", TRICKY_NOTE),
    makeAnnotation(ARTICLE, HOPE, "not-a-claim"),
    makeAnnotation("Gone sentence about 12 racks of servers. " + ARTICLE, "Gone sentence about 12 racks of servers.", "disputed"),
  ];
  return { file: FILE, text: ARTICLE, analysis, tags: anchorAnnotations(ARTICLE, annotations), rangeOf: doc.rangeOf };
}

/** Minimal RFC 4180 reader, to check that the writer's quoting round-trips. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && csv[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  return rows;
}

describe("review exports", () => {
  it("lists every claim, tags outside claims, and orphans last", () => {
    const rows = listReviewRows(buildReview());
    assert.deepEqual(rows.map((r) => [r.status, r.text, r.how]), [
      ["verified", ROUTER, "position"],
      ["unreviewed", FASTEST, null],
      ["not-a-claim", HOPE, "position"],
      ["unreviewed", POWER, null],
      ["disputed", "Gone sentence about 12 racks of servers.", "orphan"],
    ]);
  });

  it("writes a Markdown report with article titles, statuses, notes and counts", () => {
    const md = formatMarkdownReport([buildReview()]);
    assert.match(md, /^# Review report\n/);
    assert.match(md, /^### Quiet Rivers Ship Faster Routers$/m);
    assert.match(md, /^2 of 4 claims reviewed \(1 verified, 1 not a claim\)\.$/m);
    assert.match(md, /^- \*\*verified\*\* \(line 4\): The new router .* — \*vendor sheet says "38", not 40, see page 2\*$/m);
    assert.match(md, /^- \*\*unreviewed\*\* \(line 5\): Power draw/m);
    assert.match(md, /### Orphaned tags[\s\S]*\*\*disputed\*\* \(orphan\): Gone sentence/);
  });

  it("writes CSV with a header, 1-based positions and quoting that round-trips", () => {
    const rows = parseCsv(formatReviewCsv([buildReview()]));
    assert.deepEqual(rows[0], ["file", "line", "column", "end_line", "end_column", "status", "note", "text", "kind", "article", "anchor", "annotation_id"]);
    assert.equal(rows.length, 6);
    const router = rows[1];
    assert.deepEqual(router.slice(0, 8), [FILE, "4", "1", "4", String(ROUTER.length + 1), "verified", TRICKY_NOTE, ROUTER]);
    assert.ok(rows.every((r) => r.length === rows[0].length), "every row has every column");
    assert.deepEqual(rows[5].slice(1, 6), ["", "", "", "", "disputed"], "an orphan has no position");
  });

  it("writes a W3C annotation collection with re-anchored selectors", () => {
    const json = JSON.parse(formatW3cCollection([buildReview()]));
    assert.equal(json["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert.equal(json.type, "AnnotationCollection");
    assert.equal(json.total, 3);
    for (const item of json.items) assert.ok(annotationSchema.safeParse(item).success, JSON.stringify(item));
    assert.ok(json.items.every((a: { target: { source: string } }) => a.target.source === FILE));
    const [router] = json.items;
    assert.deepEqual(router.target.selector[1], { type: "TextPositionSelector", start: ARTICLE.indexOf(ROUTER), end: ARTICLE.indexOf(ROUTER) + ROUTER.length });
  });

  it("writes SARIF 2.1.0 with a rule per status and 1-based regions", () => {
    const log = JSON.parse(formatSarif([buildReview()]));
    const parsed = sarifLogSchema.safeParse(log);
    assert.ok(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues[0]));
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, "seed-review");
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id).sort(), ["disputed", "needs-source", "not-a-claim", "unreviewed", "verified"]);
    assert.deepEqual(run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId}/${r.level}`), ["verified/none", "unreviewed/note", "not-a-claim/none", "unreviewed/note", "disputed/error"]);
    assert.deepEqual(run.results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: "feeds/lab%20notes.txt", index: 0 },
      region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: ROUTER.length + 1, snippet: { text: ROUTER } },
    });
    assert.equal(run.results[0].properties.note, TRICKY_NOTE);
    assert.equal(run.results[4].locations[0].physicalLocation.region, undefined, "an orphan has no region");
  });
});
