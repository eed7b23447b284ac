// Numbers in table cells carry their row and column headers; flattened data rows still count.
import { check } from "./checkFigures";

describe("figures: table cells and data rows", () => {
  it("gives cell figures their headers in a pipe table", () => {
    const fixture = "| Model | Params | Latency (ms) |\n|---|---|---|\n| Tiny-2 | 350M | 12.5 |\n| Base | 1.1B | 40 |\n";
    check(fixture, [
      { text: "350M", value: 350e6, cell: { rowHeader: "Tiny-2", columnHeader: "Params" } },
      { text: "12.5", value: 12.5, unit: "ms", cell: { rowHeader: "Tiny-2", columnHeader: "Latency (ms)" } },
      { text: "1.1B", value: 1.1e9, cell: { rowHeader: "Base", columnHeader: "Params" } },
      { text: "40", value: 40, unit: "ms", cell: { rowHeader: "Base", columnHeader: "Latency (ms)" } },
    ]);
  });
  it("gives cell figures their headers in an aligned table", () => {
    const fixture = "Method      Memory    Time\nBaseline    310 MB    0.4 s\nOurs        95 MB     0.1 s\n";
    check(fixture, [
      { text: "310 MB", cell: { rowHeader: "Baseline", columnHeader: "Memory" } },
      { text: "0.4 s", cell: { rowHeader: "Baseline", columnHeader: "Time" } },
      { text: "95 MB", cell: { rowHeader: "Ours", columnHeader: "Memory" } },
      { text: "0.1 s", cell: { rowHeader: "Ours", columnHeader: "Time" } },
    ]);
  });
  it("reads numbers after names in a row flattened to single spaces", () => {
    check("Fast SGD 71.5 0.33 1,204 N/A 9", [
      { text: "71.5" }, { text: "0.33" }, { text: "1,204", value: 1204 }, { text: "9" },
    ]);
  });
});
