// `saraban serve` opens a saraban PDF/A as the data inside it: the form gets the embedded data,
// and saving writes the YAML file beside the PDF — never the PDF, which may be signed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, loadAndValidate, prepareTemplate } from '../../src/pipeline/documents.js';
import { archiveOf } from '../../src/archive/options.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { EXAMPLE } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-serve-pdf-'));
let server: RunningServer;
let pdfBytes: Buffer;

beforeAll(async () => {
  const { loaded, data } = await loadAndValidate(EXAMPLE);
  const template = await prepareTemplate('minutes');
  const doc = buildDocument(data, template, path.dirname(EXAMPLE));
  pdfBytes = Buffer.from(await writePdf({ ...doc, meta: { ...doc.meta, archive: archiveOf(loaded, data, 'minutes') } }));
  writeFileSync(path.join(dir, 'signed.pdf'), pdfBytes);
  server = await startServer({ dir, port: 0, lang: 'en', file: 'signed.pdf' });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = (url: string, body?: unknown) =>
  fetch(`${server.url.replace(/\/$/, '')}${url}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'X-Saraban-Token': server.token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe('saraban serve and a PDF/A', () => {
  it('opens the data inside the PDF, to be saved as the YAML beside it', async () => {
    const res = await api('/api/data?file=signed.pdf');
    expect(res.status).toBe(200);
    const out = (await res.json()) as { file: string; data: { meeting: { title: string } }; version: string };
    expect(out.file).toBe('signed.yaml');
    expect(out.data.meeting.title).toContain('ซักซ้อมเสมือนจริง');
    const saved = await api('/api/save', { file: out.file, data: out.data, version: out.version });
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(readFileSync(path.join(dir, 'signed.yaml'), 'utf8')).toContain('ซักซ้อมเสมือนจริง');
    expect(readFileSync(path.join(dir, 'signed.pdf')).equals(pdfBytes)).toBe(true);
  });

  it('never writes into the PDF', async () => {
    const res = await api('/api/save', { file: 'signed.pdf', data: { meeting: { title: 'x' } } });
    expect(res.status).toBe(400);
    expect(readFileSync(path.join(dir, 'signed.pdf')).equals(pdfBytes)).toBe(true);
  });
});
