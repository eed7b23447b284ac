// Duplicate articles kept up to date file by file: an update re-signs only the articles an edit
// touched and re-links only the articles whose candidate lists it changed (those holding one of
// the fingerprints it added or removed within the first postings). Same result as matchDuplicates.
import type { Analysis, Article } from "../model";
import { signArticle, type ArticleSignature } from "./articleSignature";
import {
  CANDIDATE_SHARE, MAX_POSTINGS, MIN_SHINGLES, compareArticles, findRoot, groupLinks, measureDuplicate,
  type DuplicateGroup, type ExcerptLink,
} from "./duplicateMatch";
import { findChangedRegion, type ChangedRegion } from "./textDiff";

interface FileEntry { file: string; seq: number; text: string; nodes: ArticleNode[] }

/** A candidate pair verified from its later article, kept on that article. */
interface Link { other: ArticleNode; relation: "duplicate" | "excerpt"; similarity: number }

interface ArticleNode {
  owner: FileEntry;
  sig: ArticleSignature;
  alive: boolean;
  links: Link[];
  /** Position in the last grouping. */
  id: number;
  /** Jaccard with the primary it was last measured against. */
  measured: { primary: ArticleNode; similarity: number } | null;
  /** Verified comparisons with its current candidates: signatures never change, so a relink
   * only compares candidates it did not have before. */
  compared: Map<ArticleNode, Link | null>;
}

/** Input order: file order, then article order (the order matchDuplicates sees them in). */
function compareOrder(a: ArticleNode, b: ArticleNode): number {
  return a.owner.seq - b.owner.seq || a.sig.articleIndex - b.sig.articleIndex;
}

function isEligible(node: ArticleNode): boolean {
  return node.sig.shingles.length >= MIN_SHINGLES;
}

function hasSameSpan(a: Article, start: number, end: number): boolean {
  return a.span.start === start && a.span.end === end;
}

export class DuplicateIndex {
  private readonly files = new Map<string, FileEntry>();
  /** Fingerprint → every eligible article holding it, in input order (the first MAX_POSTINGS are
   * the candidates matchDuplicates would see). */
  private readonly postings = new Map<number, ArticleNode[]>();
  private nextSeq = 0;

  /** `region` (optional) is the change from the previously indexed text, when already known. */
  update(file: string, text: string, analysis: Analysis, region?: ChangedRegion): void {
    const known = this.files.get(file);
    const entry: FileEntry = known ?? { file, seq: this.nextSeq++, text: "", nodes: [] };
    if (!known) this.files.set(file, entry);
    const { prefix, suffix } = known ? region ?? findChangedRegion(entry.text, text) : { prefix: 0, suffix: 0 };
    const delta = text.length - entry.text.length;
    const old = entry.nodes, articles = analysis.articles;
    // Articles wholly inside the common prefix or suffix keep their signature and links.
    let head = 0, tail = 0;
    while (head < old.length && head < articles.length && old[head].sig.span.end <= prefix && hasSameSpan(articles[head], old[head].sig.span.start, old[head].sig.span.end)) head++;
    while (tail < old.length - head && tail < articles.length - head) {
      const span = old[old.length - 1 - tail].sig.span;
      if (span.start < entry.text.length - suffix || !hasSameSpan(articles[articles.length - 1 - tail], span.start + delta, span.end + delta)) break;
      tail++;
    }
    const dirty = new Set<ArticleNode>();
    for (const node of old.slice(head, old.length - tail)) this.unpost(node, dirty);
    const fresh: ArticleNode[] = [];
    entry.nodes = articles.map((article, i) => {
      const node = i < head ? old[i] : i >= articles.length - tail ? old[old.length - articles.length + i] : null;
      if (node) { node.sig.articleIndex = i; node.sig.span = article.span; node.sig.range = article.range; return node; }
      const signed: ArticleNode = {
        owner: entry, sig: signArticle(file, i, article, text.slice(article.span.start, article.span.end)),
        alive: true, links: [], id: -1, measured: null, compared: new Map(),
      };
      fresh.push(signed);
      return signed;
    });
    entry.text = text;
    for (const node of fresh) { this.post(node, dirty); dirty.add(node); }
    this.relinkAll(dirty);
  }

  remove(file: string): void {
    const entry = this.files.get(file);
    if (!entry) return;
    const dirty = new Set<ArticleNode>();
    for (const node of entry.nodes) this.unpost(node, dirty);
    this.files.delete(file);
    this.relinkAll(dirty);
  }

  /** The groups matchDuplicates gives for all files' signatures in input order. */
  groups(): DuplicateGroup[] {
    const nodes: ArticleNode[] = [];
    for (const entry of this.files.values()) for (const node of entry.nodes) { node.id = nodes.length; nodes.push(node); }
    const parent = Int32Array.from(nodes, (_, i) => i);
    const excerpts: ExcerptLink[] = [];
    for (const node of nodes) {
      for (const { other, relation, similarity } of node.links) {
        if (relation === "excerpt") {
          const [excerpt, container] = node.sig.shingles.length <= other.sig.shingles.length ? [node.id, other.id] : [other.id, node.id];
          excerpts.push({ excerpt, container, containment: similarity });
          continue;
        }
        const ra = findRoot(parent, node.id), rb = findRoot(parent, other.id);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    return groupLinks(nodes.map((n) => n.sig), parent, excerpts, (id, primary) => this.measure(nodes[id], nodes[primary]));
  }

  private measure(node: ArticleNode, primary: ArticleNode): number {
    if (node.measured?.primary !== primary) node.measured = { primary, similarity: measureDuplicate(node.sig, primary.sig) };
    return node.measured.similarity;
  }

  /** Index of `node`'s place in a posting list (where it is, or where it would go). */
  private static locate(list: readonly ArticleNode[], node: ArticleNode): number {
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (compareOrder(list[mid], node) < 0) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /** Articles after a change within the first postings see a different candidate list. */
  private static markAfter(list: readonly ArticleNode[], at: number, dirty: Set<ArticleNode>): void {
    if (at >= MAX_POSTINGS) return;
    for (let k = at; k < list.length; k++) dirty.add(list[k]);
  }

  private post(node: ArticleNode, dirty: Set<ArticleNode>): void {
    if (!isEligible(node)) return;
    for (const fp of node.sig.fingerprints) {
      const list = this.postings.get(fp);
      if (!list) { this.postings.set(fp, [node]); continue; }
      const at = DuplicateIndex.locate(list, node);
      list.splice(at, 0, node);
      DuplicateIndex.markAfter(list, at + 1, dirty);
    }
  }

  private unpost(node: ArticleNode, dirty: Set<ArticleNode>): void {
    node.alive = false;
    if (!isEligible(node)) return;
    for (const fp of node.sig.fingerprints) {
      const list = this.postings.get(fp)!;
      const at = DuplicateIndex.locate(list, node);
      list.splice(at, 1);
      if (list.length === 0) this.postings.delete(fp);
      else DuplicateIndex.markAfter(list, at, dirty);
    }
  }

  private relinkAll(dirty: Set<ArticleNode>): void {
    for (const node of dirty) if (node.alive) node.links = this.link(node);
  }

  /** The verified candidate pairs of `node` with earlier articles, as linkCopies finds them. */
  private link(node: ArticleNode): Link[] {
    if (!isEligible(node)) return [];
    const counts = new Map<ArticleNode, number>();
    for (const fp of node.sig.fingerprints) {
      const list = this.postings.get(fp)!;
      const n = Math.min(list.length, MAX_POSTINGS);
      for (let k = 0; k < n && list[k] !== node; k++) counts.set(list[k], (counts.get(list[k]) ?? 0) + 1);
    }
    const links: Link[] = [];
    const compared = new Map<ArticleNode, Link | null>();
    for (const [other, shared] of counts) {
      const smaller = Math.min(node.sig.fingerprints.length, other.sig.fingerprints.length);
      if (shared < Math.max(1, CANDIDATE_SHARE * smaller)) continue;
      let link = node.compared.get(other);
      if (link === undefined) {
        const match = compareArticles(node.sig, other.sig);
        link = match ? { other, ...match } : null;
      }
      compared.set(other, link);
      if (link) links.push(link);
    }
    node.compared = compared;
    return links;
  }
}
