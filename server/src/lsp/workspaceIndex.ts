// A background index of every corpus file in the workspace (articles and figures), for
// workspace symbols and "same quantity elsewhere". Open documents replace their file's entry.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { minimatch } from "minimatch";
import { analyzeModel } from "../core/analysis";
import { createTextModel } from "../core/document";
import type { Analysis, Figure, Range } from "../core/model";
import type { AnalysisOptions } from "../core/options";
import { decodeText } from "../io/decodeText";
import { CrossFileIndex } from "./crossFileIndex";
import type { DocumentText } from "./documentText";

export interface IndexedArticle { title: string; range: Range; sections: { title: string; range: Range }[] }
export interface IndexedFigure { value: number; unit: string; dimension: string; text: string; range: Range }
export interface IndexEntry { uri: string; label: string; articles: IndexedArticle[]; figures: IndexedFigure[] }
export interface FigureLocation { uri: string; label: string; text: string; range: Range }

export interface IndexScope { roots: string[]; include: string[]; exclude: string[]; maxBytes: number; options: AnalysisOptions }

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "out", ".vscode-test"]);

export class WorkspaceIndex {
  private readonly entries = new Map<string, SummaryEntry>();
  /** Duplicate articles and disagreeing figures across the indexed files. */
  readonly crossFile = new CrossFileIndex();

  /** Walks the roots and indexes every matching file; `progress` gets (done, total). */
  async rebuild(scope: IndexScope, progress: (done: number, total: number) => void, cancelled: () => boolean): Promise<void> {
    const files = (await Promise.all(scope.roots.map((root) => listMatchingFiles(root, scope)))).flat();
    this.entries.clear();
    this.crossFile.clear();
    for (let i = 0; i < files.length && !cancelled(); i++) {
      await this.indexFile(files[i].path, files[i].relative, scope);
      progress(i + 1, files.length);
    }
  }

  async indexFile(path: string, label: string, scope: IndexScope): Promise<void> {
    try {
      const info = await stat(path);
      if (info.size > scope.maxBytes * 4) return;
      const decoded = decodeText(await readFile(path));
      if (decoded.kind !== "text") return;
      const analysis = analyzeModel(createTextModel(decoded.text), { ...scope.options, outlineOnly: info.size > scope.maxBytes });
      this.update(pathToFileURL(path).toString(), label, decoded.text, analysis);
    } catch {
      // A file that vanished or cannot be read simply stays out of the index.
    }
  }

  /**
   * Returns false when nothing changed (same text and analysis as indexed). An open document is
   * updated on every publish: its summaries are made when first asked for (workspace symbols, a
   * hover), not per keystroke; a file read in the background is summarised at once so its full
   * analysis is not kept.
   */
  update(uri: string, label: string, text: DocumentText, analysis: Analysis, lazy = false): boolean {
    if (!this.crossFile.update(uri, text, analysis) && this.entries.has(uri)) return false;
    const entry = new SummaryEntry(uri, label, analysis);
    if (!lazy) entry.summarise();
    this.entries.set(uri, entry);
    return true;
  }

  remove(uri: string): void {
    this.entries.delete(uri);
    this.crossFile.remove(uri);
  }

  all(): IndexEntry[] {
    return [...this.entries.values()];
  }

  labelOf(uri: string): string | undefined {
    return this.entries.get(uri)?.label;
  }

  /** Other places stating the same value in the same unit. */
  sameQuantity(uri: string, figure: Figure): FigureLocation[] {
    if (figure.value === null || !figure.unit) return [];
    const out: FigureLocation[] = [];
    for (const entry of this.entries.values()) {
      for (const f of entry.figures) {
        if (f.value !== figure.value || f.unit.toLowerCase() !== figure.unit.toLowerCase()) continue;
        if (entry.uri === uri && f.range.start.line === figure.range.start.line && f.range.start.character === figure.range.start.character) continue;
        out.push({ uri: entry.uri, label: `${entry.label}:${f.range.start.line + 1}`, text: f.text, range: f.range });
      }
    }
    return out;
  }
}

/** One file's outline and figures for the index, made from its analysis once (then the analysis is let go). */
class SummaryEntry implements IndexEntry {
  private analysis: Analysis | null;
  private summary: { articles: IndexedArticle[]; figures: IndexedFigure[] } | null = null;

  constructor(readonly uri: string, readonly label: string, analysis: Analysis) {
    this.analysis = analysis;
  }

  get articles(): IndexedArticle[] { return this.summarise().articles; }
  get figures(): IndexedFigure[] { return this.summarise().figures; }

  summarise(): { articles: IndexedArticle[]; figures: IndexedFigure[] } {
    if (this.summary) return this.summary;
    const analysis = this.analysis!;
    this.summary = {
      articles: analysis.articles.map((a) => ({ title: a.title, range: a.range, sections: a.sections.map((s) => ({ title: s.title, range: s.range })) })),
      figures: analysis.figures.filter((f) => f.value !== null && f.unit).map((f) => ({ value: f.value!, unit: f.unit!, dimension: f.dimension, text: f.text, range: f.range })),
    };
    this.analysis = null;
    return this.summary;
  }
}

export function matchesScope(relativePath: string, scope: Pick<IndexScope, "include" | "exclude">): boolean {
  const path = relativePath.split("\\").join("/");
  const opts = { dot: true, matchBase: false };
  return scope.include.some((g) => minimatch(path, g, opts) || minimatch(`/${path}`, g, opts)) && !scope.exclude.some((g) => minimatch(path, g, opts));
}

async function listMatchingFiles(root: string, scope: IndexScope): Promise<{ path: string; relative: string }[]> {
  const out: { path: string; relative: string }[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let names;
    try { names = await readdir(dir, { withFileTypes: true }); } catch { return; }
    for (const d of names) {
      const relative = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) { if (!SKIP_DIRS.has(d.name)) await walk(join(dir, d.name), relative); }
      else if (d.isFile() && matchesScope(relative, scope)) out.push({ path: join(dir, d.name), relative });
    }
  };
  await walk(root, "");
  return out;
}
