// Ranges ("3–5 days", "3 to 5", "between 3 and 5", "2.8-5.2x") and "±" error terms.
import { check } from "./checkFigures";

describe("figures: ranges and plus-minus", () => {
  it("reads dash ranges with the unit on the right end", () => {
    check("Training takes 4–6 days.", [{ text: "4–6 days", value: 4, valueHigh: 6, unit: "days" }]);
    check("It cuts latency 1.6-3.9x overall.", [{ text: "1.6-3.9x", value: 1.6, valueHigh: 3.9, unit: "x" }]);
  });
  it("reads 'to' and 'between … and' ranges", () => {
    check("Children aged 6 to 9 took part.", [{ text: "6 to 9", value: 6, valueHigh: 9 }]);
    check("Costs run between 20 and 35 percent.", [{ text: "20 and 35 percent", value: 20, valueHigh: 35, unit: "%" }]);
  });
  it("lends the magnitude of the upper end to the lower end", () => {
    check("A round of $2-4 million closed.", [{ text: "$2-4 million", value: 2e6, valueHigh: 4e6, unit: "USD" }]);
  });
  it("reads a change 'from X to Y' as two figures", () => {
    check("Latency fell from 80ms to 35ms.", [{ text: "80ms", value: 80 }, { text: "35ms", value: 35 }]);
  });
  it("does not join numbers whose upper end is smaller", () => {
    check("Scores went 9-4 in the final.", [{ text: "9", value: 9 }, { text: "4", value: 4 }]);
  });
  it("reads ± terms", () => {
    check("Accuracy was 0.912 ± 0.014 on the held-out set.", [{ text: "0.912 ± 0.014", value: 0.912, plusMinus: 0.014 }]);
    check("Drift of 2.5 +/- 0.3 mm.", [{ text: "2.5 +/- 0.3 mm", value: 2.5, plusMinus: 0.3, unit: "mm" }]);
  });
});
