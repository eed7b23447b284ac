// Metadata lines of scraped dumps ("id: 48213", "url: https://…", "year: 2021", "tags: …"):
// their numbers are identifiers or dates and their text asserts nothing, so neither figures
// nor claims come from them. Fields that carry prose (title, summary, description) are not
// listed: a number in a summary is still a figure.
const METADATA_FIELD = /^\s*(?:id|doc_?id|post_?id|guid|url|link|permalink|slug|source|feed|date|published|updated|modified|year|author|authors|by|site|venue|tags|keywords|category|categories|lang|language|license|doi|isbn|issn)\s*:\s*\S/i;

export function isMetadataLine(line: string): boolean {
  return line.length <= 500 && METADATA_FIELD.test(line);
}
