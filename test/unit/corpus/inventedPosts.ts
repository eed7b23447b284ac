// Invented articles for the duplicate tests (no corpus text): two posts on close topics, each
// as title, an image caption, paragraphs and a bulleted list.

export interface InventedPost { title: string; caption: string; paragraphs: string[]; bullets: string[] }

export const kestrelPost: InventedPost = {
  title: "Kestrel: forecasting hail a day ahead with a compact learned model",
  caption: "A radar mosaic over a plain, with hail cores outlined in orange and the forecast track drawn as a dashed line.",
  paragraphs: [
    "Hail ruins crops, dents cars and breaks roofs, yet forecasters still struggle to say where it will fall more than a few hours ahead. Today we’re describing Kestrel, a compact learned model that reads coarse weather analyses and produces a probability map of large hail for the next twenty-four hours.",
    "Kestrel started as a side project of two meteorologists who were tired of re-running an expensive storm-resolving simulation every time a front stalled. They noticed that the expensive part of that simulation mostly re-derives patterns that a network could learn once, from a decade of archived radar and balloon soundings.",
    "The model is small by current standards. It trains in under a week on a shared departmental cluster, and a single forecast takes a few seconds on a laptop, which lets regional offices run it themselves instead of waiting for a national centre to publish guidance.",
    "We compared Kestrel with the operational guidance over two summers of storms. It raised the warning lead time for severe hail days without flooding forecasters with false alarms, and it was most useful on days when storms formed far from any radar.",
    "There are limits. Kestrel knows nothing about hail size beyond a coarse threshold, it was trained on one continent’s climate, and it inherits every gap in the radar archive. We are publishing the code and the evaluation data so that others can test it on their own regions and tell us where it fails.",
  ],
  bullets: [
    "Inputs: coarse analyses of wind, moisture and temperature at six pressure levels.",
    "Output: an hourly probability map of hail larger than two centimetres.",
    "Licence: the weights and the evaluation scripts are free for research use.",
  ],
};

export const marlinPost: InventedPost = {
  title: "Marlin: a learned model for coastal flood warnings",
  caption: "A harbour at high tide, with the predicted water line drawn in blue along the quay.",
  paragraphs: [
    "Coastal towns need hours of warning before a storm surge arrives, and the physics models that provide it are slow to run at the resolution of a single harbour. Today we’re introducing Marlin, a learned model that turns a coarse ocean forecast into street-level flood depth maps.",
    "Marlin grew out of a collaboration between oceanographers and a city emergency office. The office wanted a forecast it could run itself on ordinary hardware during a storm, when the national centre is busiest and its guidance arrives late.",
    "We trained Marlin on fifteen years of tide gauge records and surveyed flood extents. It runs in seconds on a single workstation, and its maps agree with surveyed extents about as well as the expensive hydrodynamic model does on the storms we held out.",
    "Marlin has clear limits. It has only seen a temperate coastline, it cannot represent a failed sea wall, and it needs a fresh elevation survey whenever the shoreline is rebuilt. The code is open so that other coastal offices can retrain it on their own records.",
  ],
  bullets: [
    "Inputs: surge and tide forecasts on a coarse ocean grid.",
    "Output: flood depth on a ten-metre grid, every half hour.",
  ],
};

/** The post as a feed export has it: caption, title, long lines, plain list lines, footers. */
export function toFeedExport(post: InventedPost): string {
  return [post.caption, "", post.title, "", ...post.paragraphs.flatMap((p) => [p, ""]), ...post.bullets,
    "", `The post ${post.title} appeared first on Example Research Blog.`, "", "Read More"].join("\n");
}

/** The same post as a markdown scrape: heading, reflowed lines, "- " bullets, straight quotes. */
export function toMarkdown(post: InventedPost, wrap: (p: string) => string): string {
  const straight = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  return [`# ${post.title}`, "", ...post.paragraphs.flatMap((p) => [wrap(straight(p)), ""]), ...post.bullets.map((b) => `- ${straight(b)}`)].join("\n");
}

/** An abstract-only feed item: title and first paragraph. */
export function toAbstract(post: InventedPost): string {
  return [post.title, "", post.paragraphs[0]].join("\n");
}
