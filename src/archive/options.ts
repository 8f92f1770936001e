// Whether a render is for the archive (PDF/A), and what its PDF then says about itself: the
// agency as author, the meeting as subject, and the data file embedded as its source.
// Off unless asked (`--pdf-a`, or `options.pdf_a: true` in the data): a PDF/A carries the whole
// data file, and a news release or a memo sent outside the agency should not carry notes and
// names that were never meant to be printed; it also costs time (bench/pdfa.mjs).
import path from 'node:path';
import type { LoadedData } from '../data/load.js';
import type { SarabanData } from '../data/schema.js';
import type { Archive } from '../model/document.js';

/** The command line's choice first, then the data's, else off. */
export const wantsArchive = (asked: boolean | undefined, data: SarabanData): boolean => asked ?? data.options.pdf_a ?? false;

/** What the PDF/A of `template` made from `loaded` says and carries. */
export function archiveOf(loaded: Pick<LoadedData, 'file' | 'text'>, data: SarabanData, template: string): Archive {
  const name = path.basename(loaded.file).replace(/\.pdf$/i, '.yaml');
  return {
    ...(data.agency?.name ? { author: data.agency.name } : {}),
    ...(data.meeting?.title ? { subject: data.meeting.title } : {}),
    ...(loaded.text !== undefined ? { source: { name, bytes: Buffer.from(loaded.text, 'utf8'), template } } : {}),
  };
}
