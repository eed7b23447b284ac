// The benchmark's ratios against their targets, printed as a table and written as JSON.
export interface Ratio { name: string; value: number | null; target: string; met: boolean | null; note: string }

export function checkRatio(name: string, value: number | null, op: ">=" | "<=", bound: number, note: string): Ratio {
  const met = value === null ? null : op === ">=" ? value >= bound : value <= bound;
  return { name, value, target: `${op} ${bound}`, met, note };
}

/** A measured reference with no target of its own: what bounds one of the targets. */
export function referenceRatio(name: string, value: number | null, note: string): Ratio {
  return { name, value, target: "reference", met: null, note };
}

export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join("  ");
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export function formatRatios(ratios: Ratio[]): string {
  return formatTable(["ratio", "value", "target", "met", "note"], ratios.map((r) => [
    r.name, r.value === null ? "n/a" : r.value.toFixed(r.value < 10 ? 3 : 1), r.target, r.met === null ? (r.target === "reference" ? "-" : "n/a") : r.met ? "yes" : "NO", r.note,
  ]));
}
