// Data and templates cannot reach files outside their folders or the network, cannot inject
// HTML, and cannot reach JavaScript prototypes through Handlebars; a failed run loses no file.
import { mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDataFile } from '../../src/pipeline/render.js';
import { loadAndValidate, prepareTemplate, buildDocument } from '../../src/pipeline/documents.js';
import { SarabanError } from '../../src/messages/errors.js';
import '../../src/writers/index.js'; // sets pdfmake's access policies, wherever the PDF writer lives
import { edit, example, PNG_1x1, scratch } from './support.js';

async function newsWith(change: (t: string) => string, extra: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await scratch({ 'data.yaml': change(await example('news')), ...extra });
  return path.join(dir, 'data.yaml');
}

async function build(file: string, template: string) {
  const { loaded, data } = await loadAndValidate(file);
  return buildDocument(data, await prepareTemplate(template), path.dirname(loaded.file));
}

describe('safety', () => {
  it('escapes <script> and quotes in names all the way to the HTML file', async () => {
    const file = await newsWith((t) =>
      edit(edit(t, 'name: สมชาย', 'name: \'<script>alert("x")</script>\''), 'surname: ใจดี', 'surname: \'"><img src=x onerror=alert(1)>\''),
    );
    const out = path.join(path.dirname(file), 'out');
    await renderDataFile(file, { formats: ['html', 'txt'], outDir: out });
    const html = await readFile(path.join(out, 'data.news.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toMatch(/&quot;|&#34;|"&gt;&lt;img/);
    // The text file keeps the name as written.
    expect(await readFile(path.join(out, 'data.news.txt'), 'utf8')).toContain('<script>alert("x")</script>');
  });

  it('keeps Handlebars prototype access off', async () => {
    const template = '<document><p>[{{constructor.constructor}}][{{__proto__}}][{{constructor.name}}][{{meeting.__proto__.constructor}}]</p></document>';
    const file = await newsWith((t) => edit(t, 'documents: [news]', 'documents: [evil.hbs]'), { 'evil.hbs': template });
    const doc = await build(file, path.join(path.dirname(file), 'evil.hbs'));
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', content: [{ kind: 'text', text: '[][][][]' }] });
  });

  it('turns a call through a prototype into a clean error or nothing', async () => {
    const template = '<document><p>{{#with "x"}}{{constructor.constructor "return process"}}{{/with}}</p></document>';
    const file = await newsWith((t) => t, { 'evil.hbs': template });
    const outcome = await build(file, path.join(path.dirname(file), 'evil.hbs')).then(
      (doc) => JSON.stringify(doc.blocks),
      (e: unknown) => e,
    );
    if (typeof outcome === 'string') expect(outcome).not.toContain('process');
    else expect(outcome).toBeInstanceOf(SarabanError);
  });

  it('reads images only inside the data folder or the template folders, following links', async () => {
    const dir = await scratch({ 'outside/secret.png': PNG_1x1, 'data/logo.png': PNG_1x1, 'data/data.yaml': await example('news') });
    await symlink(path.join(dir, 'outside/secret.png'), path.join(dir, 'data/link.png'));
    const tpl = (src: string) => `<document><image src="${src}"/></document>`;
    await writeFile(path.join(dir, 'data/ok.hbs'), tpl('logo.png'));
    await writeFile(path.join(dir, 'data/abs.hbs'), tpl(path.join(dir, 'outside/secret.png')));
    await writeFile(path.join(dir, 'data/up.hbs'), tpl('../outside/secret.png'));
    await writeFile(path.join(dir, 'data/link.hbs'), tpl('link.png'));
    const file = path.join(dir, 'data/data.yaml');
    expect((await build(file, path.join(dir, 'data/ok.hbs'))).blocks[0]).toMatchObject({ kind: 'image' });
    for (const t of ['abs', 'up', 'link']) {
      await expect(build(file, path.join(dir, `data/${t}.hbs`)), t).rejects.toMatchObject({ key: 'image-outside' });
    }
  });

  it('does not let documents: in the data reach template files outside its folder', async () => {
    const dir = await scratch({ 'secret.hbs': '<document><p>secret</p></document>', 'data/data.yaml': edit(await example('news'), 'documents: [news]', 'documents: [../secret.hbs]') });
    await expect(renderDataFile(path.join(dir, 'data/data.yaml'), { formats: ['txt'], outDir: path.join(dir, 'out') })).rejects.toMatchObject({ key: 'unsafe-template-path' });
  });

  it('accepts a template in the data file\'s folder whose name starts with two dots', async () => {
    const dir = await scratch({ 'data/..mine.hbs': '<document><p>ของเรา</p></document>', 'data/data.yaml': edit(await example('news'), 'documents: [news]', 'documents: [..mine.hbs]') });
    const files = await renderDataFile(path.join(dir, 'data/data.yaml'), { formats: ['txt'], outDir: path.join(dir, 'out') });
    expect(await readFile(files[0]!.file, 'utf8')).toBe('ของเรา\n');
  });

  it('resolves template paths in documents: against the data file\'s folder', async () => {
    const dir = await scratch({ 'data/mine.hbs': '<document><p>ของเรา</p></document>', 'data/data.yaml': edit(await example('news'), 'documents: [news]', 'documents: [mine.hbs]') });
    const files = await renderDataFile(path.join(dir, 'data/data.yaml'), { formats: ['txt'], outDir: path.join(dir, 'out') });
    expect(await readFile(files[0]!.file, 'utf8')).toBe('ของเรา\n');
  });

  it('pdfmake fetches no URL and reads no local file', async () => {
    // The PDF writer sets pdfmake's access policies when it is loaded (on the first PDF: writers are
    // imported on use), and it is the only module that uses pdfmake.
    await import('../../src/writers/pdf/index.js');
    const require = createRequire(import.meta.url);
    const pdfmake = require('pdfmake') as {
      setFonts(f: unknown): void;
      virtualfs: { writeFileSync(name: string, data: Buffer): void };
      createPdf(d: unknown): { getBuffer(): Promise<Buffer> };
    };
    // The font through pdfmake's virtual file system: it may not open even a font file by name.
    pdfmake.virtualfs.writeFileSync('t.woff', await readFile(require.resolve('@fontsource/sarabun/files/sarabun-latin-400-normal.woff')));
    pdfmake.setFonts({ T: { normal: 't.woff', bold: 't.woff', italics: 't.woff', bolditalics: 't.woff' } });
    const make = (image: string) => pdfmake.createPdf({ content: [{ text: 'x' }, { image }], defaultStyle: { font: 'T' } }).getBuffer();
    await expect(make(`data:image/png;base64,${PNG_1x1.toString('base64')}`)).resolves.toBeInstanceOf(Buffer);
    await expect(make('https://example.invalid/logo.png')).rejects.toThrow(/access policy/);
    await expect(make(path.resolve('test/errors/support.ts'))).rejects.toThrow(/access policy/);
  });
});

describe('nothing lost', () => {
  async function snapshot(dir: string) {
    const out: Record<string, string> = {};
    for (const f of await readdir(dir)) out[f] = `${(await stat(path.join(dir, f))).mtimeMs}:${await readFile(path.join(dir, f), 'utf8')}`;
    return out;
  }

  it('a run that fails in its second document leaves out/ as it was', async () => {
    const dir = await scratch({ 'data.yaml': await example('news'), 'bad.hbs': '<document><p>ไม่ปิด</document>' });
    const out = path.join(dir, 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'data.news.txt'), 'ฉบับเดิม\n');
    await writeFile(path.join(out, 'other.txt'), 'ไฟล์อื่น\n');
    const before = await snapshot(out);
    await expect(renderDataFile(path.join(dir, 'data.yaml'), { templates: ['news', path.join(dir, 'bad.hbs')], formats: ['txt', 'html'], outDir: out })).rejects.toBeInstanceOf(SarabanError);
    const badData = path.join(dir, 'broken.yaml');
    await writeFile(badData, edit(await example('news'), 'date: 2021-08-30', 'date: 2021-02-30'));
    await expect(renderDataFile(badData, { formats: ['txt'], outDir: out })).rejects.toBeInstanceOf(SarabanError);
    expect(await snapshot(out)).toEqual(before);
  });
});
