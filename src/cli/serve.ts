// `saraban serve [data.yaml]`: the local web editor (src/serve/server.ts), bound to 127.0.0.1, for
// the data files of the folder it is started in. Prints the address with its key (the per-run
// token); --open launches the browser on it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { SarabanError } from '../messages/errors.js';
import { writeFileAtomic } from '../io/output.js';
import type { Lang } from '../messages/i18n.js';

/** The editor's usual port. */
const DEFAULT_PORT = 4173;

interface ServeArgs {
  data?: string;
  /** Given on the command line: the editor's language for every browser (else each browser's, Thai first). */
  lang?: Lang;
  port?: number;
  open?: boolean;
}

export const serveCommand = (tx: Texts): CommandModule<object, ServeArgs> => ({
  command: 'serve [data]',
  describe: tx('serveDescribe'),
  builder: (y) =>
    y
      .positional('data', { type: 'string', describe: tx('serveData') })
      .option('port', { alias: 'p', type: 'number', defaultDescription: String(DEFAULT_PORT), describe: tx('servePort') })
      .option('open', { type: 'boolean', describe: tx('serveOpen') })
      .example('$0 serve meeting.yaml', tx('serveExample'))
      .epilog(tx('serveEpilog')),
  handler: async (args) => {
    const dir = process.cwd();
    const name = args.data === undefined ? undefined : path.relative(dir, path.resolve(dir, args.data));
    if (name !== undefined && (name.startsWith('..') || path.isAbsolute(name) || name.includes(path.sep))) {
      throw new SarabanError(tx('serveOutside', { file: args.data ?? '' }));
    }
    const port = args.port ?? DEFAULT_PORT;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SarabanError(tx('servePortBad', { port: String(args.port) }));
    const { startServer } = await import('../serve/server.js');
    const start = (p: number) => startServer({ dir, file: name, port: p, lang: args.lang });
    // The usual port taken (another folder's editor, double-clicked): any free one, unless --port named it.
    const server = await start(port)
      .catch((e: NodeJS.ErrnoException) => (e.code === 'EADDRINUSE' && args.port === undefined ? start(0) : Promise.reject(e)))
      .catch((e: NodeJS.ErrnoException) => {
        throw e.code === 'EADDRINUSE' ? new SarabanError(tx('servePortBusy', { port: String(port) })) : e;
      });
    process.stdout.write(`${tx('serveListening', { url: server.link, dir })}\n`);
    const opener = args.open ? openBrowser(server.link, tx('serveOpenPage')) : undefined;
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(() => opener?.remove()).then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
});

/**
 * Opens the tokened address in the browser without putting the token on a command line, which
 * every account of the computer can read (ps, /proc/PID/cmdline): the browser is given a page in
 * a folder of the user's own (0700), which forwards to the address. Removed when the editor stops.
 */
function openBrowser(link: string, text: string): { remove(): void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'saraban-open-'));
  const file = path.join(folder, 'open.html');
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  writeFileAtomic(file, `<!doctype html>\n<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${esc(link)}"><title>saraban</title></head>\n<body><p><a href="${esc(link)}">${esc(text)}</a></p></body></html>\n`);
  const target = pathToFileURL(file).href;
  const [cmd, ...rest] = process.platform === 'darwin' ? ['open'] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""'] : ['xdg-open'];
  spawn(cmd!, [...rest, target], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  return { remove: () => rmSync(folder, { recursive: true, force: true }) };
}
