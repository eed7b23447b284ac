// Scenarios of the review workflow beyond the first release: the Review view and status bar,
// recovery from a crashed language server (issue 8), and marking a file as a corpus file by hand.
// Each uses its own fixture file, so they pass in any order and alone (--grep).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, openCorpusFile, waitForFile, waitForHover, type Scenario } from "./scenarioChecks";
import { crashProcess, findTheServerPid, waitForRestartedServer } from "./serverProcess";
import { locateText, reviewFileOf } from "./workspace";

const progressItem = "seedReview.progress"; // status bar item id (VS Code prefixes the extension id)

/** "3/5" or "3/5 · 1 disputed" → reviewed and total claims. */
function parseProgress(text: string): { reviewed: number; total: number } {
  const match = /^(\d+)\/(\d+)/.exec(text);
  if (!match) throw new Error(`status bar progress ${JSON.stringify(text)} is not reviewed/total`);
  return { reviewed: Number(match[1]), total: Number(match[2]) };
}

/** An article row of the Review view, from its accessible label "TITLE N/M reviewed". */
function parseArticleRow(label: string): { title: string; reviewed: number; claims: number } {
  const match = /^(.*) (\d+)\/(\d+) reviewed$/.exec(label.trim());
  if (!match) throw new Error(`Review view row ${JSON.stringify(label)} lacks "N/M reviewed"`);
  return { title: match[1], reviewed: Number(match[2]), claims: Number(match[3]) };
}

const reviewFile = "corpus/station-digest.txt";
const reviewTitles = ["Tide Gauges Get a Second Life as Flood Sensors", "A Ferry That Charges in Nine Minutes"];
const reviewClaim = "During the spring storms";

const reviewViewAndStatusBar: Scenario = {
  name: "Review view lists articles with N/M reviewed, a claim click moves the cursor, status bar counts tags",
  async run(ctx) {
    const { workbench } = ctx;
    const file = join(ctx.workspace, reviewFile);
    await openCorpusFile(ctx, reviewFile);
    await workbench.waitForSquiggles();
    const before = parseProgress(await workbench.waitForStatusItem(progressItem, /^\d+\/\d+/));
    expect(before.total > 0, `status bar counts no claims in ${reviewFile}`);

    await workbench.openViewContainer("Seed Review");
    const rows = workbench.viewRows("Review");
    await rows.filter({ hasText: reviewTitles[1] }).first().waitFor({ state: "visible" });
    const articles = (await rows.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""))).map(parseArticleRow);
    expect(
      JSON.stringify(articles.map((a) => a.title)) === JSON.stringify(reviewTitles),
      `Review view lists ${JSON.stringify(articles.map((a) => a.title))}, expected ${JSON.stringify(reviewTitles)}`,
    );
    const claimSum = articles.reduce((n, a) => n + a.claims, 0);
    const reviewedSum = articles.reduce((n, a) => n + a.reviewed, 0);
    expect(claimSum === before.total && reviewedSum === before.reviewed,
      `Review view counts ${reviewedSum}/${claimSum} but the status bar shows ${before.reviewed}/${before.total}`);

    // Expand the first article with its twistie (a click on the label would also run its reveal command).
    const first = rows.filter({ hasText: reviewTitles[0] }).first();
    await first.locator(".monaco-tl-twistie").click();
    const claimRows = workbench.viewRows("Review").and(workbench.page.locator('[aria-level="2"]'));
    await claimRows.nth(articles[0].claims - 1).waitFor({ state: "visible" });
    const claimCount = await claimRows.count();
    expect(claimCount === articles[0].claims, `the first article shows ${claimCount} claims, its row says ${articles[0].claims}`);

    const target = locateText(file, reviewClaim);
    await claimRows.filter({ hasText: reviewClaim }).first().click();
    await workbench.waitForCursor(target.line, target.column);

    await workbench.moveCursor(target); // gives the editor the keyboard focus for the quick fix
    await workbench.applyQuickFix("Mark claim as verified");
    const after = parseProgress(await workbench.waitForStatusItem(progressItem, new RegExp(`^${before.reviewed + 1}/${before.total}\\b`)));
    expect(after.total === before.total, `tagging changed the claim total from ${before.total} to ${after.total}`);
    await rows.filter({ hasText: `${articles[0].reviewed + 1}/${articles[0].claims} reviewed` }).first().waitFor({ state: "visible" });
    await claimRows.filter({ hasText: reviewClaim }).filter({ hasText: "verified" }).first().waitFor({ state: "visible" });
    // The article's code lens counts the new tag too (the server asks the client to refresh lenses).
    await workbench.codeLens(`${articles[0].claims} claims · ${articles[0].reviewed + 1} reviewed`);
    await workbench.resizeSidebar(520); // whole titles in the screenshot
    await ctx.screenshot("e-review-view");
  },
};

const crashFile = "corpus/river-survey.txt";
const crashClaim = "It is the largest drifter survey ever run";
// Appended after the restart: a new claim (the file's only unreviewed superlative) proves the new
// server analyses edits and publishes diagnostics for them.
const appendedClaim = "The second float design is the smallest river drifter ever built.";

const crashRecovery: Scenario = {
  name: "a killed language server is restarted with its diagnostics and the review tags from disk",
  async run(ctx) {
    const { workbench } = ctx;
    const file = join(ctx.workspace, crashFile);
    await openCorpusFile(ctx, crashFile);
    await workbench.waitForSquiggles();
    const claimAt = locateText(file, crashClaim);
    await workbench.moveCursor(claimAt);
    await workbench.applyQuickFix("Mark claim as verified");
    await waitForFile(reviewFileOf(file), 15_000, (text) => text.includes("verified"));
    await waitForHover(workbench, (text) => text.includes("· verified"), 15_000, "· verified");

    const crashed = findTheServerPid(ctx.extensionsDir);
    crashProcess(crashed);
    const restarted = await waitForRestartedServer(ctx.extensionsDir, crashed, 30_000);

    // "· verified" comes from the hover provider, so only a live server that re-read the review
    // file can show it. claim.verified is a hint, which VS Code draws (and hovers) on the first
    // two columns of the sentence only, hence the cursor at the sentence start.
    await workbench.moveCursor(claimAt);
    // (The hover may also show the neighbouring sentence's diagnostic, so match this claim's kind.)
    const hover = await waitForHover(workbench, (text) => text.includes("· verified") && text.includes("Verified claim (superlative)"), 30_000, "· verified");
    expect(!hover.includes("Unreviewed claim (superlative)"), `after the restart the verified claim also shows unreviewed: ${hover.slice(0, 300)}`);
    await workbench.appendParagraph(appendedClaim);
    await waitForHover(workbench, (text) => text.includes("Unreviewed claim (superlative)") && text.includes("· unreviewed"), 20_000, "· unreviewed");
    await ctx.screenshot("f-after-restart");
    await workbench.runCommand("File: Revert File");
    await workbench.page.locator(".tab.active.dirty").waitFor({ state: "detached" });

    const review = readFileSync(reviewFileOf(file), "utf8");
    expect(review.includes("verified") && review.includes(crashClaim), `review file lost the tag: ${review.slice(0, 300)}`);
    const pid = findTheServerPid(ctx.extensionsDir);
    expect(pid === restarted, `the restarted server ${restarted} was replaced by ${pid} during the checks`);
    const errors = await workbench.errorNotifications();
    expect(errors.length === 0, `error notifications after the restart: ${errors.join(" | ")}`);
  },
};

const journalFile = "notes/lab-journal.txt";
const journalTitle = "Soil Probes Report Moisture Every Hour";

const treatAsCorpus: Scenario = {
  name: "Treat Current File as Corpus File turns a plain .txt file into a corpus file",
  async run(ctx) {
    const { workbench } = ctx;
    await workbench.openFile(journalFile);
    await workbench.waitForLanguageMode("Plain Text");
    const squiggles = await workbench.countSquiggles();
    expect(squiggles === 0, `${journalFile} is outside the include patterns but shows ${squiggles} squiggles`);
    await workbench.runCommand("Seed Review: Treat Current File as Corpus File");
    await workbench.waitForLanguageMode(ctx.corpusLanguage);
    await workbench.waitForSquiggles();
    await workbench.runCommand("Focus on Outline View");
    await workbench.outlineRow(journalTitle).waitFor({ state: "visible", timeout: 30_000 });
    await ctx.screenshot("g-treated-as-corpus");
  },
};

export const reviewScenarios: Scenario[] = [reviewViewAndStatusBar, crashRecovery, treatAsCorpus];
