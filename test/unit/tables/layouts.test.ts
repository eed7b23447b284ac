// Invented table layouts from scraped dumps: each fixture with the tables findTables must
// return (line range, column headers, body cells by column); every fixture is also checked
// with CRLF line ends. Gapped prose, code, art and lists must not become tables.
import { check, checkContext, type ExpectedTable } from "./checkTables";

interface Case { name: string; text: string; tables: ExpectedTable[] }

const scoreRows = [["Alpha", "71.2"], ["Beta", "69.8"]];

const cases: Case[] = [
  { name: "markdown with an alignment row and an escaped pipe",
    text: "| Op | Syntax | Cost (ms) |\n|:---|:---:|---:|\n| or | a \\| b | 1.5 |\n| and | a && b | 0.8 |\n",
    tables: [{ layout: "pipe", lines: [0, 3], columnHeaders: ["Op", "Syntax", "Cost (ms)"], rows: [["or", "a \\| b", "1.5"], ["and", "a && b", "0.8"]] }] },
  { name: "markdown without outer pipes",
    text: "Tool | Size | Price\n--- | --- | ---\nkiln | 12 MB | $3\nloom | 8 MB | $2\n",
    tables: [{ layout: "pipe", lines: [0, 3], columnHeaders: ["Tool", "Size", "Price"], rows: [["kiln", "12 MB", "$3"], ["loom", "8 MB", "$2"]] }] },
  { name: "two columns, one inner pipe, no rule: numbers under words",
    text: "Tool | Size\nkiln | 12 MB\nloom | 8 MB\n",
    tables: [{ layout: "pipe", lines: [0, 2], columnHeaders: ["Tool", "Size"], rows: [["kiln", "12 MB"], ["loom", "8 MB"]] }] },
  { name: "tab-separated values with an empty cell",
    text: "Store\tQ1\tQ2\tQ3\nNorth\t10\t\t30\nSouth\t12\t14\t16\n",
    tables: [{ layout: "aligned", lines: [0, 2], columnHeaders: ["Store", "Q1", "Q2", "Q3"], rows: [["North", "10", "", "30"], ["South", "12", "14", "16"]] }] },
  { name: "a CSV block pasted into a post",
    text: "Here is the raw data:\nmodel,params,accuracy (%)\nalpha,7B,71.2\nbeta,13B,74.5\n\nThat is all.",
    tables: [{ layout: "csv", lines: [1, 3], columnHeaders: ["model", "params", "accuracy (%)"], rows: [["alpha", "7B", "71.2"], ["beta", "13B", "74.5"]] }] },
  { name: "CSV with quoted fields holding commas",
    text: "region,revenue,growth\n\"North, East\",\"1,200\",4%\nSouth,950,2%\n",
    tables: [{ layout: "csv", lines: [0, 2], columnHeaders: ["region", "revenue", "growth"], rows: [["North, East", "1,200", "4%"], ["South", "950", "2%"]] }] },
  { name: "box-drawing table",
    text: "┌────────┬───────┐\n│ Model  │ Score │\n├────────┼───────┤\n│ Alpha  │  71.2 │\n│ Beta   │  69.8 │\n└────────┴───────┘\n",
    tables: [{ layout: "pipe", lines: [1, 4], columnHeaders: ["Model", "Score"], rows: scoreRows }] },
  { name: "reStructuredText grid table",
    text: "+--------+-------+\n| Model  | Score |\n+========+=======+\n| Alpha  | 71.2  |\n+--------+-------+\n| Beta   | 69.8  |\n+--------+-------+\n",
    tables: [{ layout: "pipe", lines: [1, 5], columnHeaders: ["Model", "Score"], rows: scoreRows }] },
  { name: "reStructuredText simple table",
    text: "=====  =====  ======\nModel  Size   Score\n=====  =====  ======\nAlpha  7B     71.2\nBeta   13B    69.8\n=====  =====  ======\n",
    tables: [{ layout: "aligned", lines: [1, 4], columnHeaders: ["Model", "Size", "Score"], rows: [["Alpha", "7B", "71.2"], ["Beta", "13B", "69.8"]] }] },
  { name: "org-mode table",
    text: "| Model | Score |\n|-------+-------|\n| Alpha |  71.2 |\n| Beta  |  69.8 |\n",
    tables: [{ layout: "pipe", lines: [0, 3], columnHeaders: ["Model", "Score"], rows: scoreRows }] },
  { name: "psql output with a row count footer",
    text: " name  | size | cost\n-------+------+------\n alpha |   12 |  3.5\n beta  |    8 |  2.0\n(2 rows)\n",
    tables: [{ layout: "pipe", lines: [0, 3], columnHeaders: ["name", "size", "cost"], rows: [["alpha", "12", "3.5"], ["beta", "8", "2.0"]] }] },
  { name: "a header on two lines under an empty corner",
    text: "              Train      Eval       Peak\nModel         time (h)   time (s)   memory (GB)\nAlpha         12.5       3.1        40\nBeta          20.0       4.8        80\n",
    tables: [{ layout: "aligned", lines: [0, 3], columnHeaders: ["Model", "Train time (h)", "Eval time (s)", "Peak memory (GB)"], rows: [["Alpha", "12.5", "3.1", "40"], ["Beta", "20.0", "4.8", "80"]] }] },
  { name: "a two-line pipe header above the rule",
    text: "|  | Train | Eval |\n| Model | time (h) | time (s) |\n|---|---|---|\n| Alpha | 12.5 | 3.1 |\n| Beta | 20.0 | 4.8 |\n",
    tables: [{ layout: "pipe", lines: [0, 4], columnHeaders: ["Model", "Train time (h)", "Eval time (s)"], rows: [["Alpha", "12.5", "3.1"], ["Beta", "20.0", "4.8"]] }] },
  { name: "a units row under the header",
    text: "Model     Latency   Accuracy\n          (ms)      (%)\nAlpha     12        71.2\nBeta      15        74.5\n",
    tables: [{ layout: "aligned", lines: [0, 3], columnHeaders: ["Model", "Latency (ms)", "Accuracy (%)"], rows: [["Alpha", "12", "71.2"], ["Beta", "15", "74.5"]] }] },
  { name: "a totals row under a rule",
    text: "Item        Qty    Price\nWidget        4    $12.00\nGadget       10     $3.50\n-------------------------\nTotal        14    $83.00\n",
    tables: [{ layout: "aligned", lines: [0, 4], columnHeaders: ["Item", "Qty", "Price"], rows: [["Widget", "4", "$12.00"], ["Gadget", "10", "$3.50"], ["Total", "14", "$83.00"]] }] },
  { name: "an empty top-left cell in a pipe table",
    text: "|   | Q1 | Q2 |\n|---|---|---|\n| North | 10 | 12 |\n| South | 8 | 9 |\n",
    tables: [{ layout: "pipe", lines: [0, 3], columnHeaders: ["", "Q1", "Q2"], rows: [["North", "10", "12"], ["South", "8", "9"]] }] },
  { name: "right-aligned numbers with thousands separators, currencies and percents",
    text: "Plan        Users      Monthly     Churn\nStarter     1,200      $9.99       4.5%\nTeam       12,500      €49         2.1%\nCorp      250,000      £1,250.00   0.8%\n",
    tables: [{ layout: "aligned", lines: [0, 3], columnHeaders: ["Plan", "Users", "Monthly", "Churn"],
      rows: [["Starter", "1,200", "$9.99", "4.5%"], ["Team", "12,500", "€49", "2.1%"], ["Corp", "250,000", "£1,250.00", "0.8%"]] }] },
  { name: "a caption line above",
    text: "Table 2: Latency by model\nModel     p50 (ms)   p99 (ms)\nAlpha     12         40\nBeta      15         52\n",
    tables: [{ layout: "aligned", lines: [1, 3], columnHeaders: ["Model", "p50 (ms)", "p99 (ms)"], rows: [["Alpha", "12", "40"], ["Beta", "15", "52"]] }] },
  { name: "a caption with a double space is not the header",
    text: "Table 2:  Latency by model\nModel     p50 (ms)   p99 (ms)\nAlpha     12         40\nBeta      15         52\n",
    tables: [{ layout: "aligned", lines: [1, 3], columnHeaders: ["Model", "p50 (ms)", "p99 (ms)"], rows: [["Alpha", "12", "40"], ["Beta", "15", "52"]] }] },
  { name: "years as column headers",
    text: "Region   2021   2022\nNorth      12     15\nSouth       9     11\n",
    tables: [{ layout: "aligned", lines: [0, 2], columnHeaders: ["Region", "2021", "2022"], rows: [["North", "12", "15"], ["South", "9", "11"]] }] },
  { name: "a wordy first body row stays a body row",
    text: "Feature     Ours    Theirs\nOffline     yes     no\nSpeed       2x      1x\n",
    tables: [{ layout: "aligned", lines: [0, 2], columnHeaders: ["Feature", "Ours", "Theirs"], rows: [["Offline", "yes", "no"], ["Speed", "2x", "1x"]] }] },
];

const notTables: [string, string][] = [
  ["numbers listed in sentences", "We measured 12, 15, 18 and 21 ms across runs.\nThe second batch gave 30, 31, 29 and 35 ms instead.\nA third, 40, came last.\n"],
  ["aligned assignments", "const a    = 1;\nconst bcd  = 22;\nconst ef   = 333;\n"],
  ["indented code with trailing comments", "    if (x > 0) {\n        y = 10;      // clamp\n        z = 20;      // offset\n    }\n"],
  ["ASCII art", "   *      *      *\n     \\    |    /\n   ---  (o o)  ---\n     /    |    \\\n"],
  ["a key: value metadata block", "Author:     Jane Roe\nPublished:  2021-03-04\nReading:    6 min\n"],
  ["changelog lines", "v2.1.0  2023-04-01  Fixed crash on empty input\nv2.0.3  2023-03-12  Added retry to uploads\nv2.0.0  2023-02-01  New storage engine\n"],
  ["a numbered list with double spaces", "1.  Install the package\n2.  Run the setup script\n3.  Restart the server\n"],
  ["comma lists of words", "red, green, blue\ncats, dogs, birds\nsun, moon, stars\n"],
  ["a function call list", "call(a, 1, 2)\ncall(b, 3, 4)\ncall(c, 5, 6)\n"],
  ["breadcrumbs with single pipes", "Home | Blog\nNews | About\nHelp | Contact\n"],
  ["cells stripped of HTML one per line", "Model\nParams\nScore\nAlpha\n7B\n71.2\nBeta\n13B\n74.5\n"],
];

describe("tables: invented layouts", () => {
  for (const c of cases) {
    it(`reads ${c.name}`, () => check(c.text, c.tables));
    it(`reads ${c.name} (CRLF)`, () => check(c.text.replace(/\n/g, "\r\n"), c.tables));
  }
  for (const [name, text] of notTables) {
    it(`finds no table in ${name}`, () => check(text, []));
    it(`finds no table in ${name} (CRLF)`, () => check(text.replace(/\n/g, "\r\n"), []));
  }
});

describe("tables: what a hover on a numeric cell shows", () => {
  it("joins the units row into the column header", () => {
    checkContext("Model     Latency   Accuracy\n          (ms)      (%)\nAlpha     12        71.2\n", ["Alpha / Latency (ms) = 12", "Alpha / Accuracy (%) = 71.2"]);
  });
  it("gives the totals row its label", () => {
    checkContext("Item      Price\nWidget    $12.00\n--------------\nTotal     $83.00\n", ["Widget / Price = $12.00", "Total / Price = $83.00"]);
  });
  it("keeps an empty cell so later cells stay under their headers", () => {
    checkContext("Store\tQ1\tQ2\tQ3\nNorth\t10\t\t30\nSouth\t12\t14\t16\n", [
      "North / Q1 = 10", "North / Q3 = 30", "South / Q1 = 12", "South / Q2 = 14", "South / Q3 = 16",
    ]);
  });
  it("reads a box-drawing row under its header", () => {
    checkContext("┌──────┬──────────┐\n│ City │ Cost ($) │\n├──────┼──────────┤\n│ Oslo │    1,450 │\n└──────┴──────────┘\n", ["Oslo / Cost ($) = 1,450"]);
  });
});
