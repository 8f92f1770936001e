// The editor's draft button (POST /api/news-draft): the release drafted from the form's data as
// `saraban news-draft` drafts it into a file (src/data/news-draft.ts), returned as data for the form to
// show; the clerk edits it and saves it as any other edit (POST /api/save keeps the comments).
import { validate } from '../api.js';
import type { Lang } from '../messages/i18n.js';
import { draftedData } from '../data/news-draft.js';
import { resolveTemplate } from '../template/render.js';

/** The route's answer: the drafted data, or the problems that keep the data from being drafted. */
export async function newsDraftReply(body: unknown, lang: Lang): Promise<{ status?: number; json: unknown }> {
  const { data, force } = (body ?? {}) as { data?: unknown; force?: unknown };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { status: 400, json: { problems: [] } };
  const written = data as Record<string, unknown>;
  // A redraft replaces the text, so its stale facts are no reason to refuse (as --force).
  const news = written.news as { draft?: unknown; lead?: { text?: unknown } } | undefined;
  // The text is the clerk's once drafted or written: drafted over only when they say so.
  if (force !== true && (news?.draft !== undefined || news?.lead?.text !== undefined)) return { status: 409, json: { exists: true } };
  const checkable = force === true && news ? { ...written, news: { ...news, draft: undefined } } : written;
  const checked = validate(checkable, { templates: ['news'], lang });
  if (!checked.ok) return { status: 422, json: { problems: checked.problems } };
  const drafted = await draftedData(written, checked.data, await resolveTemplate('news'), force === true);
  return { json: { data: drafted.data, facts: drafted.facts } };
}
