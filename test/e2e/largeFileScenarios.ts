// A dump with more claims than seedReview.claims.maxDiagnosticsPerFile (500): the claims that get
// squiggles are those around the cursor, so moving to the end of the file brings them there.
// The file is generated into the workspace copy (invented text, test/lsp/longFeed.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeLongFeed } from "../lsp/longFeed";
import { expect, openCorpusFile, type Scenario } from "./scenarioChecks";
import { locateText } from "./workspace";

const LARGE_FILE = "corpus/long-field-notes.txt";
// ~330 posts of ~3 claims each: about twice the default cap.
const LARGE_FILE_CHARS = 200_000;

/** The generated posts, with their machine renamed: the cross-file scenarios compare what the
 * fixtures say about the Kestrel machine, and hundreds of other GPU counts for it would join in. */
function largeFilePosts(): string[] {
  return writeLongFeed(LARGE_FILE_CHARS).posts.map((post) => post.replace(/Kestrel/g, "Nightjar"));
}

export function writeLargeFile(workspace: string): void {
  writeFileSync(join(workspace, LARGE_FILE), largeFilePosts().join("\n"));
}

const followsCursor: Scenario = {
  name: "in a file with more claims than the cap, the squiggles follow the cursor to the end of the file",
  async run(ctx) {
    const { workbench } = ctx;
    const posts = largeFilePosts();
    await openCorpusFile(ctx, LARGE_FILE);
    await workbench.waitForSquiggles("info");
    // The last post's GPU sentence: far past the first 500 claims the file opens with.
    const lastTitle = posts[posts.length - 1].split("\n")[0];
    const title = locateText(join(ctx.workspace, LARGE_FILE), lastTitle);
    await workbench.moveCursor({ line: title.line + 6, column: 1 });
    await workbench.waitForSquiggles("info");
    expect(await workbench.countSquiggles() > 0, "no claim squiggles near the end of the file");
    await ctx.screenshot("j-large-file-follows-cursor");
  },
};

export const largeFileScenarios: Scenario[] = [followsCursor];
