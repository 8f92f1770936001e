// "New meeting" in the editor: a data file started from a choice of starting points — the
// minutes, a news release, a memo, the papers before a meeting (invitation, agenda, sign-in sheet;
// templates/starters/*.yaml), or the next meeting of a committee from one of its files, made by
// the same code as `saraban next` (src/data/next-meeting.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseData } from '../data/load.js';
import { validateData } from '../data/validate.js';
import { nextFileName, nextMeeting } from '../data/next-meeting.js';
import { SarabanError } from '../messages/errors.js';
import { BUILTIN_TEMPLATES } from '../io/paths.js';

/** The starting points, in the order the page offers them. */
export const STARTS = ['minutes', 'papers', 'news', 'memo', 'next'] as const;
export type Start = (typeof STARTS)[number];
export const isStart = (s: unknown): s is Start => typeof s === 'string' && (STARTS as readonly string[]).includes(s);

const STARTERS_DIR = path.join(BUILTIN_TEMPLATES, 'starters');

/** A starter's text (a commented file naming its documents). */
export function starterText(start: Exclude<Start, 'next'>): string {
  return readFileSync(path.join(STARTERS_DIR, `${start}.yaml`), 'utf8');
}

/** The next meeting's file from the text of the last one: its name beside it and its text. A last
 *  file that does not check throws its problems (SarabanError), as `saraban next` does. */
export function nextMeetingFile(fromName: string, fromText: string, fromFile: string): { name: string; text: string } {
  // The last meeting as `saraban next` reads it (a draft's blanks do not stop its next).
  const data = validateData(parseData(fromText, fromFile), { draft: true });
  const next = nextMeeting(fromText.replace(/^\uFEFF/, ''), data);
  if (!next) throw SarabanError.of('next-no-minutes', {}, { file: fromName });
  return { name: nextFileName(fromName, next.number), text: next.text };
}
