// Layouts and notations beyond the sample corpus: scientific notation, hardware configurations,
// "N+" with a unit, markdown headings, display classes, verbs after a number, TeX captions,
// lone 0/1 values and currency headers.
import { check, checkNone } from "./checkFigures";

describe("figures: notations and layouts beyond the sample", () => {
  it("reads scientific notation as one scaled number", () => {
    check("We set a step size of 2e-5 and used 4.2E8 FLOPs.", [
      { text: "2e-5", value: 2e-5, unit: null }, { text: "4.2E8 FLOPs", value: 4.2e8, unit: "FLOPS", dimension: "compute" },
    ]);
    check("It holds 10^7 records and light covers 3 × 10^5 km/s.", [
      { text: "10^7 records", value: 1e7, unit: "records" }, { text: "3 × 10^5 km/s", value: 3e5, unit: "km/s" },
    ]);
    check("A tiny rate of 1.5x10^-3 remains.", [{ text: "1.5x10^-3", value: 0.0015 }]);
  });
  it("keeps hashes and other powers out of scientific notation", () => {
    checkNone("The commit 7e4a9 touched n^2 terms.");
  });
  it("gives scaled values without binary noise", () => {
    check("They raised $4.1B and $0.3M.", [{ text: "$4.1B", value: 4.1e9 }, { text: "$0.3M", value: 3e5 }]);
  });
  it("reads a hardware configuration as a count of the part", () => {
    // The plural after the part joins the counted noun, as in "48 H100 GPUs".
    check("Each pod has 16xH200 boards.", [{ text: "16xH200 boards", value: 16, unit: "H200 boards", dimension: "count" }]);
    check("Each pod has 16xH200.", [{ text: "16xH200", value: 16, unit: "H200", dimension: "count" }]);
    checkNone("It runs on an m5.2xlarge host with 3x3 filters.");
  });
  it("reads the unit after an open-ended '+'", () => {
    check("A 25+ year record and 40+ ms stalls.", [
      { text: "25+ year", value: 25, unit: "years", qualifier: "at least" }, { text: "40+ ms", unit: "ms", qualifier: "at least" },
    ]);
  });
  it("treats the number of a markdown heading as a marker", () => {
    checkNone("## 4. Discussion\n### 12) Open questions");
  });
  it("does not read display classes as thousands", () => {
    check("The 8K screen uses 60 W; a 4K video plays.", [{ text: "60 W", value: 60, unit: "W" }]);
  });
  it("does not take a verb before its object as the counted noun", () => {
    check("The 6-core chip draws 15 W while each of 3 workers handles the load.", [
      { text: "6-core", value: 6, unit: "core" }, { text: "15 W", unit: "W" }, { text: "3 workers", unit: "workers" },
    ]);
  });
  it("reads figures in a caption with TeX sub- and superscripts", () => {
    check("Table 5: drift (e_{abs}) and (e_{rel}) with (^{deg}/50 m) over a route of 20-90 m.", [
      { text: "20-90 m", value: 20, valueHigh: 90, unit: "m" },
    ]);
  });
  it("does not read a lone 0 or 1 in prose as a quantity", () => {
    check("Flags are stored as 0 and 1, and scores near 1 are good; 1 GPU and 0.5 s remain.", [
      { text: "1 GPU", value: 1, unit: "GPU" }, { text: "0.5 s", value: 0.5, unit: "s" },
    ]);
  });
  it("reads a currency named in a column header", () => {
    check("| Plan | Price (€) |\n|---|---|\n| Basic | 9.50 |\n| Pro | 24 |\n", [
      { text: "9.50", value: 9.5, unit: "EUR", dimension: "money" }, { text: "24", value: 24, unit: "EUR" },
    ]);
  });
  it("reads a flattened table cell by cell, keeping a number that runs into the label", () => {
    // Three header words over two columns cannot be split, so the header stays whole.
    check("Batch Model Peak\n64 Tiny net 3.5\n128 Tiny net 6.25\n", [
      { text: "64", value: 64, cell: { rowHeader: "64 Tiny net", columnHeader: "Batch Model Peak" } },
      { text: "3.5", value: 3.5, unit: null, cell: { rowHeader: "64 Tiny net", columnHeader: "" } },
      { text: "128", value: 128 },
      { text: "6.25", value: 6.25 },
    ]);
    check("Model Peak (GB) Time (s)\nTiny net 3.5 12\nWide net 6.25 30\n", [
      { text: "3.5", unit: "GB", cell: { rowHeader: "Tiny net", columnHeader: "Peak (GB)" } },
      { text: "12", unit: "s", cell: { rowHeader: "Tiny net", columnHeader: "Time (s)" } },
      { text: "6.25", unit: "GB" }, { text: "30", unit: "s" },
    ]);
  });
});
