// Lays out the fixture workspace the editor opens (a fresh copy per run, so review files written
// by a previous run never leak in), and finds positions of text in its files.
import { cpSync, readFileSync, rmSync } from "node:fs";

export interface TextPosition {
  line: number; // 1-based, as the status bar shows it
  column: number; // 1-based
}

/** Copies test/e2e/fixtures into `target`, replacing whatever was there. */
export function prepareWorkspace(fixtures: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(fixtures, target, { recursive: true });
}

/** 1-based line and column of the first occurrence of `needle` in a file (columns in UTF-16 units). */
export function locateText(file: string, needle: string): TextPosition {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const column = lines[i].indexOf(needle);
    if (column >= 0) return { line: i + 1, column: column + 1 };
  }
  throw new Error(`fixture ${file} does not contain ${JSON.stringify(needle)}`);
}

/** Path of the review file the server writes beside a text file. */
export function reviewFileOf(textFile: string): string {
  return `${textFile}.review.json`;
}
