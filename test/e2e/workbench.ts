// Drives the VS Code workbench in a browser page the way a user does (keyboard, clicks) and reads
// what a user sees (status bar, hovers, outline, breadcrumbs, squiggles). Every wait is for a
// DOM condition; there are no fixed sleeps.
import type { Locator, Page } from "playwright-core";
import type { TextPosition } from "./workspace";

const activeEditor = ".editor-group-container.active .monaco-editor";
const quickInput = ".quick-input-widget";
const hoverWidget = ".monaco-editor .monaco-hover:not(.hidden)";

// The page functions below run in the browser; this file is type-checked without the DOM lib,
// so declare the little of `document` they use.
interface PageElement { textContent: string | null; getBoundingClientRect(): { width: number } }
declare const document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): Iterable<PageElement> };

export class Workbench {
  constructor(readonly page: Page) {}

  /** Loads the workbench for a folder and waits until its status bar and explorer are there. */
  async load(url: string, folder: string): Promise<void> {
    await this.page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await this.page.waitForSelector(".monaco-workbench", { timeout: 60_000 });
    await this.page.waitForSelector(".part.statusbar", { timeout: 30_000 });
    await this.page.waitForSelector(".explorer-folders-view, .explorer-viewlet", { timeout: 30_000 });
  }

  /** Runs a command from the palette by its label (F1, type, Enter on the matching row). */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press("F1");
    const input = this.page.locator(`${quickInput} input`);
    await input.waitFor({ state: "visible" });
    await input.fill(`>${label}`);
    await this.page
      .locator(`${quickInput} .monaco-list-row.focused`, { hasText: label })
      .waitFor({ state: "visible" });
    await this.page.keyboard.press("Enter");
    await this.page.locator(quickInput).waitFor({ state: "hidden" });
  }

  /** Opens a workspace file through Quick Open and waits for its tab to be the active one. */
  async openFile(relativePath: string): Promise<void> {
    const name = relativePath.split("/").pop() ?? relativePath;
    await this.page.keyboard.press("Control+P");
    const input = this.page.locator(`${quickInput} input`);
    await input.waitFor({ state: "visible" });
    await input.fill(relativePath);
    await this.page
      .locator(`${quickInput} .monaco-list-row.focused`, { hasText: name })
      .waitFor({ state: "visible" });
    await this.page.keyboard.press("Enter");
    await this.page.locator(".tab.active", { hasText: name }).waitFor({ state: "visible" });
    await this.page.locator(`${activeEditor} .view-lines`).waitFor({ state: "visible" });
  }

  /** Puts the cursor at a 1-based position with Go to Line (`line:column`) and checks it landed. */
  async moveCursor(position: TextPosition): Promise<void> {
    await this.page.keyboard.press("Control+G");
    const input = this.page.locator(`${quickInput} input`);
    await input.waitFor({ state: "visible" });
    await input.fill(`:${position.line}:${position.column}`);
    await this.page.keyboard.press("Enter");
    await this.page.locator(quickInput).waitFor({ state: "hidden" });
    await this.waitForCursor(position.line, position.column);
  }

  /** Waits until the status bar shows the cursor on `line` (and `column` when given). */
  async waitForCursor(line: number, column?: number): Promise<void> {
    const expected = column === undefined ? `Ln ${line},` : `Ln ${line}, Col ${column}`;
    await this.page.waitForFunction(
      (text) => document.querySelector('[id="status.editor.selection"]')?.textContent?.includes(text) ?? false,
      expected,
    );
  }

  /** Text of the status bar's language-mode item ("Plain Text", "Seed Corpus", ...). */
  async waitForLanguageMode(label: string): Promise<void> {
    await this.page.waitForFunction(
      (text) => document.querySelector('[id="status.editor.mode"]')?.textContent?.trim() === text,
      label,
    );
  }

  async languageMode(): Promise<string> {
    return (await this.page.locator('[id="status.editor.mode"]').textContent())?.trim() ?? "";
  }

  /** Waits for at least one diagnostic squiggle (of a severity: "warning", "info", ...) in the active editor. */
  async waitForSquiggles(severity = ""): Promise<void> {
    await this.page.waitForSelector(`${activeEditor} [class*="squiggly-${severity}"]`, { timeout: 30_000 });
  }

  async countSquiggles(): Promise<number> {
    return this.page.locator(`${activeEditor} [class*="squiggly-"]`).count();
  }

  /**
   * Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text once it has some (and
   * contains `mustContain`). The text is read in the same page call that sees it, because the
   * hover re-renders as providers answer and code lenses move the view.
   */
  async showHoverText(mustContain = ""): Promise<string> {
    await this.page.keyboard.press("Escape");
    await this.page.keyboard.press("Control+K");
    await this.page.keyboard.press("Control+I");
    const readHover = ([selector, text]: readonly [string, string]) => {
      const all = [...document.querySelectorAll(selector)].map((el) => el.textContent ?? "").join("\n");
      return all.trim().length > 0 && all.includes(text) ? all : false;
    };
    try {
      // Hovers from several providers render as they arrive; give the slow one a few seconds.
      const handle = await this.page.waitForFunction(readHover, [hoverWidget, mustContain] as const, { timeout: 10_000 });
      return String(await handle.jsonValue());
    } catch {
      const shown = (await this.page.locator(hoverWidget).allTextContents()).join(" | ");
      throw new Error(`hover never contained ${JSON.stringify(mustContain)}; it showed: ${shown.slice(0, 400)}`);
    }
  }

  /** Error toasts currently shown (notification center toasts with the error icon). */
  async errorNotifications(): Promise<string[]> {
    return this.page
      .locator(".notification-toast .notification-list-item:has(.codicon-error)")
      .allTextContents();
  }

  /** Rows of the Outline view (opened with its focus command), by label and tree depth. */
  async outlineRows(): Promise<{ label: string; level: number }[]> {
    const rows = this.page.locator(".outline-pane .monaco-list-row");
    await rows.first().waitFor({ state: "visible", timeout: 30_000 });
    return rows.evaluateAll((elements) =>
      elements.map((el) => ({
        label: el.querySelector(".label-name")?.textContent?.trim() ?? el.textContent?.trim() ?? "",
        level: Number(el.getAttribute("aria-level") ?? "0"),
      })),
    );
  }

  outlineRow(label: string): Locator {
    return this.page.locator(".outline-pane .monaco-list-row", { hasText: label }).first();
  }

  /** Labels of the editor breadcrumbs (file path parts, then symbols at the cursor). */
  async breadcrumbs(): Promise<string[]> {
    return this.page
      .locator(".editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item")
      .allTextContents();
  }

  async waitForBreadcrumb(text: string): Promise<void> {
    await this.page.waitForFunction(
      (label) =>
        [...document.querySelectorAll(".editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item")].some(
          (el) => el.textContent?.includes(label),
        ),
      text,
    );
  }

  /**
   * Opens the quick-fix menu at the cursor and picks the action whose title contains `title`
   * with the keyboard (the menu blocks pointer events while it settles, so clicks are flaky).
   */
  async applyQuickFix(title: string): Promise<void> {
    await this.page.keyboard.press("Escape");
    await this.page.keyboard.press("Control+Period");
    const rows = this.page.locator(".action-widget .monaco-list-row.action");
    await this.page.locator(".action-widget .monaco-list-row.action", { hasText: title }).first().waitFor({ state: "visible" });
    const count = await rows.count();
    for (let step = 0; step <= count; step++) {
      const focused = (await this.page.locator(".action-widget .monaco-list-row.focused").textContent()) ?? "";
      if (focused.includes(title)) {
        await this.page.keyboard.press("Enter");
        await this.page.locator(".action-widget").waitFor({ state: "hidden" });
        return;
      }
      await this.page.keyboard.press("ArrowDown");
    }
    throw new Error(`quick fix "${title}" could not be focused in the menu`);
  }

  /** Opens a view container by clicking its activity-bar icon and waits for its sidebar. */
  async openViewContainer(title: string): Promise<void> {
    const icon = this.page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`);
    // A second click on the active container's icon would close the sidebar.
    if ((await icon.getAttribute("aria-expanded")) !== "true") await icon.click();
    await this.page.locator(".part.sidebar .composite.title", { hasText: title }).waitFor({ state: "visible" });
  }

  /** Drags the sidebar's right edge (its sash) so the sidebar is `width` pixels wide. */
  async resizeSidebar(width: number): Promise<void> {
    const box = await this.page.locator(".part.sidebar").boundingBox();
    if (!box) throw new Error("the sidebar is not shown");
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width - 1, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 4 });
    await this.page.mouse.up();
    await this.page.mouse.move(box.x + 20, box.y + box.height - 20); // off the sash, so it is not drawn highlighted
    await this.page.waitForFunction(
      ([min]) => {
        return (document.querySelector(".part.sidebar")?.getBoundingClientRect().width ?? 0) >= min;
      },
      [width - 20] as const,
    );
  }

  /** Rows of a sidebar tree view, found by the view's name ("Review", "Figures"). */
  viewRows(view: string): Locator {
    return this.page.locator(`.part.sidebar .pane:has(> .pane-header[aria-label="${view} Section"]) .monaco-list-row`);
  }

  /** Waits until the status bar item whose id ends with `idSuffix` shows text matching `pattern`; returns that text. */
  async waitForStatusItem(idSuffix: string, pattern: RegExp): Promise<string> {
    const read = ([suffix, source, flags]: readonly [string, string, string]) => {
      const text = document.querySelector(`.part.statusbar [id$="${suffix}"]`)?.textContent?.trim() ?? "";
      return new RegExp(source, flags).test(text) ? text : false;
    };
    try {
      const handle = await this.page.waitForFunction(read, [idSuffix, pattern.source, pattern.flags] as const);
      return String(await handle.jsonValue());
    } catch (error) {
      const shown = await this.page.locator(`.part.statusbar [id$="${idSuffix}"]`).textContent().catch(() => null);
      throw new Error(`status bar item ${idSuffix} never matched ${pattern}; it showed ${JSON.stringify(shown)} (${(error as Error).message.split("\n")[0]})`);
    }
  }

  /** A code lens of the active editor by its title (waits until it is shown). */
  async codeLens(title: string): Promise<Locator> {
    const lens = this.page.locator(`${activeEditor} .codelens-decoration a`, { hasText: title }).first();
    await lens.waitFor({ state: "visible", timeout: 30_000 });
    return lens;
  }

  /** Types text at the end of the active editor's document (on a new paragraph). */
  async appendParagraph(text: string): Promise<void> {
    await this.page.keyboard.press("Escape");
    await this.page.keyboard.press("Control+End");
    await this.page.keyboard.press("Enter");
    await this.page.keyboard.insertText(text);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
