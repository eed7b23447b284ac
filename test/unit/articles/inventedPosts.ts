// Invented posts for layout tests: a title and three paragraphs each, on topics far apart so
// that the layout, not a shared vocabulary, decides where one ends. Plus a builder that lays
// posts out one block after another and remembers the line each block starts on.

export interface InventedPost { title: string; paras: string[] }

export const POSTS: InventedPost[] = [
  { title: "Listening to Bridges With Cheap Microphones", paras: [
    "Inspectors still walk under most road bridges with a hammer and a notebook, tapping steel plates and listening for the dull note of a hidden crack.",
    "We glued forty contact microphones to the girders of an old river crossing and recorded every lorry that rolled over it for six weeks, day and night.",
    "A small classifier trained on those recordings flagged two cracked welds that the spring inspection had missed, and the engineers confirmed both by ultrasound.",
  ] },
  { title: "Keeping Sourdough Starters Alive in Hot Kitchens", paras: [
    "Bakers in warm climates lose their starters every summer, because the yeast and bacteria in the jar run through their flour long before the next feeding.",
    "We tested feeding schedules in twelve home kitchens, with cheap thermometers on each jar, and asked the bakers to photograph the rise every morning.",
    "Starters fed twice a day with a stiffer dough survived the whole summer, and the loaves baked from them tasted less sour than the bakers had feared.",
  ] },
  { title: "Why Tide Gauges Drift and How to Catch It", paras: [
    "Harbour tide gauges are read by ferry captains, flood planners and surveyors, yet the pressure sensors inside them slowly drift as they age in salt water.",
    "Comparing each gauge with its neighbours along the coast, hour by hour, shows a drift as a slow gap that opens between one gauge and the rest.",
    "Across nineteen harbours the comparison found three gauges that had drifted by more than four centimetres, which the port authority has since replaced.",
  ] },
  { title: "Counting Owls With Trail Cameras", paras: [
    "Forest rangers count owls by walking transects at dusk and hooting into the dark, which is slow, cold work that few volunteers keep up for long.",
    "We hung infrared trail cameras on snags near known nest trees and let them record through two breeding seasons without anyone visiting the woods.",
    "The cameras found owls at eleven nest trees where the hooting surveys had found none, mostly in steep ravines that the transects never reached.",
  ] },
  { title: "Routing Recycling Trucks Around School Traffic", paras: [
    "Recycling trucks that reach a narrow street during the school run can block it for twenty minutes, and the drivers dread those streets every morning.",
    "The council gave us the bin collection routes and the school bell times, and we reordered each route so that no truck enters a school street near the bell.",
    "Drivers finished their rounds slightly sooner, and the complaints from parents about trucks blocking the gates fell to almost none within a term.",
  ] },
  { title: "Measuring Glacier Melt From a Single Stake", paras: [
    "Glaciologists drill stakes into the ice each spring and read how much of them the summer melt has uncovered, but remote stakes are rarely revisited.",
    "A small camera on a pole beside each stake photographs it every noon, and a simple script measures the exposed length against painted bands.",
    "The daily melt curves showed that two warm weeks in July removed as much ice as the whole of August, a pattern the yearly readings could never show.",
  ] },
  { title: "Quieter Cooling Fans for Server Rooms", paras: [
    "Server rooms are loud because their cooling fans spin at full speed whenever any one machine gets warm, even when the rest of the rack sits idle.",
    "We replaced the single thermostat with a temperature probe per shelf and let each fan follow the hottest machine in front of it instead of the room.",
    "Noise in the room dropped by nine decibels at night, the fans drew a third less power, and no machine ran hotter than it had under the old control.",
  ] },
  { title: "Teaching Parrots to Use Video Calls", paras: [
    "Pet parrots kept alone often pluck their feathers and scream, behaviour that keepers link to the lack of other birds to call and answer during the day.",
    "Eighteen parrots learned to ring a bell that started a video call to another parrot, and their owners logged how long each call lasted and who ended it.",
    "Most birds called a favourite partner again and again, sang and preened on camera, and several owners reported less plucking over the three months.",
  ] },
  { title: "Mapping Potholes From Bus Suspension Data", paras: [
    "City buses already log the travel of their suspension for maintenance, and a pothole leaves a sharp spike in that log each time a wheel drops into it.",
    "We matched the spikes from two hundred buses to their GPS tracks and kept only the spots where several buses jolted on different days.",
    "The resulting pothole map agreed with the road crew's own survey at most sites, and it was updated every night instead of once a year.",
  ] },
  { title: "A Field Test of Solar Water Stills", paras: [
    "Villages along salty estuaries buy drinking water by the jerrycan, because the wells near the shore turn brackish every dry season.",
    "Families in four villages ran low glass solar stills on their roofs for a year and measured how much clean water each still produced every evening.",
    "A still the size of a door gave about five litres on a sunny day, enough for drinking and cooking for a small household through most of the dry season.",
  ] },
];

/** Lines of a file made of blocks; `starts[k]` is the 0-based line block k begins on. */
export function layOut(blocks: string[][]): { text: string; starts: number[] } {
  const out: string[] = [];
  const starts: number[] = [];
  for (const b of blocks) { starts.push(out.length); out.push(...b); }
  return { text: out.join("\n"), starts };
}

/** Paragraphs separated by blank lines, each followed by one. */
export const paragraphs = (xs: string[]) => xs.flatMap((x) => [x, ""]);
