// Units after a number: canonical spelling and dimension; prefixes stay in the unit.
import { check } from "./checkFigures";

describe("figures: units and dimensions", () => {
  it("keeps SI and binary prefixes in the unit, not the value", () => {
    check("A 48.5 MB model on a 24GB card with 2 TiB of disk.", [
      { text: "48.5 MB", value: 48.5, unit: "MB", dimension: "size" },
      { text: "24GB", value: 24, unit: "GB" },
      { text: "2 TiB", value: 2, unit: "TiB" },
    ]);
  });
  it("reads data rates spelled out or as symbols", () => {
    check("Links run at 200 gigabits per second, or 25 GB/s, or 100 Mbps.", [
      { text: "200 gigabits per second", value: 200, unit: "Gbit/s", dimension: "data rate" },
      { text: "25 GB/s", value: 25, unit: "GB/s", dimension: "data rate" },
      { text: "100 Mbps", value: 100, unit: "Mbit/s", dimension: "data rate" },
    ]);
  });
  it("reads time units", () => {
    check("Latency dropped to 40ms, then 3 μs; training took 0.2 s and 6 hours over 3 years.", [
      { text: "40ms", value: 40, unit: "ms", dimension: "time" },
      { text: "3 μs", value: 3, unit: "μs" },
      { text: "0.2 s", value: 0.2, unit: "s" },
      { text: "6 hours", value: 6, unit: "h" },
      { text: "3 years", value: 3, unit: "years" },
    ]);
  });
  it("reads frequency, power, energy, length and temperature", () => {
    check("A 3.2 GHz chip drawing 150 W found a 25 μeV gap 12 km away at 20 mK.", [
      { text: "3.2 GHz", unit: "GHz", dimension: "frequency" },
      { text: "150 W", unit: "W", dimension: "power" },
      { text: "25 μeV", unit: "μeV", dimension: "energy" },
      { text: "12 km", unit: "km", dimension: "length" },
      { text: "20 mK", unit: "mK", dimension: "temperature" },
    ]);
  });
  it("reads compute and throughput", () => {
    check("It sustains 90 petaflops and 1,500 tokens per second.", [
      { text: "90 petaflops", value: 90, unit: "PFLOPS", dimension: "compute" },
      { text: "1,500 tokens per second", value: 1500, unit: "tokens/s" },
    ]);
  });
  it("reads a unit joined by a hyphen", () => {
    check("A 10-year study of a 4-layer network.", [
      { text: "10-year", value: 10, unit: "years", dimension: "time" },
      { text: "4-layer", value: 4, unit: "layer", dimension: "count" },
    ]);
    check("A 30-kilometer-wide grid.", [{ text: "30-kilometer", value: 30, unit: "km", dimension: "length" }]);
  });
});
