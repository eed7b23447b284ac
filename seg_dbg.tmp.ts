import { readFileSync } from "node:fs";
import { scoreCohesionGaps } from "../work/main/server/src/core/articles/lexicalCohesion";
const lines = readFileSync(process.argv[2], "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
const gaps = scoreCohesionGaps(lines);
for (const g of gaps) console.log(String(g.at + 1).padStart(4), g.similarity.toFixed(3), g.depth.toFixed(3), "#".repeat(Math.round(g.depth * 40)).padEnd(20), lines[g.at].slice(0, 60));
