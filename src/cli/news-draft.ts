// `saraban news-draft <data-file>`: the first draft of the news release, written into the data file
// itself (src/data/news-draft.ts): the lead and the points as text the officer then edits, and the facts
// the text states, checked on every validate and render. Never over a lead already written without
// --force; --facts records the facts anew after the officer corrected the text. Writes through the
// atomic output (a temporary file renamed into place: a link at the name is replaced, not followed).
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { SarabanError } from '../messages/errors.js';

interface NewsDraftArgs {
  data: string;
  force?: boolean;
  facts?: boolean;
}

export const newsDraftCommand = (tx: Texts): CommandModule<object, NewsDraftArgs> => ({
  command: 'news-draft <data>',
  describe: tx('newsDraftDescribe'),
  builder: (y) =>
    y
      .positional('data', { type: 'string', demandOption: true, describe: tx('newsDraftData') })
      .option('force', { type: 'boolean', describe: tx('newsDraftForce') })
      .option('facts', { type: 'boolean', describe: tx('newsDraftFacts') })
      .example('$0 news-draft meeting.yaml', tx('newsDraftExample')),
  handler: async (args) => {
    if (!/\.ya?ml$/i.test(args.data)) throw SarabanError.of('news-draft-not-yaml', { file: args.data }, { file: args.data });
    const [{ loadDataFile }, { validateData }, { readInput, decodeText }, { draftNews, recordFacts }, { resolveTemplate }, { writeFileAtomic }] = await Promise.all([
      import('../data/load.js'), import('../data/validate.js'), import('../io/input.js'), import('../data/news-draft.js'), import('../template/render.js'), import('../io/output.js'),
    ]);
    const loaded = await loadDataFile(args.data);
    // Redrafting replaces the prose, so facts it states stale are no reason to refuse.
    const raw = loaded.data as { news?: { draft?: unknown; lead?: { text?: unknown } } } | null;
    const checked = args.force && raw?.news?.draft ? { ...loaded, data: withoutDraft(raw) } : loaded;
    const data = validateData(checked);
    const source = decodeText(readInput(loaded.file, { kind: 'data', shown: args.data }).bytes, loaded.file).replace(/^\uFEFF/, '');
    const shown = path.relative(process.cwd(), loaded.file) || loaded.file;
    if (args.facts) {
      const { text, facts } = recordFacts(source, data);
      writeFileAtomic(loaded.file, text);
      process.stdout.write(`${tx('newsDraftRecorded', { file: shown, facts: Object.keys(facts).length })}\n`);
      return;
    }
    if (!args.force && (raw?.news?.draft !== undefined || raw?.news?.lead?.text !== undefined)) {
      throw SarabanError.of('news-draft-exists', { file: shown }, loaded.locate(['news', raw.news.draft !== undefined ? 'draft' : 'lead']));
    }
    const draft = await draftNews(source, data, await resolveTemplate('news'), Boolean(args.force));
    writeFileAtomic(loaded.file, draft.text);
    process.stdout.write(`${tx('newsDraftDone', { file: shown, points: draft.points.length, facts: Object.keys(draft.facts).length })}\n`);
  },
});

/** The data without its draft record (a redraft makes a new one). */
function withoutDraft(data: { news?: Record<string, unknown> }): unknown {
  return { ...data, news: { ...data.news, draft: undefined } };
}
