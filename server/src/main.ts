// Language server entry: `node dist/server.js --stdio` (or IPC when started by the VS Code client).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./lsp/server";
import { createFileReviewPort } from "./lsp/fileReviewPort";

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { createReviewPort: (roots, settings, log, trusted) => createFileReviewPort({ roots, settings, log, trusted }) });
