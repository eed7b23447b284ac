// The core stays pure: no editor, protocol, file-system or process imports (DESIGN.md).
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const CORE = resolve(__dirname, "../../server/src/core");
const FORBIDDEN = /from\s+["'](vscode|vscode-languageserver[^"']*|vscode-languageclient[^"']*|fs|node:fs|fs\/promises|node:fs\/promises|process|node:process|child_process|node:child_process)["']/;

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listSources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("layering", () => {
  it("keeps server/src/core free of vscode, LSP, fs and process imports", () => {
    const files = listSources(CORE);
    assert.ok(files.length > 5);
    const offenders = files.filter((f) => FORBIDDEN.test(readFileSync(f, "utf8")) || /\bprocess\.(env|argv|exit)/.test(readFileSync(f, "utf8")));
    assert.deepEqual(offenders, []);
  });

  it("keeps the client free of core imports (the client is thin)", () => {
    const client = listSources(resolve(__dirname, "../../client/src"));
    assert.deepEqual(client.filter((f) => /from\s+["'][./]*\/server\//.test(readFileSync(f, "utf8"))), []);
  });
});
