// Starts the Seed Review language server (dist/server.js) over IPC for seed-corpus documents.
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { LANGUAGE_ID } from "./corpusFiles";
import { createRestartingErrorHandler } from "./serverRestarts";

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID, scheme: "file" }, { language: LANGUAGE_ID, scheme: "untitled" }],
    synchronize: { configurationSection: "seedReview" },
    initializationOptions: () => ({ editNoteInClient: true, trusted: vscode.workspace.isTrusted }),
    outputChannelName: "Seed Review",
    errorHandler: createRestartingErrorHandler(),
  };
  return new LanguageClient("seedReview", "Seed Review", serverOptions, clientOptions);
}
