// Modules the libraries load but saraban does not use wait until used (src/runtime/deferred.ts): a render
// never loads them, and a program that does use one gets the real module through the stand-in.
// Each case runs in a fresh process on the built library (dist/), as the command line does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, ROOT } from '../helpers.js';

beforeAll(() => buildIfStale(), 180_000);

/** Runs an ES module script (dist/ and the data reached through ROOT) and returns its JSON. */
function run(script: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

const LOADED = `
const loaded = (re) => Object.keys(require.cache).filter((f) => re.test(f)).length;
const require = (await import('node:module')).createRequire(import.meta.url);
`;

describe('deferred modules', () => {
  it('a render of the example loads no encryption, no WOFF2 decoder, no SVG parser and no other language of zod', () => {
    const out = run(`
      ${LOADED}
      const { renderDataFile } = await import(${JSON.stringify(path.join(ROOT, 'dist/pipeline/render.js'))});
      const os = await import('node:os'); const fs = await import('node:fs');
      const dir = fs.mkdtempSync(os.tmpdir() + '/saraban-deferred-');
      await renderDataFile('data/trat-pmqa-2564.yaml', { outDir: dir });
      fs.rmSync(dir, { recursive: true, force: true });
      console.log(JSON.stringify({
        noble: loaded(/@noble[\\/]ciphers[\\/]_polyval/),
        brotli: loaded(/brotli[\\/]dec[\\/]dictionary/),
        locales: loaded(/zod[\\/]v4[\\/]locales[\\/](de|th|ja)\\.cjs$/),
        xmldoc: loaded(/node_modules[\\/]sax[\\/]/),
        pdfkit: loaded(/pdfkit[\\/]js[\\/]pdfkit\\.js$/),
      }));
    `);
    expect(out).toEqual({ noble: 0, brotli: 0, locales: 0, xmldoc: 0, pdfkit: 1 });
  });

  it('gives the real module to what uses it: WOFF2 decompression, AES, SVG, zod in another language', () => {
    const out = run(`
      ${LOADED}
      await import(${JSON.stringify(path.join(ROOT, 'dist/writers/pdf/index.js'))});
      const { z, ZOD_DEFERRED } = await import(${JSON.stringify(path.join(ROOT, 'dist/data/zod.js'))});
      const { PDF_DEFERRED } = await import(${JSON.stringify(path.join(ROOT, 'dist/writers/pdf/preload.js'))});
      const before = loaded(/brotli[\\/]dec[\\/]dictionary/) + loaded(/@noble[\\/]ciphers[\\/]_polyval/);
      // The stand-ins, as the libraries hold them.
      const files = [...PDF_DEFERRED, ...ZOD_DEFERRED].map((d) => ({ d, file: d.from.resolve(d.request) }));
      const held = files.map(({ file }) => require.cache[file].exports);
      const zlib = await import('node:zlib');
      const text = Buffer.from('สารบรรณ '.repeat(500));
      const decompress = held[files.findIndex(({ d }) => d.request.startsWith('brotli'))];
      const unpacked = Buffer.from(decompress(zlib.brotliCompressSync(text)));
      const aes = held[files.findIndex(({ d }) => d.request === '@noble/ciphers/aes')];
      const key = new Uint8Array(16).fill(7);
      const sealed = aes.ecb(key).encrypt(new Uint8Array(16).fill(1));
      const opened = aes.ecb(key).decrypt(sealed);
      const xmldoc = held[files.findIndex(({ d }) => d.request === 'xmldoc')];
      const svg = new xmldoc.XmlDocument('<svg width="2"/>').attr.width;
      const message = z.string().safeParse(1, { error: z.locales.de().localeError }).error?.issues[0]?.message;
      // Once used, the real module is in require's cache, and its __esModule flag is the stand-in's.
      const flags = files.map(({ d, file }) => require.cache[file].exports.__esModule === (d.esModule || undefined));
      console.log(JSON.stringify({ before, same: unpacked.equals(text), aes: Array.from(opened).every((b) => b === 1), svg, message, flags: flags.every(Boolean) }));
    `);
    expect(out.before).toBe(0);
    expect(out.same).toBe(true);
    expect(out.aes).toBe(true);
    expect(out.svg).toBe('2');
    expect(out.message).toMatch(/Ungültige Eingabe/);
    expect(out.flags).toBe(true);
  });
});
