// `saraban serve [data.yaml]`: the local web editor (src/serve/server.ts), bound to 127.0.0.1, for
// the data files of the folder it is started in. Prints the address; --open launches the browser.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { SarabanError } from '../errors.js';

interface ServeArgs {
  data?: string;
  port: number;
  open?: boolean;
}

export const serveCommand = (tx: Texts): CommandModule<object, ServeArgs> => ({
  command: 'serve [data]',
  describe: tx('serveDescribe'),
  builder: (y) =>
    y
      .positional('data', { type: 'string', describe: tx('serveData') })
      .option('port', { alias: 'p', type: 'number', default: 4173, describe: tx('servePort') })
      .option('open', { type: 'boolean', describe: tx('serveOpen') })
      .example('$0 serve meeting.yaml', tx('serveExample'))
      .epilog(tx('serveEpilog')),
  handler: async (args) => {
    const dir = process.cwd();
    const name = args.data === undefined ? undefined : path.relative(dir, path.resolve(dir, args.data));
    if (name !== undefined && (name.startsWith('..') || path.isAbsolute(name) || name.includes(path.sep))) {
      throw new SarabanError(tx('serveOutside', { file: args.data ?? '' }));
    }
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new SarabanError(tx('servePortBad', { port: String(args.port) }));
    const { startServer } = await import('../serve/server.js');
    const server = await startServer({ dir, file: name, port: args.port, lang: tx.lang }).catch((e: NodeJS.ErrnoException) => {
      throw e.code === 'EADDRINUSE' ? new SarabanError(tx('servePortBusy', { port: String(args.port) })) : e;
    });
    process.stdout.write(`${tx('serveListening', { url: server.url, dir })}\n`);
    if (args.open) openBrowser(server.url);
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
});

function openBrowser(url: string): void {
  const [cmd, ...rest] = process.platform === 'darwin' ? ['open'] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""'] : ['xdg-open'];
  spawn(cmd!, [...rest, url], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}
