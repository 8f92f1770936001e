// The table of every library internal saraban patches (src/runtime/patches.ts): each library is the
// version its patches were read against — an unknown version fails here, before it fails a clerk —
// and the speed-only patches turn off with SARABAN_OFF without changing the output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARIES, PATCHES, patchOff, uncheckedLibraries, type LibraryName } from '../../src/runtime/patches.js';
import { buildIfStale, ROOT } from '../helpers.js';

describe('the patched libraries', () => {
  it('are installed at the versions their patches were checked against', () => {
    expect(uncheckedLibraries()).toEqual([]);
  });

  it('an unknown version is reported, with the one checked', () => {
    const unknown = uncheckedLibraries((name: LibraryName) => (name === 'pdfkit' ? '0.20.0' : LIBRARIES[name].checked));
    expect(unknown).toEqual([{ library: 'pdfkit', installed: '0.20.0', checked: LIBRARIES.pdfkit.checked }]);
    expect(uncheckedLibraries((name) => (name === 'node' ? '22' : LIBRARIES[name].checked)).map((u) => u.library)).toEqual(['node']);
  });

  it('each patch names its module, its libraries and how to turn it off', () => {
    const ids = PATCHES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PATCHES) {
      for (const file of p.module.match(/src\/[\w/.-]+\.ts/g) ?? []) expect(existsSync(path.join(ROOT, file)), file).toBe(true);
      expect(p.module).toMatch(/^src\//);
      expect(p.libraries.length, p.id).toBeGreaterThan(0);
      if (p.switchable) expect(p.off, p.id).toContain(`SARABAN_OFF=${p.id}`);
      else expect(p.off, p.id).toMatch(/^cannot|^with /);
    }
  });

  it('SARABAN_OFF names patches by id, or all of them', () => {
    expect(patchOff('layout-cache', { SARABAN_OFF: 'style-cache, layout-cache' })).toBe(true);
    expect(patchOff('layout-cache', { SARABAN_OFF: 'style-cache' })).toBe(false);
    expect(patchOff('deferred', { SARABAN_OFF: 'all' })).toBe(true);
    expect(patchOff('code-cache', { SARABAN_CODE_CACHE: 'off' })).toBe(true);
    expect(patchOff('code-cache', {})).toBe(false);
  });
});

describe('SARABAN_OFF=all', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'saraban-patches-'));
  beforeAll(() => buildIfStale(), 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Renders the example's minutes PDF in a fresh process; says whether the deferred AES loaded. */
  const render = (name: string, env: Record<string, string>) => {
    const script = `
      const { renderDataFile } = await import(${JSON.stringify(path.join(ROOT, 'dist/pipeline/render.js'))});
      await renderDataFile('data/trat-pmqa-2564.yaml', { outDir: ${JSON.stringify(path.join(dir, name))}, formats: ['pdf'] });
      const require = (await import('node:module')).createRequire(import.meta.url);
      console.log(Object.keys(require.cache).some((f) => /@noble[\\\\/]ciphers[\\\\/]_polyval/.test(f)));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.trim().split('\n').at(-1) === 'true';
  };
  /** Each PDF's bytes, by name, without its dates (an object of their own) and file id. */
  const pdfOf = (name: string) =>
    Object.fromEntries(
      readdirSync(path.join(dir, name)).sort().map((f) => [f, readFileSync(path.join(dir, name, f), 'latin1').replace(/\(D:\d{14}[^)]*\)/g, '').replace(/\/ID\s*\[[^\]]*\]/g, '')]),
    );

  it('turns the speed patches off (the deferred modules load as the libraries ask) and the PDF is the same', () => {
    expect(render('on', {})).toBe(false);
    expect(render('off', { SARABAN_OFF: 'all' })).toBe(true);
    const on = pdfOf('on');
    expect(Object.keys(on).length).toBeGreaterThan(1);
    expect(pdfOf('off')).toEqual(on);
  }, 60_000);
});
