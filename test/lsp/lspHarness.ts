// Starts the built language server (dist/server.js) as a real process over stdio and talks
// LSP to it: requests, notifications, and waiting for published diagnostics by event.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";

export const SERVER_PATH = resolve(__dirname, "../../dist/server.js");

export interface Harness {
  connection: MessageConnection;
  process: ChildProcess;
  settings: Record<string, unknown>;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  notifications: { method: string; params: unknown }[];
  /** Resolves with the first notification (past or future) of `method` that satisfies `accept`. */
  notification(method: string, accept?: (params: unknown) => boolean): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startServer(rootPath: string, settings: Record<string, unknown> = {}, initializationOptions?: Record<string, unknown>): Promise<Harness> {
  // SEED_SERVER_NODE_ARGS (e.g. "--cpu-prof") profiles the server process in tests and benches.
  const nodeArgs = process.env.SEED_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, SERVER_PATH, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const notifications: { method: string; params: unknown }[] = [];
  const notificationWaiters: { method: string; accept: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  const harness: Harness = {
    connection,
    process: child,
    settings,
    notifications,
    notification(method, accept = () => true) {
      const seen = notifications.find((n) => n.method === method && accept(n.params));
      if (seen) return Promise.resolve(seen.params);
      return new Promise((res) => notificationWaiters.push({ method, accept, resolve: res }));
    },
    diagnostics(uri, accept = () => true) {
      const have = latest.get(uri);
      if (have && accept(have)) return Promise.resolve(have);
      return new Promise((res) => waiters.push({ uri, accept, resolve: res }));
    },
    async stop() {
      await connection.sendRequest("shutdown").catch(() => undefined);
      connection.sendNotification("exit");
      connection.dispose();
      if (child.exitCode === null) await new Promise((r) => { child.once("exit", r); setTimeout(() => { child.kill(); r(null); }, 2000).unref(); });
    },
  };
  connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (const w of [...waiters]) if (w.uri === p.uri && w.accept(p)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  connection.onNotification((method: string, params: unknown) => {
    notifications.push({ method, params });
    for (const w of [...notificationWaiters]) if (w.method === method && w.accept(params)) { notificationWaiters.splice(notificationWaiters.indexOf(w), 1); w.resolve(params); }
  });
  // Work-done progress ($/progress) bypasses the catch-all handler; record it under its method.
  connection.onUnhandledProgress((params: unknown) => {
    notifications.push({ method: "$/progress", params });
    for (const w of [...notificationWaiters]) if (w.method === "$/progress" && w.accept(params)) { notificationWaiters.splice(notificationWaiters.indexOf(w), 1); w.resolve(params); }
  });
  connection.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) => p.items.map(() => harness.settings));
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.onRequest("workspace/codeLens/refresh", () => null);
  connection.onRequest("workspace/semanticTokens/refresh", () => null);
  connection.listen();
  const rootUri = pathToFileURL(rootPath).toString();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "root" }],
    initializationOptions,
    capabilities: { workspace: { configuration: true, workDoneProgress: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
  });
  connection.sendNotification("initialized", {});
  return harness;
}

export function openDocument(h: Harness, uri: string, text: string, version = 1): void {
  h.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "seed-corpus", version, text } });
}

/** A temporary workspace folder holding `files` (paths relative to its root). */
export interface Workspace { root: string; path(relative: string): string; uri(relative: string): string; remove(): void }

export function createWorkspace(files: Record<string, string>, prefix = "seed-lsp-"): Workspace {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const path = (relative: string) => join(root, ...relative.split("/"));
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(dirname(path(relative)), { recursive: true });
    writeFileSync(path(relative), text);
  }
  return { root, path, uri: (relative) => pathToFileURL(path(relative)).toString(), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Resolves once the server's background index of the workspace has finished. */
export function indexingDone(h: Harness): Promise<unknown> {
  return h.notification("$/progress", (p) => (p as { value?: { kind?: string } }).value?.kind === "end");
}
