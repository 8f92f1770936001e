// The output formats by name. Kept apart from the writers themselves so that naming a format
// (command-line parsing, batch planning) does not load pdfmake and docx.
import { SarabanError } from '../messages/errors.js';

export const FORMATS = ['docx', 'pdf', 'html', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** A repeatable option that also takes comma-separated lists: ["a,b", " c "] → ["a", "b", "c"]; undefined when not given. */
export function splitList(list: readonly string[] | undefined): string[] | undefined {
  return list?.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
}

/** "--format pdf,docx --format txt" → the formats; undefined when none was given. */
export function parseFormats(list: readonly string[] | undefined): Format[] | undefined {
  if (!list) return undefined;
  const out: Format[] = [];
  for (const f of splitList(list)!.map((x) => x.toLowerCase())) {
    if (!isFormat(f)) throw SarabanError.of('unknown-format', { name: f, available: FORMATS.join(', ') });
    out.push(f);
  }
  return out;
}
