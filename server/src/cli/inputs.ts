// Expands CLI paths (files or folders) into corpus files and reads them with clear errors.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeText } from "../io/decodeText";

export class InputError extends Error {}

const CORPUS_EXTENSIONS = [".txt", ".text", ".corpus"];

/** Files named by `paths` (folders: their corpus files, sorted). A missing path throws, or is
 *  passed to `skip` when given, so one typo does not hide the results of the other inputs. */
export function expandPaths(paths: string[], skip?: (error: InputError) => void): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch {
      const error = new InputError(`cannot read ${p}: no such file or folder`);
      if (!skip) throw error;
      skip(error);
      continue;
    }
    if (st.isDirectory()) {
      const names = readdirSync(p).filter((n) => CORPUS_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e))).sort();
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  return out;
}

export function readCorpusFile(path: string): { text: string; warnings: string[] } {
  let bytes: Buffer;
  try { bytes = readFileSync(path); } catch (e) { throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`); }
  const decoded = decodeText(bytes);
  if (decoded.kind === "binary") throw new InputError(`cannot read ${path}: ${decoded.reason}`);
  return { text: decoded.text, warnings: decoded.warnings.map((w) => `${path}: ${w}`) };
}
