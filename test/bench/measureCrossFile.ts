// The cross-file index on a workspace made from the input: the text is cut into ~100 KB files
// at blank lines (its repeated articles become duplicates across and within files), analysed
// outside the timing, then signed, matched for duplicates and checked for figure conflicts
// (CPU time, median of the runs). Then the incremental CorpusIndex the server uses: its full
// build, and one update after a one-line edit in the middle of one file (the rematch cost).
import { analyze } from "../../server/src/core/analysis";
import { CorpusIndex, findFigureConflicts, listCrossReferences, matchDuplicates, signFiles, type CorpusFile } from "../../server/src/core/corpus";
import { medianTime } from "./timing";

const FILE_BYTES = 100_000;

export interface CrossFileTimes {
  files: number; duplicateGroups: number; conflicts: number; signMs: number; matchMs: number; conflictMs: number; totalMs: number;
  /** CorpusIndex built over all files, and one rematch after a one-line edit of one file. */
  indexBuildMs: number; editRematchMs: number;
}

export function measureCrossFile(text: string, runs: number): CrossFileTimes {
  const files = splitIntoFiles(text).map((t, i): CorpusFile => ({ file: `file-${i}.txt`, text: t, analysis: analyze(t) }));
  const sign = medianTime(() => signFiles(files), runs);
  const signatures = signFiles(files);
  const match = medianTime(() => matchDuplicates(signatures), runs);
  const conflicts = medianTime(() => findFigureConflicts(files), runs);
  const groups = matchDuplicates(signatures);
  const found = findFigureConflicts(files);
  listCrossReferences(groups, found);
  const build = medianTime(() => buildIndex(files), runs);
  return {
    files: files.length, duplicateGroups: groups.length, conflicts: found.length, signMs: sign.cpuMs, matchMs: match.cpuMs, conflictMs: conflicts.cpuMs,
    totalMs: sign.cpuMs + match.cpuMs + conflicts.cpuMs, indexBuildMs: build.cpuMs, editRematchMs: measureEditRematch(files, runs),
  };
}

function buildIndex(files: readonly CorpusFile[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const f of files) index.update(f.file, f.text, f.analysis);
  index.crossReferences();
  return index;
}

/** Alternately inserts and removes a word at a line start in the middle of the middle file
 * (analysed outside the timing), timing the update and the new cross-references. */
function measureEditRematch(files: readonly CorpusFile[], runs: number): number {
  const index = buildIndex(files);
  const target = files[files.length >> 1];
  const at = target.text.indexOf("\n", target.text.length >> 1) + 1;
  const edited = `${target.text.slice(0, at)}Zed ${target.text.slice(at)}`;
  const versions = [{ text: edited, analysis: analyze(edited) }, target];
  let k = 0;
  return medianTime(() => {
    const v = versions[k++ % 2];
    index.update(target.file, v.text, v.analysis);
    return index.crossReferences();
  }, runs).cpuMs;
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
