// Counted nouns: the plural noun phrase after a number, and measures named before it.
import { check } from "./checkFigures";

describe("figures: counted nouns", () => {
  it("takes the noun phrase up to its plural head", () => {
    check("It ships 312 labelled street scenes with captions.", [{ text: "312 labelled street scenes", unit: "labelled street scenes" }]);
    check("We rented 64 NVIDIA H200 GPUs for it.", [{ text: "64 NVIDIA H200 GPUs", unit: "NVIDIA H200 GPUs" }]);
  });
  it("accepts irregular plurals and lone acronyms", () => {
    check("About 70 people came; 8 GPU servers ran.", [
      { text: "About 70 people", unit: "people" }, { text: "8 GPU servers", unit: "GPU servers" },
    ]);
  });
  it("stops at function words and verbs after the noun", () => {
    check("Over 350 volunteers called in.", [{ text: "Over 350 volunteers", unit: "volunteers" }]);
  });
  it("reads measures named before the number", () => {
    check("We used a batch size of 4096 and a sequence length of about 512.", [
      { text: "batch size of 4096", value: 4096, unit: "batch size" },
      { text: "sequence length of about 512", value: 512, unit: "sequence length", qualifier: "about" },
    ]);
  });
  it("leaves a bare number without a unit", () => {
    check("The score was 71.3 overall.", [{ text: "71.3", value: 71.3, unit: null }]);
  });
});
