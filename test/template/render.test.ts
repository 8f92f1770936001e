import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, checkTemplateSources, compileTemplate, listTemplates, resolveTemplate, templateSources } from '../../src/template/render.js';
import { loadAndValidate, prepareTemplate } from '../../src/pipeline/documents.js';
import { SarabanError } from '../../src/messages/errors.js';
import { EXAMPLE } from '../helpers.js';

describe('template stage', () => {
  it('every built-in template and partial passes the check a user template gets (saraban trusts them at run time)', async () => {
    const names = await listTemplates(BUILTIN_TEMPLATES);
    expect(names).toEqual(expect.arrayContaining(['memo', 'minutes', 'news']));
    for (const name of names) {
      const sources = await templateSources(await resolveTemplate(name));
      expect(sources.length).toBeGreaterThan(5); // the template and the built-in partials
      expect(() => checkTemplateSources(sources)).not.toThrow();
      // The check is real: the same sources with one unknown helper call fail.
      const broken = [{ ...sources[0]!, source: `${sources[0]!.source}{{nosuchhelper x}}` }, ...sources.slice(1)];
      expect(() => checkTemplateSources(broken)).toThrow(/nosuchhelper/);
    }
  });
  it('renders the news template to markup from facts', async () => {
    const { data } = await loadAndValidate(EXAMPLE);
    const markup = (await compileTemplate(await resolveTemplate('news')))(data);
    expect(markup).toMatch(/^<document /m);
    // The date/time/place line is formatted from an ISO date, a 24-hour time and the venue.
    expect(markup).toContain('29 กรกฎาคม 2564 เวลา <nobr>10.30 น.</nobr> ณ ห้องประชุมพลอยแดง ชั้น 4 ศาลากลางจังหวัดตราด');
    // Names are kept together.
    expect(markup).toContain('<nobr>นายณัฐพงษ์ สงวนจิตร</nobr>');
    // The strategies are counted and numbered by the template.
    expect(markup).toContain('ประกอบด้วย 3 ประเด็นยุทธศาสตร์ คือ');
    expect(markup).toContain('<item>ประเด็นยุทธศาสตร์ที่ 3 การบริหารจัดการ');
  });
  it('escapes data so it cannot break the markup', async () => {
    const render = await compileTemplate(await resolveTemplate('news'));
    const { data } = await loadAndValidate(EXAMPLE);
    const evil = structuredClone(data);
    evil.meeting!.venue = '</p><pagebreak/> & "ห้อง" <b>';
    const markup = render(evil);
    expect(markup).toContain('&lt;/p&gt;&lt;pagebreak/&gt; &amp; &quot;ห้อง&quot; &lt;b&gt;');
  });
  it('names unknown templates and lists the known ones', async () => {
    await expect(resolveTemplate('nosuch')).rejects.toThrow(SarabanError);
    await expect(resolveTemplate('nosuch')).rejects.toMatchObject({ hint: expect.stringContaining('news') });
  });
  it('reads the template first, then its partials; a partial of its own folder wins over the built-in one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'saraban-tpl-'));
    mkdirSync(path.join(dir, 'partials'));
    writeFileSync(path.join(dir, 'mine.hbs'), '{{> official-signature}}');
    writeFileSync(path.join(dir, 'partials', 'official-signature.hbs'), 'own');
    const sources = await templateSources(await resolveTemplate(path.join(dir, 'mine.hbs')));
    expect(sources[0]).toMatchObject({ name: 'mine', source: '{{> official-signature}}' });
    const signatures = sources.filter((s) => s.name === 'official-signature');
    expect(signatures).toEqual([{ name: 'official-signature', file: path.join(dir, 'partials', 'official-signature.hbs'), source: 'own' }]);
    expect(sources.map((s) => s.name)).toContain('memo-heading'); // the other built-in partials are there
    expect((await prepareTemplate(path.join(dir, 'mine.hbs'))).render({})).toBe('own');
  });
  it('digests the template with its partials: a change to a partial changes the digest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'saraban-tpl-'));
    mkdirSync(path.join(dir, 'partials'));
    const file = path.join(dir, 'mine.hbs');
    writeFileSync(file, 'a {{> extra}}');
    writeFileSync(path.join(dir, 'partials', 'extra.hbs'), 'b');
    const first = (await prepareTemplate(file)).digest;
    expect((await prepareTemplate(file)).digest).toBe(first);
    writeFileSync(path.join(dir, 'partials', 'extra.hbs'), 'c');
    expect((await prepareTemplate(file)).digest).not.toBe(first);
  });
  it('takes a .hbs file in any case as a path, and names it without the extension', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'saraban-tpl-'));
    writeFileSync(path.join(dir, 'LETTER.HBS'), 'x');
    await expect(resolveTemplate(path.join(dir, 'LETTER.HBS'))).resolves.toEqual({ name: 'LETTER', file: path.join(dir, 'LETTER.HBS') });
    // Not looked up as a name among the built-in templates: reported as a missing file.
    await expect(resolveTemplate('NOSUCH.HBS')).rejects.toMatchObject({ key: 'template-file-not-found' });
  });
});

describe('the markup cap', () => {
  it('counts what nested {{#each}} loops write once, and stops them past the cap', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'saraban-cap-'));
    writeFileSync(path.join(dir, 'nest.hbs'), '{{#each a}}{{#each ../a}}{{#each ../../a}}<p>{{this}}</p>{{/each}}{{/each}}{{/each}}');
    const data = { a: Array.from({ length: 30 }, (_, k) => `w${String(k).padStart(3, '0')}`) }; // 30³ paragraphs
    const withCap = async (mb: string) => {
      const old = process.env.SARABAN_MAX_MARKUP_MB;
      process.env.SARABAN_MAX_MARKUP_MB = mb;
      try {
        return (await compileTemplate(await resolveTemplate(path.join(dir, 'nest.hbs'))))(data);
      } finally {
        if (old === undefined) delete process.env.SARABAN_MAX_MARKUP_MB;
        else process.env.SARABAN_MAX_MARKUP_MB = old;
      }
    };
    await expect(withCap('0.05')).rejects.toMatchObject({ key: 'markup-too-big' });
    // Some 290,000 characters fit under a cap of 300,000: counted once, not once per level.
    const full = await withCap('5');
    expect(full.length).toBeGreaterThan(280_000);
    expect(await withCap('0.3')).toBe(full);
  });
});
