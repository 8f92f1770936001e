// The editor's draft button (POST /api/news-draft, issue 30): the form's data comes back with the
// release drafted into it, as `saraban news-draft` drafts it into a file; the text the clerk has
// written is drafted over only when they say so; the route is guarded as every other one.
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-news-draft-'));
let server: RunningServer;
let cookie: string;

beforeAll(async () => {
  server = await startServer({ dir, port: 0, lang: 'en' });
  cookie = String((await post(new URL(server.link).pathname + new URL(server.link).search, undefined, 'GET')).headers['set-cookie']).split(';')[0]!;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function post(url: string, body: unknown, method = 'POST', token: string | undefined = server.token): Promise<{ status: number; headers: Record<string, unknown>; json: () => unknown }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${server.port}` };
    if (cookie) headers.Cookie = cookie;
    if (token) headers['X-Saraban-Token'] = token;
    const text = body === undefined ? undefined : JSON.stringify(body);
    if (text) headers['Content-Type'] = 'application/json';
    const req = request({ host: '127.0.0.1', port: server.port, method, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: () => JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

const sample = () => parse(readFileSync(path.join(ROOT, 'data/news/university-council.yaml'), 'utf8')) as { news: Record<string, unknown> };

describe('POST /api/news-draft', () => {
  it('returns the form\'s data with the lead, the points and the facts drafted', async () => {
    const r = await post('/api/news-draft', { data: sample() });
    expect(r.status).toBe(200);
    const { data } = r.json() as { data: { news: { lead: { text: string }; points: { text: string }[]; draft: { facts: { field: string }[] } } } };
    expect(data.news.lead.text).toMatch(/^เมื่อวันเสาร์ที่ 19 มกราคม 2562 เวลา 09\.00 น\. ศาสตราจารย์ ดร\.วิชัย เรืองวิทยา/);
    expect(data.news.points[0]!.text).toContain('ด้วยคะแนนเสียงเห็นชอบ 21 เสียง');
    expect(data.news.draft.facts.map((f) => f.field)).toContain('minutes.agenda.3.topics.0.votes.for');
  });

  it('does not draft over the clerk\'s text unless asked (409, then force)', async () => {
    const data = sample();
    (data.news.lead as Record<string, unknown>).text = 'ย่อหน้านำของผู้เขียน';
    expect((await post('/api/news-draft', { data })).status).toBe(409);
    const forced = await post('/api/news-draft', { data, force: true });
    expect((forced.json() as { data: { news: { lead: { text: string } } } }).data.news.lead.text).not.toBe('ย่อหน้านำของผู้เขียน');
  });

  it('says what keeps the data from being drafted, and needs the token', async () => {
    const r = await post('/api/news-draft', { data: { meeting: { title: 'ประชุม', start: '10.30' }, news: {} } });
    expect(r.status).toBe(422);
    expect((r.json() as { problems: { key: string }[] }).problems.map((p) => p.key)).toContain('news-without-date');
    expect((await post('/api/news-draft', { data: sample() }, 'POST', '')).status).toBe(403);
  });
});
