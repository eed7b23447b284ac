// Tables flattened to single spaces by scraping: a header line over rows of numbers; the
// values are read from the right, the words before them make the row label.
import { check } from "./checkTables";

describe("tables: flattened to single spaces", () => {
  it("reads a header with one word per column", () => {
    check("Scores on the dev set.\nSystem Recall Precision\nAlpha 71.2 64.0\nBeta 69.8 66.1\nBoth systems were tuned.", [{
      layout: "flattened", lines: [1, 3], columnHeaders: ["System", "Recall", "Precision"],
      rows: [["Alpha", "71.2", "64.0"], ["Beta", "69.8", "66.1"]],
    }]);
  });
  it("keeps a value with its error term or its unit in one cell", () => {
    check("Run Loss Size\nbase 0.41 ± 0.02 12 MB\nsmall 0.38 ±0.03 3.5 GB\n", [{
      layout: "flattened", lines: [0, 2], columnHeaders: ["Run", "Loss", "Size"],
      rows: [["base", "0.41 ± 0.02", "12 MB"], ["small", "0.38 ±0.03", "3.5 GB"]],
    }]);
  });
  it("maps a header without a corner word and joins abbreviations to their word", () => {
    check("Left hand Right hand\nTrial A 4.1 3.9\nTrial B 4.4 4.0\n", [{
      layout: "flattened", lines: [0, 2], columnHeaders: ["", "Left hand", "Right hand"],
      rows: [["Trial A", "4.1", "3.9"], ["Trial B", "4.4", "4.0"]],
    }]);
  });
  it("aligns short rows to the right and keeps missing-value rows", () => {
    check("Net Day Night Fog\nOwl 0.9 0.7 0.5\nBat 0.8 0.6\nMole N/A\nFox 0.6 0.5 0.4\n", [{
      layout: "flattened", lines: [0, 4], columnHeaders: ["Net", "Day", "Night", "Fog"],
      rows: [["Owl", "0.9", "0.7", "0.5"], ["Bat", "", "0.8", "0.6"], ["Mole", "", "", "N/A"], ["Fox", "0.6", "0.5", "0.4"]],
    }]);
  });
  it("leaves a header it cannot split whole in the first column", () => {
    check("Wall Clock Time Peak Memory Use\nfast 1.2 300\nslow 3.4 120\n", [{
      layout: "flattened", lines: [0, 2], columnHeaders: ["Wall Clock Time Peak Memory Use", "", ""],
      rows: [["fast", "1.2", "300"], ["slow", "3.4", "120"]],
    }]);
  });
  it("does not read number rows under a sentence, or a single row, as a table", () => {
    check("We list the results below, as before.\nAlpha 71.2 64.0\nBeta 69.8 66.1\n", []);
    check("System Recall Precision\nAlpha 71.2 64.0\n\nBeta 69.8 66.1\n", []);
  });
});
