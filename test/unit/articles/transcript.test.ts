// Transcripts: speaker turns ("Name:", "NAME:", a label alone on a line) never start an article.
import { strict as assert } from "node:assert";
import { check, lines } from "./checkArticles";
import { isSpeakerTurn } from "../../../server/src/core/articles/transcript";

const turns = (n: number) => Array.from({ length: n }, (_, k) => k % 2
  ? `RIVERA: That is a fair point about ${["tides", "glaciers", "volcanoes", "deserts"][k % 4]}, and the data we collected in the field supports it.`
  : `Dana Okafor: Let us turn to ${["orbital mechanics", "jazz harmony", "bread chemistry", "railway signalling"][k % 4]}, which our listeners asked about last month.`);

describe("articles: transcripts", () => {
  it("keeps a whole episode in one article although its topics change", () => {
    check(lines("Transcript", "", "[MUSIC]", "", ...turns(24).flatMap((t) => [t, ""])), [{ line: 0 }]);
  });

  it("keeps an episode with a label alone on a line inside its feed post", () => {
    const text = lines(
      "Conversations at the Edge of the Map episode 4", "", "Portrait of the guest and host", "",
      "Transcript", "", ...turns(8).flatMap((t) => [t, ""]), "Dana Okafor:", "Thanks for listening, everyone.", "",
      "The post Conversations at the Edge of the Map episode 4 appeared first on Field Radio.", "", "Read More", "",
      "Tidal Power Without Dams", "", "Tidal Power Without Dams", "",
      "Underwater kites fly in figure eights through the tidal current and drive a generator on the sea floor.",
    );
    const [episode] = check(text, [{ line: 0, title: "Conversations at the Edge of the Map episode 4", sections: ["Transcript"] }, { line: 29, title: "Tidal Power Without Dams" }]);
    assert.equal(episode.range.end.line, 27, "the episode keeps its footer and Read More");
  });

  it("recognises speaker labels but not captions or lead-ins", () => {
    assert.ok(isSpeakerTurn("Mary Ann Lee: Welcome back."));
    assert.ok(isSpeakerTurn("HOST:"));
    assert.ok(!isSpeakerTurn("Figure 2: Loss curves"));
    assert.ok(!isSpeakerTurn("Learn more:"));
    assert.ok(!isSpeakerTurn("Note: results are preliminary."));
  });
});
