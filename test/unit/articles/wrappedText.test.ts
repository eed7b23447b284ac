// Hard-wrapped text (~72 columns, as digests and plain-text newsletters send it): a wrapped
// paragraph's first line is no section heading, and an item with a one-line body stays its own post.
import { check, lines } from "./checkArticles";

// One article of wrap-width prose, with headings before a blank line or before capitalised prose.
const FAIR_NOTICE = lines(
  "Spring fair returns to the market square", "",
  "The parish spring fair comes back to the market square this year after",
  "two seasons in the school field, and the committee expects about 60 stalls",
  "along with the usual plant sale and the brass band from Elm Road.", "",
  "Stall holders should arrive by eight. The committee will mark the pitches",
  "with chalk the evening before and hand out numbers at the gate.", "",
  "Parking and access", "",
  "Cars can use the rugby club field for a small fee that goes to the roof",
  "fund. The square itself is closed to traffic from seven until six.", "",
  "Opening hours",
  "Doors open at ten and the last raffle draw takes place at four, after",
  "which the band plays until the stalls are packed away for the night.",
);

// A mail digest whose first post has a body of one short line, the second a two-line body.
const SHORT_POSTS = lines(
  "From: Lena Park <lena@garden.example>",
  "Subject: Seed swap moves to the library",
  "Date: Mon, 7 Apr 2025 09:00:00 +0000", "",
  "The seed swap will be held in the library hall from now on.", "",
  "From: Oskar Lind <oskar@garden.example>",
  "Subject: Allotment waiting list reopens",
  "Date: Tue, 8 Apr 2025 10:00:00 +0000", "",
  "The allotment committee reopened its waiting list on Monday after a gap",
  "of two years", "",
  "From: Mira Stone <mira@garden.example>",
  "Subject: Compost bins for every street",
  "Date: Wed, 9 Apr 2025 11:30:00 +0000", "",
  "Each street in the parish can now ask for a shared compost bin. The",
  "council delivers the bins free of charge and collects the compost twice",
  "a year for the park beds.",
);

describe("articles: hard-wrapped text", () => {
  it("gives wrapped paragraphs no section headings but keeps real headings", () => {
    check(FAIR_NOTICE, [{ line: 0, title: "Spring fair returns to the market square", sections: ["Parking and access", "Opening hours"] }]);
  });

  it("keeps an item with a one-line or wrapped two-line body as its own article", () => {
    check(SHORT_POSTS, [
      { line: 0, title: "Seed swap moves to the library" },
      { line: 6, title: "Allotment waiting list reopens" },
      { line: 13, title: "Compost bins for every street" },
    ]);
  });
});
