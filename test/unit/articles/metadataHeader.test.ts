// A metadata header before each article: the header starts it and names it, minus the site.
import { strict as assert } from "node:assert";
import { check, lines } from "./checkArticles";
import { stripSiteSuffix } from "../../../server/src/core/articles/metadataHeader";

describe("articles: metadata headers", () => {
  it("starts each article at its header and strips the site suffix from the title", () => {
    const text = lines(
      "id: 1187", "title: Counting Owls With Sound | Night Lab Blog", "year: 2021", "url: https://example.org/owls", "",
      "We left recorders in an old forest for a winter and taught a small model to count owl calls.", "",
      "id: 1188", "title: Why Ferries Run Late - Harbour Notes", "url: https://example.org/ferries", "",
      "Most delays start at the ticket gate, not on the water, according to a year of timing data.",
    );
    check(text, [
      { line: 0, title: "Counting Owls With Sound", titleLine: 1, derived: false, evidence: /metadata header \(id: title: year: url:\)/ },
      { line: 7, title: "Why Ferries Run Late", titleLine: 8 },
    ]);
  });

  it("reads Title:/URL:/Date: headers", () => {
    const text = lines("Title: Small Wind Turbines on City Roofs", "URL: https://example.org/wind", "Date: 2020-05-01", "",
      "Roof turbines produce less than the brochures say, mostly because city wind is gusty.");
    check(text, [{ line: 0, title: "Small Wind Turbines on City Roofs", evidence: /metadata header/ }]);
  });

  it("keeps a long tail that is part of the title", () => {
    assert.equal(stripSiteSuffix("Soil | What the worms told us about three decades of farming in the valley"), "Soil | What the worms told us about three decades of farming in the valley");
    assert.equal(stripSiteSuffix("Plain title"), "Plain title");
    assert.equal(stripSiteSuffix("GPT-3 Style Models — Lab Notes"), "GPT-3 Style Models");
  });
});

describe("articles: several metadata headers in one file", () => {
  it("starts one article per header block, in both field styles and in front matter", () => {
    const text = lines(
      "id: 2001", "title: Counting Owls With Sound | Night Lab Blog", "url: https://example.org/owls", "",
      "We left recorders in an old forest for a winter and taught a small model to count owl calls.", "",
      "Title: Small Wind Turbines on City Roofs", "URL: https://example.org/wind", "Date: 2020-05-01", "",
      "Roof turbines produce less than the brochures say, mostly because city wind is gusty.", "",
      "---", "title: Mending Nets With Recycled Line", "date: 2021-02-03", "---", "",
      "Fishing crews now mend their nets with line recovered from old nets, which saves money and keeps plastic out of the sea.",
    );
    check(text, [
      { line: 0, title: "Counting Owls With Sound", titleLine: 1 },
      { line: 6, title: "Small Wind Turbines on City Roofs", titleLine: 6 },
      { line: 12, title: "Mending Nets With Recycled Line", titleLine: 13, evidence: /metadata header/ },
    ]);
  });
});
