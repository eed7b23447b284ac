// The region two versions of a text differ in: their common prefix and suffix, compared a
// chunk at a time (string equality of slices runs at memory speed), then character by character.
// Shared by the incremental re-analysis and the cross-file index.

/** Text before `start` and from `oldEnd` (old) / `newEnd` (new) to the end is the same. */
export interface TextChange { start: number; oldEnd: number; newEnd: number }

// Big enough that most of a 5 MB compare is a few thousand slice comparisons, small enough
// that the character-by-character tail stays short.
const CHUNK = 4096;

export function findTextChange(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= limit && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The suffix may not overlap the prefix in either text.
  const room = limit - start;
  let tail = 0;
  while (tail + CHUNK <= room && before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < room && before.charCodeAt(before.length - tail - 1) === after.charCodeAt(after.length - tail - 1)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}
