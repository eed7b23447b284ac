// Finds and kills the Seed Review language server of this run only: `pgrep -f dist/server.js`
// lists every such server on the machine (other runs, other editors), so a pid counts only when
// its command line holds this run's extensions dir.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Pids of language servers started from `extensionsDir` (the client forks `<ext>/dist/server.js`). */
export function findServerPids(extensionsDir: string): number[] {
  const listed = spawnSync("pgrep", ["-f", "dist/server.js"], { encoding: "utf8" });
  return listed.stdout
    .split("\n")
    .map(Number)
    .filter((pid) => pid > 0 && commandLineOf(pid).includes(`${extensionsDir}/`));
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return ""; // exited between pgrep and the read
  }
}

/** The one server of this run; fails when there is none or more than one (the test would be ambiguous). */
export function findTheServerPid(extensionsDir: string): number {
  const pids = findServerPids(extensionsDir);
  if (pids.length !== 1) throw new Error(`expected one language server under ${extensionsDir}, found ${pids.length}: ${pids.join(", ")}`);
  return pids[0];
}

/** Kills with SIGKILL, as a crash would end it (no shutdown/exit handshake). */
export function crashProcess(pid: number): void {
  process.kill(pid, "SIGKILL");
}

/** Polls until a server of this run other than `oldPid` is running; returns its pid. */
export async function waitForRestartedServer(extensionsDir: string, oldPid: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const fresh = findServerPids(extensionsDir).filter((pid) => pid !== oldPid);
    if (fresh.length > 0) return fresh[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no language server was restarted under ${extensionsDir} within ${timeoutMs} ms (the crashed one was ${oldPid})`);
}
