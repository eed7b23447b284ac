// What is not a figure: identifiers and names with digits, markers, phone numbers, code,
// URLs, versions, math and citations.
import { check, checkNone } from "./checkFigures";

describe("figures: identifiers and other non-figures", () => {
  const none: [string, string][] = [
    ["model names with a hyphen", "We compared Falcon-7 with Orca-2 and Qwen-2-7B."],
    ["chip and format names", "It runs on H100 and V100 parts in FP8 or INT4 mode."],
    ["list names glued to digits", "It ranked in the GREEN500 and Top10 charts."],
    ["product names before a number", "Customers moved to Office 365 and Windows 11."],
    ["cloud instance names", "We used ND96asr_v4 and NC24ads instances."],
    ["version numbers", "Upgrade to v3.2 or version 4, then 2.7.1."],
    ["figure and table references", "As Figure 4 and Table 2 show, see Figures 5 and 6."],
    ["numbered parts", "This is part 2 of the series; see Sequence 12 and Episode 88."],
    ["grant numbers", "Funded by grant ABC-1234567 of the agency."],
    ["list markers", "  1. Collect the data.\n  2. Train the model.\n3) Evaluate."],
    ["inline enumerators", "It has two parts: 1) a parser and 2) a checker."],
    ["footnote markers", "Linear layers3 are supported, as noted.4 Then more."],
    ["phone numbers", "Call (555) 123-4567 or +1 555 234 5678 today."],
    ["URLs", "See https://example.org/run/42?page=7 for details."],
    ["code lines", "for step in range(100):\nloss = model(batch_128)\noptimizer.step()  # 5 retries"],
    ["math operands", "If k≥2 and t=0, 1, 2 then O(n2) holds."],
    ["TeX math", "The loss is $ L_{i} = frac{3}{C_2} $ here."],
    ["citation brackets", "Prior work [12] and [3, 4] did this."],
    ["ordinals and shapes", "The 3rd run used 3x3 kernels in 2D."],
    ["coordinates", "The origin is (0, 0) and the target (1, 1)."],
    ["codec and standard names", "It decodes H.265 over 802.11ax links."],
    ["idioms", "Support runs 24/7 on a 9-to-5 budget."],
    ["toll-free phone numbers", "Dial 1-800-555-0142 now."],
    ["powers of other bases and symbols", "The bound 2^k grows like n^2 and 2^16 states."],
  ];
  for (const [name, fixture] of none) it(`ignores ${name}`, () => checkNone(fixture));

  it("keeps a parameter count written beside a model name", () => {
    check("The Zephyr-3 model (13B) beat a 70B baseline.", [{ text: "13B", value: 13e9 }, { text: "70B", value: 70e9 }]);
  });
  it("drops a version number written before a parameter count", () => {
    check("Falcon 2 11B was tested.", [{ text: "11B", value: 11e9 }]);
  });
  it("reads fractions and ratios as one figure", () => {
    check("About 2/5 of users chose a 3:1 mix.", [{ text: "About 2/5", value: 0.4, dimension: "ratio", qualifier: "about" }, { text: "3:1", value: 3, dimension: "ratio" }]);
  });
  it("keeps a count after a chip name once a noun follows", () => {
    check("We trained on 48 H100 GPUs.", [{ text: "48 H100 GPUs", value: 48 }]);
  });
});
