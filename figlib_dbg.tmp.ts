import { readFileSync } from "node:fs";
import { recognizeLine } from "./test/bench/figureLibraries/recognizersExtractor";
import { Culture, NumberWithUnitRecognizer } from "@microsoft/recognizers-text-number-with-unit";
const text = readFileSync("../shared/corpus/000_c00b718f991ee521.txt", "utf8");
let t0 = performance.now(); for (const l of text.split("\n")) recognizeLine(l); console.log("per line ms", performance.now() - t0);
const m = new NumberWithUnitRecognizer(Culture.English).getDimensionModel();
t0 = performance.now(); m.parse(text); console.log("whole-file dimension only ms", performance.now() - t0);
t0 = performance.now(); for (const l of text.split("\n")) m.parse(l); console.log("per-line dimension only ms", performance.now() - t0);
const gold = JSON.parse(readFileSync("../shared/corpus/gold-figures.json","utf8")).files;
for (const f of Object.keys(gold)) { const lines = readFileSync("../shared/corpus/"+f,"utf8").split("\n");
  const ex: string[] = []; for (let i = 0; i < gold[f].annotatedLines[1]; i++) for (const r of recognizeLine(lines[i])) if (!gold[f].figures.some((g: any) => g.line === i+1 && lines[i].indexOf(g.text) < r.end && r.start < lines[i].indexOf(g.text) + g.text.length)) ex.push(r.text);
  console.log(f, ex.length, JSON.stringify(ex.slice(0, 40))); }
