// Structural equality of plain analysis data (JSON-like values), for checking that a slice
// re-analysis agrees with the previous analysis where both should see the same text.

/** Keys in `ignore` and keys holding undefined are left out of the comparison on both sides. */
export function isSameValue(a: unknown, b: unknown, ignore: ReadonlySet<string> = NO_KEYS): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return isSameArray(a, b as unknown[], ignore);
  return isSameObject(a as Record<string, unknown>, b as Record<string, unknown>, ignore);
}

// Loops instead of every()/Object.keys().filter(): the margins compared on each edit hold
// hundreds of items, and the allocations were most of this check's time.
function isSameArray(a: unknown[], b: unknown[], ignore: ReadonlySet<string>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!isSameValue(a[i], b[i], ignore)) return false;
  return true;
}

function isSameObject(a: Record<string, unknown>, b: Record<string, unknown>, ignore: ReadonlySet<string>): boolean {
  // Every compared key of `a` must match in `b`; then `b` may hold no further compared key.
  let count = 0;
  for (const k in a) {
    if (a[k] === undefined || ignore.has(k)) continue;
    count++;
    if (!isSameValue(a[k], b[k], ignore)) return false;
  }
  for (const k in b) if (b[k] !== undefined && !ignore.has(k)) count--;
  return count === 0;
}

const NO_KEYS: ReadonlySet<string> = new Set();
