// CSV exports open safely in spreadsheet programs: scraped text and notes that look like
// formulas stay text, numbers and our own figure text stay as they are.
import { strict as assert } from "node:assert";
import { analyze } from "../../../server/src/core/analysis";
import { formatFiguresCsv } from "../../../server/src/cli/textReport";
import { formatTextCell, neutralizeFormula } from "../../../server/src/review/export/spreadsheetSafety";
import { formatReviewCsv } from "../../../server/src/review";
import { anchorAnnotations } from "../../../server/src/review";
import { createTextModel } from "../../../server/src/core/document";
import { ARTICLE, makeAnnotation } from "./reviewFixtures";

describe("spreadsheet safety of CSV cells", () => {
  const check = (input: string, expected: string) => it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(neutralizeFormula(input), expected));
  check('=HYPERLINK("http://x.example","click")', `'=HYPERLINK("http://x.example","click")`);
  check("+1 555 0100", "'+1 555 0100");
  check("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0");
  check("@SUM(A1:A9)", "'@SUM(A1:A9)");
  check("\tindented", "'\tindented");
  check("plain note, with a comma", "plain note, with a comma");
  check("a = b inside is fine", "a = b inside is fine");

  it("quotes after neutralising and passes numbers through", () => {
    assert.equal(formatTextCell('=1+1,"x"'), `"'=1+1,""x"""`);
    assert.equal(formatTextCell(-12.5), "-12.5");
    assert.equal(formatTextCell(null), "");
  });

  it("guards a reviewer's note in the review CSV", () => {
    const sentence = ARTICLE.split(/(?<=\.)\s/)[0];
    const analysis = analyze(ARTICLE);
    const tags = anchorAnnotations(ARTICLE, [makeAnnotation(ARTICLE, sentence, "disputed", "=IMPORTXML(A1)")]);
    const csv = formatReviewCsv([{ file: "a.txt", text: ARTICLE, analysis, tags, rangeOf: createTextModel(ARTICLE).rangeOf }]);
    assert.match(csv, /,'=IMPORTXML\(A1\),/);
    assert.doesNotMatch(csv, /,=IMPORTXML/);
  });

  it("guards a scraped article title in the figures CSV but keeps a negative figure's text", () => {
    const text = "=cmd title\n\nRevenue fell -5% to 12 million dollars last quarter.\n";
    const csv = formatFiguresCsv([{ file: "f.txt", analysis: analyze(text) }]);
    const rows = csv.split("\n").slice(1);
    assert.ok(rows.length >= 1, csv);
    assert.ok(rows.every((r) => r.endsWith(",'=cmd title")), csv);
    assert.ok(rows.some((r) => r.split(",")[3] === "-5%"), csv);
  });
});
