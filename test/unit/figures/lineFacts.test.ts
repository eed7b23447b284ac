// The one-pass line facts must equal the whole-line tests they replaced: a missed trigger would
// let a date or identifier through as a figure, an invented one only costs time.
import { strict as assert } from "node:assert";
import {
  AM_PM_SHAPE, AT_SIGN, BACKTICK, BIBLIO_HINT, CODE_SYMBOL, DOLLAR, DOMAIN_SLASH, FISCAL_SHAPE, HAS_DIGIT, MONTH_HINT,
  OPEN_PAREN, readLineFacts, URL_HINT,
} from "../../../server/src/core/figures/lineFacts";

// Each flag with the test it stands for.
const TESTS: [number, (line: string) => boolean][] = [
  [HAS_DIGIT, (l) => /[0-9]/.test(l)],
  [MONTH_HINT, (l) => /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/.test(l)],
  [BIBLIO_HINT, (l) => /ISBN|ISSN|DOI|doi|arXiv|PMID/.test(l)],
  [URL_HINT, (l) => l.includes("://") || l.includes("www.")],
  [AT_SIGN, (l) => l.includes("@")],
  [BACKTICK, (l) => l.includes("`")],
  [DOLLAR, (l) => l.includes("$")],
  [OPEN_PAREN, (l) => l.includes("(")],
  [DOMAIN_SLASH, (l) => /\.(?:com|org|net|io|ai|edu|gov|dev|app|co|uk|de|ly)\//iu.test(l)],
  [AM_PM_SHAPE, (l) => /\d ?[AaPp]\.?[Mm]/.test(l)],
  [FISCAL_SHAPE, (l) => /Q[1-4]|H[12]|FY/.test(l)],
  [CODE_SYMBOL, (l) => /[{}<>_=;]/.test(l)],
];

function check(line: string): void {
  const facts = readLineFacts(line);
  for (const [flag, test] of TESTS) assert.equal((facts & flag) !== 0, test(line), `${flag} on ${line}`);
}

describe("figures: line facts read in one pass", () => {
  const lines = [
    "no cues here at all",
    "filed on Sept 4 and again in June, 9am then 10 p.m.",
    "see doi 10.1000/xyz or arXiv 2101.00001, ISBN 978-0 and PMID 42",
    "visit https://example.test or www.sample.test/path and mail a@b.test",
    "code `x = f(1);` and $\\alpha_1$ with {a: b} <tag>",
    "hosted at demo.IO/docs and shop.co.uk/items, not at a.b/c",
    "a Kelvin sign: site.u\u212a/page",
    "revenue in Q3 and H2, FY 2025 up 12%",
    "Jul Ju Ja Fe Ma Ap Au Se Oc No De DO IS ISB PMI arX ww. :/ 3 P 4 a.",
    "ends with a digit 7",
  ];
  for (const line of lines) it(line, () => check(line));
});
