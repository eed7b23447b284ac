// Hard-wraps a corpus folder at WIDTH columns (greedy, at spaces, like `fmt`) and maps its gold
// files onto the wrapped lines, to measure how the analysis does on wrapped dumps:
//   node test/corpus/wrapCorpus.mjs ../shared/corpus /tmp/wrapped 72
//   npm run --silent analyze -- --format json /tmp/wrapped > /tmp/w.json
//   node ../shared/tools/score.mjs --pred /tmp/w.json --gold /tmp/wrapped
// Gold figures a wrap splits in two are dropped (reported on stderr); a claim keeps the part of
// its text on its first wrapped line. Output goes outside the repository (corpus text).
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from "node:fs";
const [src, out, width = "72"] = process.argv.slice(2);
if (!src || !out) { console.error("usage: node test/corpus/wrapCorpus.mjs CORPUS_DIR OUT_DIR [WIDTH]"); process.exit(2); }
const W = Number(width);
mkdirSync(out, { recursive: true });
const maps = {};
for (const f of readdirSync(src).filter((x) => x.endsWith(".txt"))) {
  const lines = readFileSync(`${src}/${f}`, "utf8").split("\n");
  const outLines = []; const map = []; // map[oldLine] = [{newLine, from, to}] (old char ranges)
  // A wrapped dump separates paragraphs by blank lines; a file with one paragraph per line and
  // none would lose its paragraph ends, so one is added after each of its lines.
  const spaced = !lines.some((l) => l.trim() === "");
  lines.forEach((line, i) => {
    const parts = [];
    if (line.length <= W) { parts.push([0, line.length]); }
    else {
      let s = 0;
      while (s < line.length) {
        if (line.length - s <= W) { parts.push([s, line.length]); break; }
        let cut = line.lastIndexOf(" ", s + W);
        if (cut <= s) cut = line.indexOf(" ", s + W); if (cut < 0) { parts.push([s, line.length]); break; }
        parts.push([s, cut]); s = cut + 1;
      }
    }
    map[i] = parts.map(([a, b]) => { outLines.push(line.slice(a, b)); return { newLine: outLines.length, from: a, to: b }; });
    if (spaced && i < lines.length - 1) outLines.push("");
  });
  writeFileSync(`${out}/${f}`, outLines.join("\n"));
  maps[f] = { map, lines };
}
const locate = (f, line, text, occ = 1) => { // 1-based old line -> {newLine, text on that line}
  const { map, lines } = maps[f]; const l = lines[line - 1]; let at = -1; for (let k = 0; k < occ; k++) at = l.indexOf(text, at + 1);
  if (at < 0) return null; const part = map[line - 1].find((p) => at >= p.from && at < p.to) ?? map[line - 1][0];
  const piece = l.slice(at, Math.min(at + text.length, part.to)); return { newLine: part.newLine, text: piece, whole: at + text.length <= part.to };
};
const firstNew = (f, line) => maps[f].map[line - 1][0].newLine;
const lastNew = (f, line) => { const m = maps[f].map[line - 1]; return m[m.length - 1].newLine; };
for (const kind of ["boundaries", "figures", "claims"]) {
  const g = JSON.parse(readFileSync(`${src}/gold-${kind}.json`, "utf8"));
  for (const [f, e] of Object.entries(g.files)) {
    if (!maps[f]) continue;
    if (e.lines) e.lines = maps[f].map.reduce((n, m) => n + m.length, 0);
    if (e.annotatedLines) e.annotatedLines = [firstNew(f, e.annotatedLines[0]), lastNew(f, e.annotatedLines[1])];
    for (const a of e.articles ?? []) { a.start = firstNew(f, a.start); if (a.end) a.end = lastNew(f, a.end); if (a.titleLine) a.titleLine = firstNew(f, a.titleLine); }
    let dropped = 0;
    for (const key of ["figures", "claims", "nonClaims"]) {
      if (!e[key]) continue;
      e[key] = e[key].map((x) => { const loc = locate(f, x.line, x.text, x.occurrence ?? 1); if (!loc) return null;
        if (key === "figures" && !loc.whole) { dropped++; return null; }
        const y = { ...x, line: loc.newLine, text: loc.text }; delete y.occurrence;
        // occurrence on the new line
        const nl = readFileSync(`${out}/${f}`, "utf8").split("\n")[loc.newLine - 1]; const first = nl.indexOf(loc.text); if (first < 0) return null;
        return y; }).filter(Boolean);
    }
    if (dropped) console.error(`${kind} ${f}: ${dropped} figures split by a wrap dropped`);
  }
  writeFileSync(`${out}/gold-${kind}.json`, JSON.stringify(g, null, 1));
}
