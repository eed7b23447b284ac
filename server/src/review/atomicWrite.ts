// Crash-safe replacement of a file: write a temp file in the same folder, fsync, rename over the
// target. A crash before the rename leaves the old file whole; the leftover temp file is removed
// by the next writer (temp files are only written under the review lock, so none is in use then).
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomUUID } from "node:crypto";
import { ReviewFileError } from "./reviewFileError";

export function tempPrefixOf(path: string): string {
  return `.${basename(path)}.`;
}

export function writeFileAtomic(path: string, content: string): void {
  const folder = dirname(path);
  const mode = requireWritable(path);
  try { mkdirSync(folder, { recursive: true }); } catch (e) { throw asWriteError(path, e); }
  const temp = join(folder, `${tempPrefixOf(path)}${randomUUID()}.tmp`);
  try {
    const fd = openSync(temp, "wx", mode ?? 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (e) {
    try { unlinkSync(temp); } catch { /* never created */ }
    throw asWriteError(path, e);
  }
  syncFolder(folder);
}

/** Deletes temp files a crashed writer left beside `path`. Call only while holding its lock. */
export function removeLeftoverTempFiles(path: string): void {
  const prefix = tempPrefixOf(path);
  let names: string[];
  try { names = readdirSync(dirname(path)); } catch { return; }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith(".tmp")) {
      try { unlinkSync(join(dirname(path), name)); } catch { /* someone else removed it */ }
    }
  }
}

/**
 * Refuses to replace a read-only file. rename() would replace it anyway (it needs only a writable
 * folder), and the mode bits are checked because access() says "writable" to root.
 * Returns the existing file's mode so the new file keeps it.
 */
function requireWritable(path: string): number | undefined {
  let mode: number;
  try { mode = statSync(path).mode & 0o7777; } catch { return undefined; }
  if ((mode & 0o222) === 0) {
    throw new ReviewFileError(path, "read-only", "is read-only; the tag was not saved (make the file writable and try again)");
  }
  return mode;
}

/** Makes the rename itself durable; not every platform can open a folder, hence best effort. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, "r");
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* Windows: folders cannot be fsynced */ }
}

function asWriteError(path: string, e: unknown): ReviewFileError {
  if (e instanceof ReviewFileError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  const readOnly = code === "EACCES" || code === "EPERM" || code === "EROFS";
  return new ReviewFileError(path, readOnly ? "read-only" : "io", `cannot be written (${code}); the review file was left as it was`);
}
