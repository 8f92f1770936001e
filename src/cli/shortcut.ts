// `saraban shortcut [folder]`: the double-click way to start the editor in a folder of meetings.
// It writes the launchers shipped in launchers/ into the folder: saraban-editor.cmd (Windows:
// double-click it), saraban-editor.sh and saraban-editor.desktop (Linux: a desktop launcher), each
// starting `saraban serve --open` in that folder. Never over a file without --force.
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { SarabanError } from '../messages/errors.js';
import { writeFileAtomic } from '../io/output.js';
import { PACKAGE_ROOT } from '../io/paths.js';

export const LAUNCHERS = ['saraban-editor.cmd', 'saraban-editor.sh', 'saraban-editor.desktop'] as const;
const LAUNCHERS_DIR = path.join(PACKAGE_ROOT, 'launchers');

interface ShortcutArgs {
  folder?: string;
  force?: boolean;
}

/** The launchers' texts for a folder: Windows' with CRLF line ends, the desktop file naming the folder. */
export function launcherTexts(folder: string): Record<(typeof LAUNCHERS)[number], string> {
  const read = (name: string) => readFileSync(path.join(LAUNCHERS_DIR, name), 'utf8');
  return {
    'saraban-editor.cmd': read('saraban-editor.cmd').replace(/\r?\n/g, '\r\n'),
    'saraban-editor.sh': read('saraban-editor.sh'),
    'saraban-editor.desktop': read('saraban-editor.desktop').replaceAll('{folder}', folder),
  };
}

export const shortcutCommand = (tx: Texts): CommandModule<object, ShortcutArgs> => ({
  command: 'shortcut [folder]',
  describe: tx('shortcutDescribe'),
  builder: (y) =>
    y
      .positional('folder', { type: 'string', describe: tx('shortcutFolder') })
      .option('force', { type: 'boolean', describe: tx('shortcutForce') })
      .example('$0 shortcut ~/ประชุม', tx('shortcutExample')),
  handler: (args) => {
    const folder = path.resolve(args.folder ?? '.');
    mkdirSync(folder, { recursive: true });
    const texts = launcherTexts(folder);
    for (const name of LAUNCHERS) {
      const target = path.join(folder, name);
      if (existsSync(target) && !args.force) throw new SarabanError(tx('shortcutExists', { file: target }));
    }
    for (const name of LAUNCHERS) {
      const target = path.join(folder, name);
      writeFileAtomic(target, texts[name]);
      if (!name.endsWith('.cmd')) chmodSync(target, 0o755);
      process.stdout.write(`${target}\n`);
    }
    process.stdout.write(`${tx('shortcutDone', { folder })}\n`);
  },
});
