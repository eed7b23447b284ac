// Hovers through the real server process: a figure in prose, a figure in a table cell with its
// row and column headers, the same quantity stated in another file, and an article title.
import { strict as assert } from "node:assert";
import type { Hover, MarkupContent } from "vscode-languageserver-protocol";
import { FEED_EXPORT } from "../fixtures/feedExport";
import { createWorkspace, indexingDone, openDocument, startServer, type Harness, type Workspace } from "./lspHarness";

const TABLE_DOC = [
  "# Kiln benchmark",
  "",
  "We measured three kilns over one week.",
  "",
  "| Kiln | Peak temperature | Energy per firing |",
  "|---|---|---|",
  "| Electric A | 1,260 °C | 42 kWh |",
  "| Gas B | 1,300 °C | 55 kWh |",
  "",
  "The gas kiln used 31% more energy.",
  "",
].join("\n");

describe("hovers over stdio", () => {
  let ws: Workspace, h: Harness, feedUri: string, tableUri: string;

  before(async () => {
    ws = createWorkspace({
      "corpus/feed.txt": FEED_EXPORT,
      "corpus/table.txt": TABLE_DOC,
      "corpus/echo.txt": "Echo of a claim\n\nAnother lab also reports a 400 Gbit/s backbone for its buoys.\n",
    });
    feedUri = ws.uri("corpus/feed.txt");
    tableUri = ws.uri("corpus/table.txt");
    h = await startServer(ws.root);
    openDocument(h, feedUri, FEED_EXPORT);
    openDocument(h, tableUri, TABLE_DOC);
    await indexingDone(h);
  });
  after(async () => {
    await h.stop();
    ws.remove();
  });

  const hoverAt = async (uri: string, text: string, needle: string): Promise<string> => {
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes(needle));
    const hover = await h.connection.sendRequest<Hover | null>("textDocument/hover", { textDocument: { uri }, position: { line, character: lines[line].indexOf(needle) + 1 } });
    assert.ok(hover, `no hover at ${needle}`);
    return (hover.contents as MarkupContent).value;
  };

  it("shows a figure's value, unit, dimension, qualifier and sentence", async () => {
    const md = await hoverAt(feedUri, FEED_EXPORT, "up to 25 percent");
    assert.match(md, /\| value \| 25 \|/);
    assert.match(md, /%/);
    assert.match(md, /\| qualifier \| up to \|/);
    assert.match(md, /reduces energy use/);
  });

  it("writes out a data rate with its unit and lists the same quantity in another file", async () => {
    const md = await hoverAt(feedUri, FEED_EXPORT, "400 Gbit/s");
    assert.match(md, /\| value \| 400 \|/);
    assert.match(md, /Gbit\/s/);
    assert.match(md, /data rate/);
    assert.match(md, /Same quantity in 1 other place/);
    assert.match(md, /echo\.txt/);
  });

  it("shows a table cell's row and column headers", async () => {
    const md = await hoverAt(tableUri, TABLE_DOC, "42 kWh");
    assert.match(md, /\| value \| 42 \|/);
    assert.match(md, /\| row \| Electric A \|/);
    assert.match(md, /\| column \| Energy per firing \|/);
  });

  it("explains the evidence for an article boundary on its title", async () => {
    const md = await hoverAt(feedUri, FEED_EXPORT, "Greenhouse lights that dim themselves");
    assert.match(md, /\*\*Article:\*\* Greenhouse lights that dim themselves/);
    assert.match(md, /feed|footer|Read More/i);
  });
});
