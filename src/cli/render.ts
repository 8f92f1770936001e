import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { displayPath } from '../io/paths.js';
import { parseFormats, splitList } from '../writers/formats.js';

interface RenderArgs {
  data: string;
  template?: string[];
  format?: string[];
  out: string;
  draft?: boolean;
  pdfA?: boolean;
}

export const renderCommand = (tx: Texts): CommandModule<object, RenderArgs> => ({
  command: 'render <data>',
  describe: tx('renderDescribe'),
  builder: (y) =>
    y
      .positional('data', { type: 'string', demandOption: true, describe: tx('renderData') })
      .option('template', {
        alias: 't',
        type: 'string',
        array: true,
        describe: tx('renderTemplate'),
      })
      .option('format', {
        alias: 'f',
        type: 'string',
        array: true,
        describe: tx('renderFormat'),
      })
      .option('out', { alias: 'o', type: 'string', default: 'out', describe: tx('outDir') })
      .option('draft', { type: 'boolean', describe: tx('draft') })
      .option('pdf-a', { type: 'boolean', describe: tx('renderPdfA') })
      .example('$0 render data/trat-pmqa-2564.yaml', tx('renderExample1'))
      .example('$0 render data/trat-pmqa-2564.yaml --template news --format txt,html', tx('renderExample2'))
      .epilog(tx('renderEpilog')),
  handler: async (args) => {
    const formats = parseFormats(args.format);
    const templates = splitList(args.template);
    // Loaded here, not at start-up: --help and the other commands need no PDF or DOCX writer.
    const { renderDataFile } = await import('../pipeline/render.js');
    const files = await renderDataFile(args.data, { templates, formats, outDir: args.out, draft: args.draft, pdfA: args.pdfA });
    for (const f of files) process.stdout.write(`${displayPath(f.file)}  (${formatBytes(f.bytes)})\n`);
  },
});

const formatBytes = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`);
