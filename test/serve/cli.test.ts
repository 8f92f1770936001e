// `saraban serve` as a user starts it: the compiled CLI in a child process (dist/, built by
// `npm ci`/`npm run build`), in the folder of the data file; it prints its address with its key
// and serves the editor there to whoever opens it; --open gives the browser the key without
// putting it on a command line; a file outside the folder is refused before anything listens.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-serve-cli-'));
const BIN = path.join(ROOT, 'bin/saraban.js');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('saraban serve (the command)', () => {
  /** Starts `saraban serve` and waits for the address it prints (with its key). */
  async function serve(extra: string[] = [], env: NodeJS.ProcessEnv = process.env) {
    const start = () => {
      const child = spawn(process.execPath, [BIN, 'serve', 'meeting.yaml', '--port', '0', '--lang', 'en', ...extra], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const link = new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+\/\?k=[\w-]+/.exec(out);
          if (m) resolve(m[0]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
        setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
      });
      return { child, link };
    };
    // dist/ may be being recompiled by the end-to-end tests in the other worker: one more try then.
    let { child, link: pending } = start();
    const link = await pending.catch(() => {
      ({ child, link: pending } = start());
      return pending;
    });
    const stop = async () => {
      child.kill('SIGINT');
      return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    };
    return { link, url: link.replace(/\?.*/, ''), stop };
  }

  it('prints the address on 127.0.0.1 with its key, serves the editor to whoever opens it, and stops on Ctrl+C', async () => {
    writeFileSync(path.join(dir, 'meeting.yaml'), 'meeting:\n  title: ประชุมประจำเดือน\n');
    const { link, url, stop } = await serve();
    try {
      expect((await fetch(url)).status).toBe(403);
      const opened = await fetch(link, { redirect: 'manual' });
      expect(opened.status).toBe(303);
      const cookie = opened.headers.get('set-cookie')!.split(';')[0]!;
      const page = await fetch(url, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<meta name="saraban-file" content="meeting.yaml">');
      const data = (await (await fetch(`${url}api/data?file=meeting.yaml`, { headers: { cookie } })).json()) as { data: unknown };
      expect(data.data).toEqual({ meeting: { title: 'ประชุมประจำเดือน' } });
    } finally {
      expect(await stop()).toBe(0);
    }
  }, 30_000);

  it('--open hands the browser a private page that forwards to the address: the key is on no command line', async () => {
    writeFileSync(path.join(dir, 'meeting.yaml'), 'meeting:\n  title: ประชุมประจำเดือน\n');
    // A browser opener that notes what it was given (and what another account could see of it).
    const bin = path.join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    const noted = path.join(dir, 'opened.txt');
    writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$*" > ${JSON.stringify(noted)}\n`);
    chmodSync(path.join(bin, 'xdg-open'), 0o755);
    const { link, stop } = await serve(['--open'], { ...process.env, PATH: `${bin}:${process.env.PATH}` });
    let opened = '';
    try {
      for (let i = 0; i < 100 && !existsSync(noted); i++) await new Promise((r) => setTimeout(r, 50));
      const argv = readFileSync(noted, 'utf8').trim();
      expect(argv).toMatch(/^file:\/\/.*\.html$/);
      expect(argv).not.toContain(link.replace(/.*\?k=/, ''));
      opened = fileURLToPath(argv);
      expect(readFileSync(opened, 'utf8')).toContain(`<meta http-equiv="refresh" content="0;url=${link}">`);
      expect(statSync(path.dirname(opened)).mode & 0o777).toBe(0o700);
      const other = spawnSync('runuser', ['-u', 'nobody', '--', 'cat', opened], { encoding: 'utf8' });
      expect(other.status).not.toBe(0);
      expect(other.stdout).toBe('');
    } finally {
      expect(await stop()).toBe(0);
    }
    expect(existsSync(path.dirname(opened))).toBe(false); // gone with the editor
  }, 30_000);

  it('refuses a data file outside its folder, and explains --help', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve', '../elsewhere.yaml', '--lang', 'th'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('แก้ไขได้เฉพาะไฟล์ในโฟลเดอร์ที่สั่งงาน');
    const help = spawnSync(process.execPath, [BIN, 'serve', '--help', '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(help.stdout).toContain('Listens on 127.0.0.1 only');
  });
});
