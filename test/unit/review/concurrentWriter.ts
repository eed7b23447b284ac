// Child process for the concurrency test: tags every `step`-th sentence starting at `first`,
// one setTag per sentence, as fast as it can, while another process does the same.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { ReviewStore } from "../../../server/src/review";

const [textPath, first, step] = process.argv.slice(2);
const text = readFileSync(textPath, "utf8");
const store = new ReviewStore({ workspaceRoot: dirname(textPath), lock: { timeoutMs: 20000 } });
const lines = text.split("\n");
let offset = 0;
const spans = lines.map((line) => { const span = { start: offset, end: offset + line.length }; offset += line.length + 1; return span; });

async function tagSentences(): Promise<void> {
  for (let i = Number(first); i < spans.length; i += Number(step)) {
    if (spans[i].end > spans[i].start) await store.setTag(textPath, { documentText: text, span: spans[i], tag: i % 2 ? "verified" : "disputed", creator: `writer-${first}` });
  }
}

tagSentences().catch((e) => { process.stderr.write(`${e}\n`); process.exitCode = 1; });
