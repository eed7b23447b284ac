// Markdown-ish text: "#" headings give the title and the sections; bullets and tables are not headings.
import { check, lines } from "./checkArticles";

describe("articles: headings and sections", () => {
  it("takes the title and sections from markdown headings", () => {
    const text = lines(
      "# Field Guide to Urban Beehives", "",
      "City bees often do better than country bees because gardens flower for longer than fields.", "",
      "## Choosing a roof", "",
      "A flat roof with shelter from the wind and some morning sun is the best place for a hive.", "",
      "- check the load the roof can carry", "- ask the neighbours first", "",
      "| Month | Honey (kg) |", "|---|---|", "| June | 4 |", "| July | 6 |", "",
      "## Winter care", "",
      "Leave enough honey in the hive and keep the entrance clear of snow and dead bees.",
    );
    check(text, [{ line: 0, title: "Field Guide to Urban Beehives", titleLine: 0, derived: false, sections: ["Choosing a roof", "Winter care"] }]);
  });

  it("finds plain headings followed by prose, but not captions, table cells or sentences", () => {
    const text = lines(
      "Rain gardens that clean street runoff", "",
      "A rain garden is a shallow bed of plants that catches water running off a street before it reaches a drain.", "",
      "Figure 2: Water levels in the garden after a storm", "",
      "Plants with deep roots did best, and the soil stayed loose for three years without digging.", "",
      "Plant", "Depth", "Reed", "1 m", "",
      "What we measured", "",
      "We sampled the water going in and coming out after every storm for two summers and compared them.", "",
      "This line is a sentence and ends with a period.", "",
      "The outflow held far less oil and metal than the inflow in every sample we took.",
    );
    check(text, [{ line: 0, title: "Rain gardens that clean street runoff", sections: ["What we measured"] }]);
  });
});
