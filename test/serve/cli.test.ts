// `saraban serve` as a user starts it: the compiled CLI in a child process (dist/, built by
// `npm ci`/`npm run build`), in the folder of the data file; it prints its address and serves
// the editor there; a file outside the folder is refused before anything listens.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-serve-cli-'));
const BIN = path.join(ROOT, 'bin/saraban.js');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('saraban serve (the command)', () => {
  it('prints the address on 127.0.0.1, serves the editor, and stops on Ctrl+C', async () => {
    writeFileSync(path.join(dir, 'meeting.yaml'), 'meeting:\n  title: ประชุมประจำเดือน\n');
    const start = () => {
      const child = spawn(process.execPath, [BIN, 'serve', 'meeting.yaml', '--port', '0', '--lang', 'en'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      const url = new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (m) resolve(m[0]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
        setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
      });
      return { child, url };
    };
    // dist/ may be being recompiled by the end-to-end tests in the other worker: one more try then.
    let { child, url: pending } = start();
    const url = await pending.catch(() => {
      ({ child, url: pending } = start());
      return pending;
    });
    try {
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<meta name="saraban-file" content="meeting.yaml">');
      const data = (await (await fetch(`${url}api/data?file=meeting.yaml`)).json()) as { data: unknown };
      expect(data.data).toEqual({ meeting: { title: 'ประชุมประจำเดือน' } });
    } finally {
      child.kill('SIGINT');
    }
    expect(await new Promise((resolve) => child.on('exit', (code) => resolve(code)))).toBe(0);
  }, 30_000);

  it('refuses a data file outside its folder, and explains --help', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve', '../elsewhere.yaml', '--lang', 'th'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('แก้ไขได้เฉพาะไฟล์ในโฟลเดอร์ที่สั่งงาน');
    const help = spawnSync(process.execPath, [BIN, 'serve', '--help', '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(help.stdout).toContain('Listens on 127.0.0.1 only');
  });
});
