// Commands the server executes through workspace/executeCommand (any LSP client can run them),
// and the client-side commands that code actions may point at.
export const SERVER_COMMANDS = {
  tagClaim: "seedReview.tagClaim",
  clearTag: "seedReview.clearTag",
  setNote: "seedReview.setNote",
  tagArticle: "seedReview.tagArticle",
  exportReview: "seedReview.server.exportReview",
  applyCopiedTag: "seedReview.applyCopiedTag",
} as const;

/** Registered by the VS Code client: asks for a note, then runs SERVER_COMMANDS.setNote. */
export const CLIENT_EDIT_NOTE = "seedReview.editNote";

/** Registered by the VS Code client: opens a file at a line (code lens "also in FILE:LINE"). */
export const OPEN_LOCATION = "seedReview.openLocation";
