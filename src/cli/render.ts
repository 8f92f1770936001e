import type { CommandModule } from 'yargs';
import { displayPath } from '../paths.js';
import { FORMATS, parseFormats, splitList } from '../writers/formats.js';

interface RenderArgs {
  data: string;
  template?: string[];
  format?: string[];
  out: string;
  draft?: boolean;
}

export const renderCommand: CommandModule<object, RenderArgs> = {
  command: 'render <data>',
  describe: 'render the documents of a meeting data file (YAML or JSON)',
  builder: (y) =>
    y
      .positional('data', { type: 'string', demandOption: true, describe: 'the data file, e.g. data/trat-pmqa-2564.yaml' })
      .option('template', {
        alias: 't',
        type: 'string',
        array: true,
        describe: 'template name (news, minutes, memo) or path to a .hbs file; default: the data\'s documents: list',
      })
      .option('format', {
        alias: 'f',
        type: 'string',
        array: true,
        describe: `output formats, comma-separated: ${FORMATS.join(', ')}; default: all`,
      })
      .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'output folder' })
      .option('draft', { type: 'boolean', describe: 'a draft: fields a final document needs may be missing (dotted blanks), marked ร่าง' })
      .example('$0 render data/trat-pmqa-2564.yaml', 'every document the data lists, in every format, into out/')
      .example('$0 render data/trat-pmqa-2564.yaml --template news --format txt,html', 'only the news release, as text and HTML')
      .epilog('Output files are named <out>/<data-file-stem>.<template>.<ext>, e.g. out/trat-pmqa-2564.news.pdf.'),
  handler: async (args) => {
    const formats = parseFormats(args.format);
    const templates = splitList(args.template);
    // Loaded here, not at start-up: --help and the other commands need no PDF or DOCX writer.
    const { renderDataFile } = await import('../pipeline.js');
    const files = await renderDataFile(args.data, { templates, formats, outDir: args.out, draft: args.draft });
    for (const f of files) process.stdout.write(`${displayPath(f.file)}  (${formatBytes(f.bytes)})\n`);
  },
};

const formatBytes = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`);
