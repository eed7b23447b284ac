// Several podcast episodes in one file: each starts at its title above an "Episode N | date"
// line (an image line may sit between); speaker turns never start an article.
import { strict as assert } from "node:assert";
import { check, lines } from "./checkArticles";

const turn = (k: number) => k % 2
  ? `Priya Raman: We measured ${["river flow", "soil moisture", "bird song", "traffic noise"][k % 4]} with cheap sensors, and the numbers held up against the lab.`
  : `HOST: Tell us about ${["the first field season", "the volunteers", "what went wrong", "the next steps"][k % 4]}, because listeners keep asking.`;

const episode = (title: string, n: number, image: boolean) => [
  title, "", ...(image ? ["Portrait of the guest standing beside a weather mast on a hill above the town.", ""] : []),
  `Episode ${n} | May ${n}, 2023`, "",
  "In this episode the host talks with a field scientist about building sensors from spare parts.", "",
  ...Array.from({ length: 8 }, (_, k) => [turn(k + n), ""]).flat(),
];

describe("articles: episodes of a transcript feed", () => {
  it("splits episodes at their titles and never at speaker turns", () => {
    const a = episode("Field Notes 12: Sensors From Spare Parts", 12, true);
    const b = episode("Field Notes 13: When the River Rose", 13, false);
    const c = episode("Field Notes 14: Counting Birds by Ear", 14, true);
    const arts = check(lines(...a, ...b, ...c), [
      { line: 0, title: "Field Notes 12: Sensors From Spare Parts", titleLine: 0, evidence: /episode line/ },
      { line: a.length, title: "Field Notes 13: When the River Rose", titleLine: a.length },
      { line: a.length + b.length, title: "Field Notes 14: Counting Birds by Ear", titleLine: a.length + b.length },
    ]);
    assert.ok(arts.every((x) => x.sections.length === 0), "turns are not sections");
  });

  it("starts at the episode line when no title sits above it", () => {
    const a = episode("Field Notes 12: Sensors From Spare Parts", 12, false);
    const b = episode("Field Notes 13: When the River Rose", 13, false).slice(2);
    check(lines(...a, ...b), [{ line: 0 }, { line: a.length, evidence: /episode line "Episode 13/ }]);
  });
});
