/** YAML text of minutes with about `paragraphs` paragraphs under agenda and topic headings. */
export function minutesYaml(paragraphs: number): string;
/** Writes the data file into `dir` and returns its path. */
export function writeMinutes(dir: string, paragraphs: number): string;
