// What the client does when the server's connection fails. The library's default shuts the
// server down after three write errors, and a server shut down that way is never restarted: a
// crash while the client was sending (EPIPE on each write) then left the user without a server.
// Here a write error never decides; the close that follows does, restarting the server unless it
// died too often lately (then a message, and "Seed Review: Restart Language Server" brings it back).
import * as vscode from "vscode";
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from "vscode-languageclient/node";

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export function createRestartingErrorHandler(now: () => number = Date.now): ErrorHandler {
  const restarts: number[] = [];
  return {
    error(): ErrorHandlerResult {
      return { action: ErrorAction.Continue, handled: true };
    },
    closed(): CloseHandlerResult {
      const at = now();
      while (restarts.length && at - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        void vscode.window.showErrorMessage(`The Seed Review server stopped ${MAX_RESTARTS} times in 3 minutes and will not be restarted. Run "Seed Review: Restart Language Server" to try again; the "Seed Review" output shows why.`);
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      restarts.push(at);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
