// The one region where two versions of a text differ (common prefix and suffix), so a per-file
// index can keep what lies wholly before or after an edit and redo only the middle.

export interface ChangedRegion {
  /** Length of the common prefix. */
  prefix: number;
  /** Length of the common suffix (not overlapping the prefix in either text). */
  suffix: number;
}

/** Block size for the fast comparison: one string `===` per block runs as a native compare. */
const BLOCK = 4096;

export function findChangedRegion(before: string, after: string): ChangedRegion {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= limit && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = limit - prefix;
  let suffix = 0;
  while (suffix + BLOCK <= room && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { prefix, suffix };
}
