// Starts and stops a real VS Code (code-server from test/e2e/.cache) for the end-to-end scenarios:
// fresh user-data and extensions dirs, the packaged .vsix installed, settings seeded so nothing
// (welcome page, telemetry, update checks, workspace trust) takes the keyboard focus.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export interface CodeServerPaths {
  binary: string;
  runDir: string; // user-data and extensions dirs live here, wiped at each start
  logFile: string;
}

export interface RunningCodeServer {
  url: string;
  userDataDir: string;
  extensionsDir: string; // unique to this run: tells its language server apart from others
  stop(): Promise<void>;
}

// Settings that keep the workbench quiet and deterministic for a test driver.
const seededSettings = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "editor.minimap.enabled": false,
  "editor.wordWrap": "on", // long article lines stay readable in screenshots
  "breadcrumbs.enabled": true,
  "chat.commandCenter.enabled": false,
  "workbench.editor.enablePreview": false,
  "files.autoSave": "off",
};

/** Asks the OS for a free TCP port on the loopback interface. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Installs the .vsix into the extensions dir (a CLI call of code-server; about a second). */
function installExtension(paths: CodeServerPaths, userDataDir: string, extensionsDir: string, vsix: string): void {
  const result = spawnSync(
    paths.binary,
    ["--user-data-dir", userDataDir, "--extensions-dir", extensionsDir, "--install-extension", vsix, "--force"],
    { encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Polls GET /healthz until code-server answers, or fails after `timeoutMs`. */
async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/** Kills the whole process group (code-server forks its extension host and file watchers). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export async function startCodeServer(paths: CodeServerPaths, vsix: string, folder: string): Promise<RunningCodeServer> {
  rmSync(paths.runDir, { recursive: true, force: true });
  const userDataDir = join(paths.runDir, "user-data");
  const extensionsDir = join(paths.runDir, "extensions");
  mkdirSync(join(userDataDir, "User"), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, "User", "settings.json"), JSON.stringify(seededSettings, null, 2));
  const configFile = join(paths.runDir, "config.yaml");
  writeFileSync(configFile, "auth: none\ncert: false\n");
  installExtension(paths, userDataDir, extensionsDir, vsix);

  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(paths.logFile, "w");
  const child = spawn(
    paths.binary,
    [
      "--config", configFile,
      "--auth", "none",
      "--bind-addr", `127.0.0.1:${port}`,
      "--user-data-dir", userDataDir,
      "--extensions-dir", extensionsDir,
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      folder,
    ],
    { detached: true, stdio: ["ignore", log, log] },
  );
  // A driver that dies (exception, Ctrl+C) must not leave an editor running.
  const killOnExit = () => killGroup(child, "SIGKILL");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    killGroup(child, "SIGKILL"); // stragglers in the group (file watcher, pty host)
  };
  try {
    await waitUntilHealthy(url, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, userDataDir, extensionsDir, stop };
}
