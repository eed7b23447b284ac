// Untitled posts in hard-wrapped text (~70 columns, blank lines between paragraphs): the
// cohesion rule compares whole wrapped paragraphs, not their line fragments.
import { strict as assert } from "node:assert";
import { check, lines } from "./checkArticles";
import { createTextModel } from "../../../server/src/core/document";
import { segmentArticles, segmentDocument } from "../../../server/src/core/articles";
import { alignToLines, findChangedRegion, toLineEdit } from "../../../server/src/core/incremental/textDiff";
import { applyEdit, createEditor } from "../incremental/randomEdits";
import { listContentLines } from "../../../server/src/core/articles/contentLines";
import { groupWrappedParagraphs } from "../../../server/src/core/articles/paragraphUnits";

const ferries = [
  "Island ferries run to a timetable printed each spring, yet the crossing times drift with the tide, the wind and the number of cars waiting on the slipway.",
  "TideDesk is a planning tool that predicts the real departure of each ferry from tide tables, wind forecasts and the queue counted by a camera at the harbour gate.",
  "The harbour master enters the morning forecast, and TideDesk shows which sailings will leave late and how long the queue on the slipway will grow by noon.",
  "We ran TideDesk beside the printed timetable for one summer on three island routes and logged every ferry departure against its prediction.",
  "Most predicted departures fell within six minutes of the real one, while the printed timetable was off by twenty minutes on windy afternoons.",
  "The ferry company now posts the TideDesk times on the harbour boards, and islanders say the queue at the slipway has become far shorter.",
];
const violins = [
  "Violin makers tune the top plate of an instrument by tapping the spruce and listening, shaving wood until the plate rings at the pitch they want.",
  "FretLab is a workbench microphone and app that records each tap on the spruce plate and shows the modes of vibration as the maker carves the arching.",
  "While carving, the maker taps the plate after every few strokes of the gouge, and FretLab marks how far each mode has moved since the previous tap.",
  "We asked nine violin makers to carve top plates with FretLab and compared the finished plates with the spruce plates they had carved by ear.",
  "Plates carved with FretLab landed closer to the maker's target pitch, and two makers said the app helped them stop before they removed too much wood.",
  "The workshop plans to lend FretLab benches to students at the violin making school next term so they can learn plate tuning faster.",
];
const glaciers = [
  "Mountain glaciers lose ice each summer, and surveyors still measure the loss by walking across the ice with stakes, drills and a notebook.",
  "IceGauge is a line of solar powered stations drilled into the glacier that report the height of the ice surface every hour by radio to the valley.",
  "Each station measures the melt from the drop of the ice around its mast, and IceGauge combines the stations into a map of the thinning glacier.",
  "We installed IceGauge stations on two glaciers above a hydropower lake and read them against the surveyors' stakes at the end of the melt season.",
  "The stations agreed with the stake readings to within a few centimetres of ice, and they showed two sudden melt events that the stakes had missed.",
  "The hydropower company now uses IceGauge to forecast how much meltwater will reach the lake during the summer months.",
];

/** Paragraphs hard-wrapped at `width` columns, a blank line between them, as plain-text mail sends them. */
function wrap(paragraphs: string[], width = 70): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = "";
    for (const word of p.split(" ")) {
      if (line && line.length + 1 + word.length > width) { out.push(line); line = word; }
      else line = line ? `${line} ${word}` : word;
    }
    out.push(line, "");
  }
  return out;
}

describe("articles: untitled posts in hard-wrapped text", () => {
  const posts = [wrap(ferries), wrap(violins), wrap(glaciers)];

  it("finds every untitled post, starting at its first paragraph's first line", () => {
    check(lines(...posts.flat()), [
      { line: 0 },
      { line: posts[0].length, title: "FretLab", derived: true, evidence: /topic change/ },
      { line: posts[0].length + posts[1].length, title: "IceGauge", derived: true, evidence: /topic change/ },
    ]);
  });

  it("groups each wrapped paragraph into one unit and leaves one-paragraph-per-line text alone", () => {
    const wrapped = groupWrappedParagraphs(listContentLines(createTextModel(lines(...posts.flat()))), createTextModel(lines(...posts.flat())));
    assert.equal(wrapped?.texts.length, ferries.length + violins.length + glaciers.length);
    assert.equal(wrapped?.texts[1], ferries[1]);
    const unwrapped = createTextModel(lines(...ferries, ...violins));
    assert.equal(groupWrappedParagraphs(listContentLines(unwrapped), unwrapped), undefined);
  });

  it("segments an edited wrapped document as it segments the same text read afresh", () => {
    let text = lines(...posts.flat()), model = createTextModel(text), seg = segmentDocument(model);
    const edit = createEditor(11);
    for (let i = 0; i < 40; i++) {
      const e = edit(text), next = applyEdit(text, e), nextModel = createTextModel(next);
      const lineEdit = toLineEdit(alignToLines(findChangedRegion(text, next), model), model, nextModel);
      seg = segmentDocument(nextModel, lineEdit && seg.state, lineEdit);
      assert.deepStrictEqual(seg.articles, segmentArticles(nextModel), `edit ${i} (${JSON.stringify(e)})`);
      text = next;
      model = nextModel;
    }
  });
});
