// Number tokens: separators, decimals, signs, magnitude words and suffixes, multipliers,
// percentages and money.
import { check } from "./checkFigures";

describe("figures: numbers and magnitudes", () => {
  it("reads thousands separators and decimals", () => {
    check("The cluster has 48,200 CPU cores.", [{ text: "48,200 CPU cores", value: 48200, unit: "CPU cores", dimension: "count" }]);
    check("Each probe weighed 0.75 kg.", [{ text: "0.75 kg", value: 0.75, unit: "kg", dimension: "mass" }]);
  });
  it("keeps the sign of a number", () => {
    check("Revenue moved by -3.5% in the quarter.", [{ text: "-3.5%", value: -3.5, unit: "%" }]);
    check("It measured −12 °C at night.", [{ text: "−12 °C", value: -12, unit: "°C", dimension: "temperature" }]);
  });
  it("applies magnitude words", () => {
    check("The model has 42 billion parameters.", [{ text: "42 billion parameters", value: 42e9, unit: "parameters" }]);
    check("They raised 2.5 million in seed money.", [{ text: "2.5 million", value: 2.5e6 }]);
  });
  it("applies magnitude suffixes K, M, B, T", () => {
    check("We tuned a 3.4B model and a 9M baseline on 14K prompts.", [
      { text: "3.4B", value: 3.4e9 }, { text: "9M", value: 9e6 }, { text: "14K prompts", value: 14000, unit: "prompts" },
    ]);
    check("A 1.2T token corpus.", [{ text: "1.2T token", value: 1.2e12, unit: "token" }]);
  });
  it("reads multipliers", () => {
    check("It is 7.5x faster and 4× cheaper, with 12X less memory.", [
      { text: "7.5x", value: 7.5, unit: "x", dimension: "multiplier" },
      { text: "4×", value: 4, unit: "x" },
      { text: "12X", value: 12, unit: "x" },
    ]);
    check("Costs fell 6 times over.", [{ text: "6 times", value: 6, unit: "x" }]);
  });
  it("reads percentages and percentage points", () => {
    check("Recall rose 4 percentage points to 81 percent.", [
      { text: "4 percentage points", value: 4, unit: "percentage points", dimension: "percent" },
      { text: "81 percent", value: 81, unit: "%" },
    ]);
  });
  it("reads money with symbols, codes and magnitudes", () => {
    check("The grant was $4 million, the prize €250 and the fee £1.5bn.", [
      { text: "$4 million", value: 4e6, unit: "USD", dimension: "money" },
      { text: "€250", value: 250, unit: "EUR" },
      { text: "£1.5bn", value: 1.5e9, unit: "GBP" },
    ]);
    check("A budget of USD 300 and 80 dollars more.", [{ text: "USD 300", value: 300, unit: "USD" }, { text: "80 dollars", value: 80, unit: "USD" }]);
  });
});
