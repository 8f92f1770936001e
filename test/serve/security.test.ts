// `saraban serve` guarded as a local app: a foreign Host header (DNS rebinding), a request without
// the per-run token (neither the cookie its printed address sets nor the header), a state change
// without the token's header (or from another origin), and a path outside the folder are each
// refused; no answer carries a CORS header; nothing outside the folder is read or written; a save
// keeps the file's mode and owner.
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { startServer, tokenCookie, type RunningServer } from '../../src/serve/server.js';
import { buildWeb } from '../../src/build/web.js';

const root = mkdtempSync(path.join(tmpdir(), 'saraban-serve-sec-'));
const dir = path.join(root, 'office');
const SECRET = 'meeting: { title: ความลับนอกโฟลเดอร์ }\n';
let server: RunningServer;
/** The Cookie header of the browser that opened the printed address. */
let cookie: string;

beforeAll(async () => {
  mkdirSync(dir);
  writeFileSync(path.join(root, 'outside.yaml'), SECRET);
  writeFileSync(path.join(root, 'outside.csv'), 'ชื่อ\nความลับ\n');
  writeFileSync(path.join(dir, 'meeting.yaml'), '# คำอธิบาย\nmeeting:\n  title: ประชุมประจำเดือน\n');
  symlinkSync(path.join(root, 'outside.yaml'), path.join(dir, 'link.yaml'));
  buildWeb(); // the page's scripts, from web/*.ts
  server = await startServer({ dir, file: 'meeting.yaml', port: 0, lang: 'en' });
  const opened = await send('GET', new URL(server.link).pathname + new URL(server.link).search);
  cookie = String(opened.headers['set-cookie']).split(';')[0]!;
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so that the Host and Origin headers are exactly what a test says. */
function send(method: string, url: string, options: { host?: string; token?: string; cookie?: string; origin?: string; body?: unknown } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: options.host ?? `127.0.0.1:${server.port}` };
    if (options.token !== undefined) headers['X-Saraban-Token'] = options.token;
    if (options.cookie !== undefined) headers.Cookie = options.cookie;
    if (options.origin !== undefined) headers.Origin = options.origin;
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    if (body) headers['Content-Type'] = 'application/json';
    const req = request({ host: '127.0.0.1', port: server.port, method, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs a script as another account of this computer (nobody), against this server. */
function asNobody(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('runuser', ['-u', 'nobody', '--', process.execPath, '--input-type=module', '-e', script], { cwd: '/', encoding: 'utf8' }, (e, stdout, stderr) => (e ? reject(new Error(`${e.message}\n${stderr}`)) : resolve(stdout)));
  });
}

const saveBody = { file: 'meeting.yaml', data: { meeting: { title: 'เปลี่ยนโดยผู้อื่น' } } };

describe('saraban serve: a local app guarded as one', () => {
  it('listens on 127.0.0.1 only, and serves its page to its own Host', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await send('GET', '/', { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain(server.token);
    expect((await send('GET', '/', { host: `localhost:${server.port}`, cookie })).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding): no page, no token, no data', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, `127.0.0.1.evil.example:${server.port}`]) {
      const page = await send('GET', '/', { host, cookie });
      expect(page.status, host).toBe(421);
      expect(page.body).not.toContain(server.token);
      const data = await send('GET', '/api/data?file=meeting.yaml', { host, cookie });
      expect(data.status).toBe(421);
      expect(data.body).not.toContain('ประชุมประจำเดือน');
    }
    // Even with the token, a foreign Host changes nothing.
    expect((await send('POST', '/api/save', { host: 'evil.example', token: server.token, body: saveBody })).status).toBe(421);
    expect(readFileSync(path.join(dir, 'meeting.yaml'), 'utf8')).toContain('ประชุมประจำเดือน');
  });

  it('refuses a state change without the token, with a wrong one, or from another origin', async () => {
    const before = readFileSync(path.join(dir, 'meeting.yaml'), 'utf8');
    for (const [name, options] of [
      ['no token', {}],
      ['the cookie but no token header', { cookie }],
      ['wrong token', { token: 'x'.repeat(server.token.length) }],
      ['short token', { token: server.token.slice(1) }],
      ['foreign origin', { token: server.token, origin: 'https://evil.example' }],
    ] as const) {
      for (const url of ['/api/save', '/api/preview', '/api/download']) {
        const answer = await send('POST', url, { ...options, body: { ...saveBody, template: 'minutes', format: 'txt' } });
        expect(answer.status, `${name} ${url}`).toBe(403);
      }
    }
    expect(readFileSync(path.join(dir, 'meeting.yaml'), 'utf8')).toBe(before);
    // Other methods change nothing either.
    expect((await send('PUT', '/api/save', { token: server.token, body: saveBody })).status).toBe(405);
    expect((await send('DELETE', '/api/data?file=meeting.yaml', { token: server.token })).status).toBe(405);
  });

  it('refuses a path outside its folder, to read or to write, links followed', async () => {
    for (const file of ['../outside.yaml', path.join(root, 'outside.yaml'), 'link.yaml']) {
      const read = await send('GET', `/api/data?file=${encodeURIComponent(file)}`, { cookie });
      expect(read.status, file).toBeGreaterThanOrEqual(400);
      expect(read.body).not.toContain('ความลับ');
    }
    expect((await send('GET', `/api/data?file=${encodeURIComponent('../outside.yaml')}`, { cookie })).status).toBe(403);
    expect((await send('GET', '/api/data?file=link.yaml', { cookie })).status).toBe(403);
    for (const file of ['../outside.yaml', 'link.yaml', '../new.yaml', 'sub/new.yaml', '/tmp/new.yaml', 'meeting.txt']) {
      const write = await send('POST', '/api/save', { token: server.token, body: { file, data: { meeting: { title: 'x' } } } });
      expect(write.status, file).toBeGreaterThanOrEqual(400);
    }
    for (const file of ['../outside.csv', path.join(root, 'outside.csv')]) {
      const table = await send('GET', `/api/table?file=${encodeURIComponent(file)}`, { cookie });
      expect(table.status, file).toBe(403);
      expect(table.body).not.toContain('ความลับ');
    }
    expect(readFileSync(path.join(root, 'outside.yaml'), 'utf8')).toBe(SECRET);
    expect(existsSync(path.join(root, 'new.yaml'))).toBe(false);
    // Its own assets only: no path leads out of them.
    for (const url of ['/app/../package.json', '/app/%2e%2e/%2e%2e/package.json', '/fonts/..%2F..%2Fpackage.json', '/app/server.ts', '/outside.yaml']) {
      expect((await send('GET', url, { cookie })).status, url).toBe(404);
    }
    expect((await send('GET', '/app/app.js')).status).toBe(200);
    expect((await send('GET', '/fonts/sarabun-thai-400-normal.woff2')).headers['content-type']).toBe('font/woff2');
  });

  it('sends no CORS header, and only built-in templates are rendered', async () => {
    const answers = [
      await send('GET', '/api/form', { origin: 'https://evil.example', cookie }),
      await send('POST', '/api/preview', { token: server.token, body: { data: {}, template: 'minutes' } }),
    ];
    for (const a of answers) expect(Object.keys(a.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const custom = await send('POST', '/api/preview', { token: server.token, body: { data: {}, template: '../outside.hbs' } });
    expect(custom.status).toBe(400);
  });

  it('a new file is created in the folder itself, on save, with the token', async () => {
    const answer = await send('POST', '/api/save', { token: server.token, body: { file: 'new.yaml', data: { meeting: { title: 'ประชุมใหม่' } } } });
    expect(answer.status).toBe(200);
    expect(readFileSync(path.join(dir, 'new.yaml'), 'utf8')).toBe('meeting:\n  title: ประชุมใหม่\n');
  });

  it('states problems with the words of `saraban validate` (here --lang en), field by field', async () => {
    const data = { meeting: { title: 'ประชุม', date: '2564-02-30', start: '25.00' } };
    const answer = await send('POST', '/api/preview', { token: server.token, body: { data, template: 'news' } });
    const { problems } = JSON.parse(answer.body) as { problems: { path: (string | number)[]; message: string; todo?: string; where?: string; at?: unknown }[] };
    // The sections the news needs and the form has not reached yet are listed by their fields to
    // fill in (issue 26), each in validate's words.
    const missing = validate(data, { templates: ['news'], lang: 'en' });
    expect(missing.ok ? [] : missing.problems.filter((p) => p.key === 'missing-section').map((p) => p.field)).toEqual(['agency', 'news']);
    const expected = validate({ ...data, agency: {}, news: {} }, { templates: ['news'], lang: 'en' });
    expect(expected.ok).toBe(false);
    // The editor adds what to do and where, in the form's words; the problem itself is validate's.
    expect(problems.map(({ todo: _todo, where: _where, at: _at, ...p }) => p)).toEqual(expected.ok ? [] : JSON.parse(JSON.stringify(expected.problems)));
    expect(problems.find((p) => p.path?.join('.') === 'meeting.date')!.where).toBe('the meeting › date of the meeting');
    expect(problems.filter((p) => p.path?.[0] === 'meeting').map((p) => p.path.join('.'))).toEqual(['meeting.date', 'meeting.start', 'meeting.venue']);
    expect(problems.find((p) => p.path?.join('.') === 'meeting.date')!.message).toBe('the date 2564-02-30 does not exist');
  });

  it('does not overwrite a file another program changed since the page opened it', async () => {
    const opened = JSON.parse((await send('GET', '/api/data?file=meeting.yaml', { cookie })).body) as { version: string; data: unknown };
    writeFileSync(path.join(dir, 'meeting.yaml'), '# แก้จากโปรแกรมอื่น\nmeeting:\n  title: ประชุมประจำเดือน\n  venue: ห้องประชุมใหญ่\n');
    const body = { file: 'meeting.yaml', version: opened.version, data: { meeting: { title: 'ประชุมพิเศษ' } } };
    const refused = await send('POST', '/api/save', { token: server.token, body });
    expect(refused.status).toBe(409);
    expect(readFileSync(path.join(dir, 'meeting.yaml'), 'utf8')).toContain('ห้องประชุมใหญ่');
    const forced = await send('POST', '/api/save', { token: server.token, body: { ...body, force: true } });
    expect(forced.status).toBe(200);
    expect(readFileSync(path.join(dir, 'meeting.yaml'), 'utf8')).toBe('# แก้จากโปรแกรมอื่น\nmeeting:\n  title: ประชุมพิเศษ\n');
  });

  it('a save writes through no link planted in the folder, at the old temporary names or at the file\'s own', async () => {
    for (let n = 0; n < 400; n++) symlinkSync(path.join(root, 'outside.yaml'), path.join(dir, `.sb-${process.pid}-${threadId}-${n}.tmp`));
    symlinkSync(path.join(root, 'outside.yaml'), path.join(dir, 'planted.yaml'));
    for (const file of ['meeting.yaml', 'fresh.yaml']) {
      const answer = await send('POST', '/api/save', { token: server.token, body: { file, data: { meeting: { title: 'บันทึกแล้ว' } }, force: true } });
      expect(answer.status, file).toBe(200);
      expect(lstatSync(path.join(dir, file)).isFile()).toBe(true);
    }
    // A link leading out of the folder is refused, not replaced.
    expect((await send('POST', '/api/save', { token: server.token, body: { file: 'planted.yaml', data: { meeting: { title: 'x' } } } })).status).toBe(403);
    expect(readFileSync(path.join(root, 'outside.yaml'), 'utf8')).toBe(SECRET);
    for (const name of readdirSync(dir).filter((f) => f.startsWith('.sb-'))) rmSync(path.join(dir, name));
    rmSync(path.join(dir, 'planted.yaml'));
  });

  it('a save keeps the file\'s mode and owner, though the server runs as root', async () => {
    const file = path.join(dir, 'private.yaml');
    writeFileSync(file, 'meeting:\n  title: ของเจ้าของ\n');
    chownSync(file, 65534, 65534);
    chmodSync(file, 0o600);
    const answer = await send('POST', '/api/save', { token: server.token, body: { file: 'private.yaml', data: { meeting: { title: 'แก้แล้ว' } } } });
    expect(answer.status).toBe(200);
    const s = statSync(file);
    expect([s.mode & 0o7777, s.uid, s.gid]).toEqual([0o600, 65534, 65534]);
    expect(readFileSync(file, 'utf8')).toBe('meeting:\n  title: แก้แล้ว\n');
  });
});

describe('saraban serve: the token reaches only whoever started it', () => {
  const DATA_ROUTES = ['/', '/api/form', '/api/files', '/api/data?file=meeting.yaml', '/api/table?file=outside.csv', '/api/nothing'];

  it('without the cookie or the token, a short page says where to open it, and no route shows data', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(403);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('open the full address (with ?k=…) printed in the terminal');
    for (const url of DATA_ROUTES) {
      for (const options of [{}, { cookie: `${tokenCookie(server.port)}=${'x'.repeat(server.token.length)}` }, { cookie: `saraban=${server.token.slice(1)}` }]) {
        const answer = await send('GET', url, options);
        expect(answer.status, url).toBe(403);
        expect(answer.body).not.toContain(server.token);
        expect(answer.body).not.toContain('ประชุม');
        expect(answer.body).not.toContain('meeting.yaml');
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
    }
    // Its own scripts and fonts hold no data, and need nothing.
    expect((await send('GET', '/app/app.js')).status).toBe(200);
  });

  it('the printed address sets an HttpOnly, SameSite=Strict cookie and leads to the clean address; a wrong key sets nothing', async () => {
    expect(server.link).toBe(`${server.url}?k=${server.token}`);
    const opened = await send('GET', `/?k=${server.token}`);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/');
    expect(opened.headers['set-cookie']).toEqual([`${tokenCookie(server.port)}=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
    expect(opened.body).not.toContain(server.token);
    for (const k of ['', 'x'.repeat(server.token.length), server.token.slice(1), `${server.token}x`]) {
      const wrong = await send('GET', `/?k=${encodeURIComponent(k)}`);
      expect(wrong.status, k).toBe(403);
      expect(wrong.headers['set-cookie']).toBeUndefined();
      expect(wrong.body).not.toContain(server.token);
    }
    // With the cookie, or the token in the header, every route answers.
    for (const url of DATA_ROUTES.slice(0, 4)) {
      expect((await send('GET', url, { cookie })).status, url).toBe(200);
      expect((await send('GET', url, { token: server.token })).status, url).toBe(200);
    }
  });

  it('another account of this computer (runuser -u nobody) reads neither the token, nor the page, nor the data, and saves nothing', async () => {
    const file = path.join(dir, 'meeting.yaml');
    chmodSync(root, 0o700);
    chmodSync(dir, 0o700);
    chmodSync(file, 0o600);
    const before = readFileSync(file, 'utf8');
    const script = `
      import { readFileSync, readdirSync } from 'node:fs';
      const base = 'http://127.0.0.1:${server.port}';
      const out = { direct: null, answers: [], cmdlines: '' };
      try { out.direct = readFileSync(${JSON.stringify(file)}, 'utf8'); } catch (e) { out.direct = e.code; }
      // What other processes show every account: their command lines.
      for (const pid of readdirSync('/proc').filter((p) => /^\\d+$/.test(p))) {
        try { out.cmdlines += readFileSync('/proc/' + pid + '/cmdline', 'utf8') + '\\n'; } catch {}
      }
      const tries = [
        ['GET', '/'], ['GET', '/api/form'], ['GET', '/api/data?file=meeting.yaml'], ['GET', '/?k=guess'],
        ['POST', '/api/save', { file: 'meeting.yaml', data: { meeting: { title: 'เขียนทับโดยผู้อื่น' } } }],
        ['POST', '/api/preview', { data: {}, template: 'minutes' }],
      ];
      for (const [method, url, body] of tries) {
        const res = await fetch(base + url, { method, redirect: 'manual', headers: body ? { 'Content-Type': 'application/json', Origin: base } : {}, body: body ? JSON.stringify(body) : undefined });
        out.answers.push({ url, status: res.status, cookie: res.headers.get('set-cookie'), body: await res.text() });
      }
      console.log(JSON.stringify(out));`;
    const seen = JSON.parse(await asNobody(script)) as { direct: string; cmdlines: string; answers: { url: string; status: number; cookie: string | null; body: string }[] };
    expect(seen.direct).toBe('EACCES'); // the folder is closed to it: only the server could hand the file over
    expect(seen.cmdlines).not.toContain(server.token);
    for (const a of seen.answers) {
      expect(a.status, a.url).toBe(403);
      expect(a.cookie).toBeNull();
      expect(a.body).not.toContain(server.token);
      expect(a.body).not.toContain('ประชุม');
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
