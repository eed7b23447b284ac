// Structural equality of plain analysis data (JSON-like values), for checking that a slice
// re-analysis agrees with the previous analysis where both should see the same text.

export function isSameValue(a: unknown, b: unknown, ignore: ReadonlySet<string> = NO_KEYS): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => isSameValue(v, bb[i], ignore));
  }
  const ka = Object.keys(a).filter((k) => !ignore.has(k) && (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => !ignore.has(k) && (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => isSameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], ignore));
}

const NO_KEYS: ReadonlySet<string> = new Set();
