// The end-to-end scenarios: what a reviewer does in a real VS Code with the packaged extension,
// each checked on what the workbench shows. Fixture texts are in test/e2e/fixtures/; the scenarios
// of later features (review view, crash recovery, across files) are in their own files.
import { join } from "node:path";
import { crossFileScenarios } from "./crossFileScenarios";
import { largeFileScenarios } from "./largeFileScenarios";
import { reviewScenarios } from "./reviewScenarios";
import { expect, openCorpusFile as openCorpusFileAt, waitForFile, waitForHover, type Scenario, type ScenarioContext } from "./scenarioChecks";
import { locateText, reviewFileOf } from "./workspace";

export type { Scenario, ScenarioContext } from "./scenarioChecks";

const corpusFile = "corpus/feed-export.txt";
const outsideFile = "notes/meeting-notes.txt";
const articleTitles = [
  "Lattice Fabric Brings Faster Training to Small Labs",
  "Counting Marsh Birds with Low-Power Recorders",
  "A Quieter Cooling Loop for Edge Servers",
];

function openCorpusFile(ctx: ScenarioContext): Promise<void> {
  return openCorpusFileAt(ctx, corpusFile);
}

const startsCleanly: Scenario = {
  name: "extension starts without an error notification and leaves other .txt files alone",
  async run(ctx) {
    const { workbench } = ctx;
    await workbench.openFile(outsideFile);
    await workbench.waitForLanguageMode("Plain Text");
    await openCorpusFile(ctx);
    // Squiggles in the corpus file prove the server is up and has analysed what was opened.
    await workbench.waitForSquiggles();
    await ctx.screenshot("a-corpus-file");
    await workbench.openFile(outsideFile);
    await workbench.waitForLanguageMode("Plain Text");
    const squiggles = await workbench.countSquiggles();
    expect(squiggles === 0, `${outsideFile} is outside the include patterns but shows ${squiggles} squiggles`);
    await ctx.screenshot("a-outside-file");
    const errors = await workbench.errorNotifications();
    expect(errors.length === 0, `error notifications: ${errors.join(" | ")}`);
  },
};

const outline: Scenario = {
  name: "outline lists the articles, a click moves the cursor, breadcrumbs follow",
  async run(ctx) {
    const { workbench } = ctx;
    await openCorpusFile(ctx);
    await workbench.runCommand("Focus on Outline View");
    await workbench.outlineRow(articleTitles[2]).waitFor({ state: "visible", timeout: 30_000 });
    const rows = await workbench.outlineRows();
    const topLevel = rows.filter((r) => r.level === 1).map((r) => r.label);
    expect(
      JSON.stringify(topLevel) === JSON.stringify(articleTitles),
      `outline top level is ${JSON.stringify(topLevel)}, expected ${JSON.stringify(articleTitles)}`,
    );
    const target = locateText(join(ctx.workspace, corpusFile), articleTitles[1]);
    await workbench.outlineRow(articleTitles[1]).click();
    await workbench.waitForCursor(target.line);
    await workbench.waitForBreadcrumb(articleTitles[1]);
    await ctx.screenshot("b-outline");
  },
};

const figureHover: Scenario = {
  name: "hover over a figure shows its parsed value and unit",
  async run(ctx) {
    const { workbench } = ctx;
    const file = join(ctx.workspace, corpusFile);
    await openCorpusFile(ctx);
    // With the Outline open, the screenshot shows navigation and a figure hover together.
    await workbench.runCommand("Focus on Outline View");
    await workbench.outlineRow(articleTitles[0]).waitFor({ state: "visible" });
    await workbench.moveCursor(locateText(file, "400 Gbit/s"));
    const rate = await workbench.showHoverText("Gbit/s");
    expect(/\b400\b/.test(rate), `hover on 400 Gbit/s lacks the value 400: ${rate.slice(0, 300)}`);
    await ctx.screenshot("c-hover-rate");
    // "$2.4 million" only reads as 2,400,000 if the magnitude word was parsed.
    await workbench.moveCursor(locateText(file, "$2.4 million"));
    const money = await workbench.showHoverText("2,400,000");
    expect(money.includes("2,400,000") || money.includes("2400000"), `hover on $2.4 million: ${money.slice(0, 300)}`);
    await ctx.screenshot("c-hover-money"); // low in the file, so the whole hover fits above it
    await workbench.moveCursor(locateText(file, "12.5x"));
    const ratio = await workbench.showHoverText("12.5");
    expect(ratio.includes("12.5"), `hover on 12.5x: ${ratio.slice(0, 300)}`);
  },
};

const claimQuickFix: Scenario = {
  name: "a claim has its diagnostic; Mark claim as verified writes the review file and clears it",
  async run(ctx) {
    const { workbench } = ctx;
    const file = join(ctx.workspace, corpusFile);
    await openCorpusFile(ctx);
    await workbench.waitForSquiggles();
    // Inside the superlative claim, away from its figure so the hover is about the claim.
    await workbench.moveCursor(locateText(file, "most accurate bird-song model"));
    const before = await workbench.showHoverText("claim.unreviewed");
    expect(before.includes("seed-review"), `claim diagnostic hover lacks its source: ${before.slice(0, 300)}`);
    await ctx.screenshot("d-claim-diagnostic");
    await workbench.applyQuickFix("Mark claim as verified");
    const review = await waitForFile(reviewFileOf(file), 15_000);
    expect(review.includes("verified"), `review file does not mention the tag: ${review.slice(0, 300)}`);
    await workbench.moveCursor(locateText(file, "most accurate bird-song model"));
    await waitForHover(workbench, (text) => !text.includes("claim.unreviewed"), 15_000);
    await ctx.screenshot("d-claim-verified");
  },
};

export const scenarios: Scenario[] = [startsCleanly, outline, figureHover, claimQuickFix, ...reviewScenarios, ...crossFileScenarios, ...largeFileScenarios];
