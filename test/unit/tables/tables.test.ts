// Pipe tables and whitespace-aligned tables; prose with double spaces is not a table.
import { check } from "./checkTables";

describe("tables", () => {
  it("reads a pipe table with a separator row", () => {
    check("Results:\n| System | Size | Cost |\n|:--|--:|--:|\n| Alpha | 12 GB | $30 |\n| Beta | 9 GB | $18 |\nEnd.", [{
      layout: "pipe", lines: [1, 4], columnHeaders: ["System", "Size", "Cost"],
      rows: [["Alpha", "12 GB", "$30"], ["Beta", "9 GB", "$18"]],
    }]);
  });
  it("reads a pipe table without a separator row when rows open with a pipe", () => {
    check("| Run | Loss |\n| a | 0.31 |\n| b | 0.27 |", [{
      layout: "pipe", lines: [0, 2], columnHeaders: ["Run", "Loss"], rows: [["a", "0.31"], ["b", "0.27"]],
    }]);
  });
  it("does not read a navigation line of links as a table", () => {
    check("Listen on: Radio | Web | Mobile\nHome | About | Contact\n", []);
  });
  it("reads a space-aligned table with right-aligned numbers", () => {
    check("Model        Params    Speed\nTiny            60M     2.1x\nLarge          1.4B     1.0x\n", [{
      layout: "aligned", lines: [0, 2], columnHeaders: ["Model", "Params", "Speed"],
      rows: [["Tiny", "60M", "2.1x"], ["Large", "1.4B", "1.0x"]],
    }]);
  });
  it("reads a tab-separated table", () => {
    check("City\tPopulation\tArea\nNorthby\t120,000\t45 km\nSouthby\t98,500\t30 km\n", [{
      layout: "aligned", lines: [0, 2], columnHeaders: ["City", "Population", "Area"],
      rows: [["Northby", "120,000", "45 km"], ["Southby", "98,500", "30 km"]],
    }]);
  });
  it("maps a header without a corner cell to the right columns", () => {
    check("             Mem      Time\nBaseline     310 MB   0.4 s\nOurs         95 MB    0.1 s\n", [{
      layout: "aligned", lines: [0, 2], columnHeaders: ["", "Mem", "Time"],
      rows: [["Baseline", "310 MB", "0.4 s"], ["Ours", "95 MB", "0.1 s"]],
    }]);
  });
  it("does not read prose with double spaces after full stops as a table", () => {
    check("We trained the model for a week on a small cluster.  It worked well enough for us.\nThe second run took longer than the first one did.  Nobody minded the wait.\n", []);
  });
  it("does not read a single gapped line as a table", () => {
    check("Name    Value\n\nplain prose follows here.", []);
  });
});
