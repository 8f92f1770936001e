// The editor's draft button (POST /api/news-draft): the release drafted from the form's data as
// `saraban news-draft` drafts it into a file (src/data/news-draft.ts), returned as data for the form to
// show; the clerk edits it and saves it as any other edit (POST /api/save keeps the comments).
import { validate } from '../api.js';
import type { Lang } from '../messages/i18n.js';
import { draftedData } from '../data/news-draft.js';
import { resolveTemplate } from '../template/render.js';
import type { ErrorAnswer, NewsDraftAnswer } from './protocol.js';
import { serveText } from './texts.js';

/** The route's answer: the drafted data, or the problems that keep the data from being drafted
 *  (as the validator says them: the server puts them in the form's words). */
export async function newsDraftReply(body: unknown, lang: Lang): Promise<{ status?: number; json: NewsDraftAnswer | ErrorAnswer }> {
  const { data, force } = (body ?? {}) as { data?: unknown; force?: unknown };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { status: 400, json: { error: serveText('badData', lang) } };
  const written = data as Record<string, unknown>;
  const news = written.news as { draft?: unknown; lead?: { text?: unknown } } | undefined;
  // The text is the clerk's once drafted or written: drafted over only when they say so.
  if (force !== true && (news?.draft !== undefined || news?.lead?.text !== undefined)) return { status: 409, json: { error: serveText('draftExists', lang), exists: true } };
  // Checked as the release it is about to become: a file of minutes alone has no news: part yet
  // (the draft writes one), and a redraft replaces the text, so its stale facts are no reason to refuse.
  const checkable = { ...written, news: { ...news, ...(force === true ? { draft: undefined } : {}) } };
  const checked = validate(checkable, { templates: ['news'], lang });
  if (!checked.ok) return { status: 422, json: { error: serveText('noDraft', lang), problems: checked.problems } };
  const drafted = await draftedData(written, checked.data, await resolveTemplate('news'), force === true);
  return { json: { data: drafted.data, facts: drafted.facts } };
}
