// Scenarios across files: one post in two layouts (feed export and markdown copy) is linked by a
// code lens, and a figure that a third file states with another value gets a warning.
import { join } from "node:path";
import { expect, openCorpusFile, waitForHover, type Scenario } from "./scenarioChecks";
import { locateText } from "./workspace";

const feedCopy = "corpus/compute-feed.txt"; // feed-export layout
const markdownCopy = "corpus/compute-notes.txt"; // the same post: heading, `- ` bullets, no footer
const otherStatement = "corpus/site-visit.txt"; // states the GPU count of the same machine differently
const sharedTitle = "Kestrel Supercomputer Opens Its Doors to University Teams";

const duplicateLens: Scenario = {
  name: "the same post in two layouts gets an also-in code lens that opens the other copy",
  async run(ctx) {
    const { workbench } = ctx;
    const original = locateText(join(ctx.workspace, feedCopy), sharedTitle);
    await openCorpusFile(ctx, markdownCopy);
    const lens = await workbench.codeLens(`also in ${feedCopy}:${original.line}`);
    await ctx.screenshot("h-duplicate-lens");
    await lens.click();
    await workbench.page.locator(".tab.active", { hasText: feedCopy.split("/").pop()! }).waitFor({ state: "visible" });
    await workbench.waitForCursor(original.line);
  },
};

const conflictingFigure: Scenario = {
  name: "a figure stated with another value in another file shows a warning naming that file",
  async run(ctx) {
    const { workbench } = ctx;
    const file = join(ctx.workspace, otherStatement);
    const original = locateText(join(ctx.workspace, feedCopy), "9,400 GPUs");
    await openCorpusFile(ctx, otherStatement);
    await workbench.waitForSquiggles("warning");
    await workbench.moveCursor(locateText(file, "12,000 GPUs"));
    // The warning (diagnostic) and the figure's own hover section both name the other place.
    const place = `${feedCopy}:${original.line}`;
    const hover = await waitForHover(workbench, (text) => text.includes("figure.conflict") && text.includes("Stated differently"), 20_000, "Stated differently");
    const ownSection = hover.slice(hover.indexOf("Stated differently"));
    expect(ownSection.includes(place), `the figure hover does not list ${place}: ${ownSection.slice(0, 300)}`);
    await ctx.screenshot("i-figure-conflict");
  },
};

export const crossFileScenarios: Scenario[] = [duplicateLens, conflictingFigure];
