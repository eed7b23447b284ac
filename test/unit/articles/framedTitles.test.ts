// Plain-text newsletters whose items are titled by ALL-CAPS lines framed by rules ("====" or
// "----" before the title, with or without a closing rule, or the title underlined), with
// hard-wrapped paragraphs; one framed heading inside a post stays a section of it.
import { strict as assert } from "node:assert";
import { segmentArticles, segmentDocument, type Segmentation } from "../../../server/src/core/articles";
import { createTextModel } from "../../../server/src/core/document";
import { alignToLines, findChangedRegion, toLineEdit } from "../../../server/src/core/incremental/textDiff";
import { createRandom, pick } from "../incremental/layoutFixtures";
import { applyEdit, createEditor, type Edit } from "../incremental/randomEdits";
import { check, type ExpectedArticle } from "./checkArticles";
import { layOut } from "./inventedPosts";

interface CapsItem { title: string; head?: string[]; body: string[][] }

// Invented items, hard-wrapped at about 70 characters as plain-text newsletters print them.
const ITEMS: CapsItem[] = [
  { title: "BEEKEEPERS SHARE ONE EXTRACTOR", head: ["by Ines Marlow"], body: [[
    "Eleven hobby beekeepers on the east ridge bought a single honey",
    "extractor between them this spring and keep it in the village hall.",
    "Each keeper books it for a weekend, and the group says the shared",
    "machine saved every member about 300 pounds.",
  ], [
    "The hall committee asks keepers to wipe the drum down after use so",
    "that wax does not build up on the spinning basket.",
  ]] },
  { title: "NIGHT BUS RETURNS TO THE QUAYSIDE", head: ["Source: Harbour Transport Forum", "Date: 4 June 2025"], body: [[
    "The late bus from the station to the quayside runs again from Friday",
    "after a gap of two winters, with departures every 40 minutes until",
    "one in the morning. Drivers were hired from a training scheme that",
    "the depot opened last autumn.",
  ]] },
  { title: "REPAIR CAFE FIXES ITS 500TH KETTLE", body: [[
    "Volunteers at the Saturday repair cafe in the old library mended",
    "their five hundredth kettle last month, most of them with a new",
    "switch or a cleaned element. Toasters and lamps come next in the",
    "tally kept on the whiteboard by the door.",
  ]] },
  { title: "ALLOTMENT WATER BUTTS", body: [[
    "Plot holders on Tanner Lane fitted water butts to every shed roof",
    "and collected enough rain in May to water the beans for three weeks",
    "without touching the mains tap beside the gate.",
  ]] },
];

type Frame = "closed" | "open" | "underlined";

/** An item's lines: its title framed as `frame` says with `rule`, its head, its paragraphs. */
function render(item: CapsItem, frame: Frame, rule: string): string[] {
  const title = frame === "closed" ? [rule, item.title, rule] : frame === "open" ? [rule, "", item.title] : [item.title, rule];
  const body = item.body.flatMap((p) => ["", ...p]);
  return [...title, ...(item.head ?? []), ...body, ""];
}

/** Items laid out one after another; each article starts on its title line. */
function checkItems(items: CapsItem[], frame: Frame, rule: string, options: { crlf?: boolean; masthead?: string[] } = {}): void {
  const blocks = items.map((it) => render(it, frame, rule));
  const { text, starts } = layOut(options.masthead ? [options.masthead, ...blocks] : blocks);
  const itemStarts = options.masthead ? starts.slice(1) : starts;
  const titleOffset = frame === "underlined" ? 0 : frame === "closed" ? 1 : 2;
  // The first item's article starts with the file (its opening rule included); a masthead
  // before it is no article (newsletterMasthead.ts). The others start at their titles: the
  // opening rule closes the item before.
  const expected: ExpectedArticle[] = items.map((it, k) => ({ line: k === 0 && !options.masthead ? 0 : itemStarts[k] + titleOffset,
    title: it.title, titleLine: itemStarts[k] + titleOffset, evidence: /framed by rule lines/ }));
  check(options.crlf ? text.replace(/\n/g, "\r\n") : text, expected);
}

const EQUALS = "=".repeat(60), DASHES = "-".repeat(60);
const MASTHEAD = ["RIDGE AND HARBOUR NEWS - text edition", "Issue 12, June 2025", "", "In this issue:",
  "  1. Beekeepers share one extractor", "  2. Night bus returns to the quayside", "  3. Repair cafe fixes its 500th kettle", ""];

describe("articles: ALL-CAPS titles framed by rule lines", () => {
  it("'====' before and after each title (2, 3 and 4 items)", () => {
    checkItems(ITEMS.slice(0, 2), "closed", EQUALS);
    checkItems(ITEMS.slice(1, 4), "closed", EQUALS);
    checkItems(ITEMS, "closed", EQUALS);
  });

  it("'----' before and after each title", () => {
    checkItems(ITEMS.slice(0, 3), "closed", DASHES);
  });

  it("a rule before each title and no closing rule, after a masthead whose list ends a blank line above a rule", () => {
    // "  3. Repair cafe…", a blank line, "====": no setext title (markdown underlines the line right above).
    checkItems(ITEMS.slice(0, 3), "open", EQUALS, { masthead: MASTHEAD });
    checkItems(ITEMS, "open", DASHES);
  });

  it("titles underlined by a rule", () => {
    checkItems(ITEMS.slice(1, 3), "underlined", DASHES);
    checkItems(ITEMS, "underlined", "-".repeat(24));
  });

  it("CRLF line breaks", () => {
    checkItems(ITEMS, "closed", EQUALS, { crlf: true });
    checkItems(ITEMS.slice(0, 3), "open", DASHES, { crlf: true, masthead: MASTHEAD });
  });

  it("keeps a single framed heading inside one post as part of it", () => {
    const post = ["Mapping Cold Spots in the Old Library", "",
      "Staff at the old library hung twenty small thermometers along the",
      "reading room walls in January and logged the temperature every hour.", "",
      DASHES, "WHAT THE LOGGERS SHOWED", DASHES, "",
      "The coldest corner sat four degrees below the rest of the room, right",
      "under a window whose frame had shrunk away from the brickwork.", "",
      "A joiner refitted the frame in March and the corner now matches the",
      "rest of the room within one degree on most winter mornings.", ""];
    check(post.join("\n"), [{ line: 0, title: "Mapping Cold Spots in the Old Library" }]);
    // The same with the heading only opened by a rule, and only underlined by one.
    const open = [...post.slice(0, 5), EQUALS, "", "WHAT THE LOGGERS SHOWED", ...post.slice(8)];
    check(open.join("\n"), [{ line: 0 }]);
    const underlined = [...post.slice(0, 5), "WHAT THE LOGGERS SHOWED", DASHES, ...post.slice(8)];
    check(underlined.join("\n").replace(/\n/g, "\r\n"), [{ line: 0 }]);
  });

  it("keeps a framed heading inside one of two markdown documents in that document", () => {
    const doc = (title: string, para: string[], extra: string[] = []) => [`# ${title}`, "", ...para, "", ...extra];
    // Framed by "----" (a "====" under it would make it a level-1 setext title in markdown).
    const first = doc("Mapping Cold Spots in the Old Library", ITEMS[2].body[0], [DASHES, "WHAT THE LOGGERS SHOWED", DASHES, "", ...ITEMS[3].body[0], ""]);
    const second = doc("Counting Swifts Over the Mill", ITEMS[1].body[0]);
    check([...first, ...second].join("\n"), [{ line: 0, title: "Mapping Cold Spots in the Old Library" }, { line: first.length, title: "Counting Swifts Over the Mill" }]);
  });

  it("takes a caps kicker over a headline for no title of its own", () => {
    // "IN BRIEF" over a headline that stands alone: the headline names the item, as on wires.
    const item = (k: number, headline: string) => [EQUALS, "IN BRIEF", headline, "", ITEMS[k].body[0].join(" "), ""];
    const a = item(0, "Beekeepers Share One Extractor on the Ridge"), b = item(3, "Allotments Collect Their Own Rain");
    check(["Valley Post briefs for June", "", ...a, ...b].join("\n"), [{ line: 0, title: "Beekeepers Share One Extractor on the Ridge", titleLine: 4 },
      { line: a.length + 3, title: "Allotments Collect Their Own Rain", titleLine: a.length + 4, evidence: /^title after a rule line/ }]);
  });
});

// Edits that make and break frames: rules and caps titles inserted or removed, blank lines
// between a title and its underline, besides the reviewer's ordinary typing.
const FRAME_SNIPPETS = [EQUALS + "\n", DASHES + "\n", "\n", "HOSPICE SHOP MOVES TO THE SQUARE\n", "x"];

function createFrameEditor(seed: number): (text: string) => Edit {
  const random = createRandom(seed), plain = createEditor(seed + 1);
  return (text) => {
    if (random() < 0.4) return plain(text);
    // At the start of a random line: insert a snippet there, or remove that line.
    const at = text.lastIndexOf("\n", Math.floor(random() * text.length)) + 1;
    if (random() < 0.3) {
      const nl = text.indexOf("\n", at);
      return { at, remove: (nl < 0 ? text.length : nl + 1) - at, insert: "" };
    }
    return { at, remove: 0, insert: pick(random, FRAME_SNIPPETS) };
  };
}

describe("articles: framed caps titles after edits", () => {
  for (const [frame, rule] of [["closed", EQUALS], ["open", DASHES], ["underlined", DASHES]] as const) {
    it(`re-segmenting from the previous state equals a fresh segmentation: ${frame}`, () => {
      let text = ITEMS.flatMap((it) => render(it, frame, rule)).join("\n");
      let model = createTextModel(text);
      let seg: Segmentation = segmentDocument(model);
      const edit = createFrameEditor(frame.length * 7 + 1);
      let spliced = 0;
      for (let i = 0; i < 120; i++) {
        const e = edit(text);
        const next = applyEdit(text, e), nextModel = createTextModel(next);
        const lineEdit = toLineEdit(alignToLines(findChangedRegion(text, next), model), model, nextModel);
        if (lineEdit) spliced++;
        seg = segmentDocument(nextModel, lineEdit && seg.state, lineEdit);
        assert.deepStrictEqual(seg.articles, segmentArticles(nextModel), `edit ${i} (${JSON.stringify(e)})`);
        text = next;
        model = nextModel;
      }
      assert.ok(spliced >= 60, `most edits should take the state path: ${spliced}`);
    });
  }
});
