// The cross-file index on a workspace made from the input: the text is cut into ~100 KB files
// at blank lines (its repeated articles become duplicates across and within files), analysed
// outside the timing, then signed, matched for duplicates and checked for figure conflicts
// (CPU time, median of the runs).
import { analyze } from "../../server/src/core/analysis";
import { findFigureConflicts, listCrossReferences, matchDuplicates, signFiles, type CorpusFile } from "../../server/src/core/corpus";
import { medianTime } from "./timing";

const FILE_BYTES = 100_000;

export interface CrossFileTimes { files: number; duplicateGroups: number; conflicts: number; signMs: number; matchMs: number; conflictMs: number; totalMs: number }

export function measureCrossFile(text: string, runs: number): CrossFileTimes {
  const files = splitIntoFiles(text).map((t, i): CorpusFile => ({ file: `file-${i}.txt`, text: t, analysis: analyze(t) }));
  const sign = medianTime(() => signFiles(files), runs);
  const signatures = signFiles(files);
  const match = medianTime(() => matchDuplicates(signatures), runs);
  const conflicts = medianTime(() => findFigureConflicts(files), runs);
  const groups = matchDuplicates(signatures);
  const found = findFigureConflicts(files);
  listCrossReferences(groups, found);
  return { files: files.length, duplicateGroups: groups.length, conflicts: found.length, signMs: sign.cpuMs, matchMs: match.cpuMs, conflictMs: conflicts.cpuMs, totalMs: sign.cpuMs + match.cpuMs + conflicts.cpuMs };
}

function splitIntoFiles(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + FILE_BYTES);
    const blank = text.indexOf("\n\n", end);
    end = end >= text.length || blank < 0 ? text.length : blank + 2;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}
