// A Word file a clerk can edit: every paragraph has a named style, runs set only what differs from
// their style, lists are Word numbering, no style is left unused, the language includes Thai, and
// a clerk who changes the body style's font changes every body run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/documents.js';
import { STYLES } from '../../src/model/styles.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { ROOT, haveTools } from '../helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-styles-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EXAMPLES = ['templates/examples/minutes.yaml', 'templates/examples/memo.yaml', 'templates/examples/news.yaml', 'data/committee-sample.yaml', 'data/trat-pmqa-2564.yaml'];

type Parts = Record<string, string>;
const parts = (buf: Uint8Array): Parts =>
  Object.fromEntries(Object.entries(unzipSync(buf)).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, d]) => [n, strFromU8(d)]));

interface StyleInfo {
  id: string;
  type: string;
  basedOn?: string;
  next?: string;
  font?: string;
  size?: number;
  bold?: boolean;
}

function styles(xml: string): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  for (const m of xml.matchAll(/<w:style w:type="(\w+)"[^>]*w:styleId="([^"]+)">([\s\S]*?)<\/w:style>/g)) {
    const body = m[3]!;
    out.set(m[2]!, {
      id: m[2]!,
      type: m[1]!,
      basedOn: /<w:basedOn w:val="([^"]+)"/.exec(body)?.[1],
      next: /<w:next w:val="([^"]+)"/.exec(body)?.[1],
      font: /<w:rFonts [^>]*w:cs="([^"]+)"/.exec(body)?.[1],
      size: Number(/<w:sz w:val="(\d+)"/.exec(body)?.[1]) / 2 || undefined,
      bold: /<w:b\/>/.test(body) || undefined,
    });
  }
  return out;
}

const defaults = (xml: string) => {
  const d = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(xml)![1]!;
  return { font: /<w:rFonts [^>]*w:cs="([^"]+)"/.exec(d)![1]!, size: Number(/<w:sz w:val="(\d+)"/.exec(d)![1]) / 2, lang: /<w:lang [^>]*\/>/.exec(d)?.[0] ?? '' };
};

interface Para {
  style: string;
  pPr: string;
  runs: { rPr: string; text: string }[];
}
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map(([, inner = '']) => {
    const pPr = /^<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(pPr)?.[1] ?? 'Normal',
      pPr,
      runs: [...inner.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => ({
        rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r!)?.[1] ?? '',
        text: [...r!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      })),
    };
  });
}

/** A property through the style chain (paragraph style, its bases), then the document defaults. */
function inherited<K extends 'font' | 'size' | 'bold'>(all: Map<string, StyleInfo>, id: string | undefined, key: K, fallback: StyleInfo[K]): StyleInfo[K] {
  for (let s = id ? all.get(id) : undefined; s; s = s.basedOn ? all.get(s.basedOn) : undefined) if (s[key] !== undefined) return s[key];
  return fallback;
}

async function exampleDocx(file: string): Promise<{ name: string; files: Parts }[]> {
  const { documents } = await buildDocuments(path.join(ROOT, file));
  return Promise.all(documents.map(async ({ template, doc }) => ({ name: `${file} ${template.ref.name}`, files: parts(await writeDocx(doc)) })));
}

describe('each example DOCX', async () => {
  const all = (await Promise.all(EXAMPLES.map(exampleDocx))).flat();

  it('covers minutes, memo and news', () => {
    expect(new Set(all.map((d) => d.name.split(' ')[1]))).toEqual(new Set(['memo', 'minutes', 'news']));
  });

  for (const { name, files } of all) {
    describe(name, () => {
      const styleXml = files['word/styles.xml']!;
      const body = files['word/document.xml']!;
      const defined = styles(styleXml);
      const base = defaults(styleXml);
      const paras = paragraphs(body);
      const headers = Object.entries(files).filter(([n]) => /^word\/(header|footer)\d+\.xml$/.test(n)).map(([, x]) => x);

      it('gives every paragraph a named style that styles.xml defines, with a Thai name and an English alias', () => {
        for (const p of [...paras, ...headers.flatMap(paragraphs)]) expect(defined.has(p.style), p.style).toBe(true);
        for (const def of Object.values(STYLES).filter((d) => defined.has(d.id))) {
          expect(styleXml).toContain(`w:styleId="${def.id}"><w:name w:val="${def.name}"/><w:aliases w:val="${def.alias}"/>`);
        }
      });

      it('sets no font on a run, and a size or bold only where it differs from the style', () => {
        for (const p of paras) {
          for (const r of p.runs) {
            expect(r.rPr, r.text).not.toContain('<w:rFonts');
            const rStyle = /<w:rStyle w:val="([^"]+)"/.exec(r.rPr)?.[1];
            const styleSize = inherited(defined, rStyle, 'size', undefined) ?? inherited(defined, p.style, 'size', base.size);
            const size = /<w:sz w:val="(\d+)"/.exec(r.rPr);
            if (size) expect(Number(size[1]) / 2, `${p.style}: ${r.text}`).not.toBe(styleSize);
            const styleBold = !!(inherited(defined, rStyle, 'bold', undefined) ?? inherited(defined, p.style, 'bold', false));
            if (/<w:b\/>/.test(r.rPr)) expect(styleBold, `${p.style}: ${r.text}`).toBe(false);
            if (/<w:b w:val="(false|0)"\/>/.test(r.rPr)) expect(styleBold, `${p.style}: ${r.text}`).toBe(true);
          }
        }
      });

      it('numbers list items with Word numbering defined in numbering.xml', () => {
        const items = paras.filter((p) => p.style === STYLES.list.id);
        const numberedParas = paras.filter((p) => /<w:numPr>/.test(p.pPr));
        const numbering = files['word/numbering.xml'];
        if (!numberedParas.length) {
          expect(numbering, 'no lists, no numbering part').toBeUndefined();
          return;
        }
        for (const p of items) {
          const numId = /<w:numId w:val="(\d+)"/.exec(p.pPr)?.[1];
          expect(numId, p.runs.map((r) => r.text).join('')).toBeDefined();
          expect(numbering).toMatch(new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"`));
          // The marker is the numbering's, not typed text.
          expect(p.runs[0]?.text ?? '').not.toMatch(/^\(?[0-9๐-๙]+[.)]/);
        }
        // Agenda items and their matters too: "ระเบียบวาระที่ %1", "%1.%2".
        for (const p of paras.filter((q) => q.style === STYLES.agenda.id || q.style === STYLES['agenda-topic'].id)) {
          expect(p.pPr, p.runs.map((r) => r.text).join('')).toMatch(/<w:numPr><w:ilvl w:val="[01]"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
          expect(p.runs[0]?.text ?? '').not.toMatch(/^(ระเบียบวาระที่|[0-9๐-๙]+\.[0-9๐-๙])/);
        }
        if (paras.some((q) => q.style === STYLES.agenda.id)) expect(numbering).toContain('<w:lvlText w:val="ระเบียบวาระที่ %1"/>');
        // Documents in Thai digits number in Thai digits.
        if (/[๐-๙]/.test(body)) expect(numbering).toContain('<w:numFmt w:val="thaiNumbers"/>');
      });

      it('leaves no style unused and no unused part', () => {
        const referenced = new Set<string>(['Normal']);
        for (const x of [body, ...headers]) for (const m of x.matchAll(/<w:[pr]Style w:val="([^"]+)"/g)) referenced.add(m[1]!);
        for (const s of defined.values()) if (s.next && referenced.has(s.id)) referenced.add(s.next);
        expect([...defined.keys()].filter((id) => !referenced.has(id))).toEqual([]);
        for (const gone of ['word/footnotes.xml', 'word/endnotes.xml', 'docProps/custom.xml']) expect(files[gone], gone).toBeUndefined();
        const rels = files['word/_rels/document.xml.rels']!;
        for (const m of rels.matchAll(/Target="([^"]+\.xml)"/g)) expect(files[`word/${m[1]}`], m[1]).toBeDefined();
        expect(styleXml).not.toMatch(/Heading[4-6]|Caption|Hyperlink|FootnoteText/);
      });

      it('declares Thai as the complex-script language of the document defaults', () => {
        expect(base.lang).toContain('w:bidi="th-TH"');
        expect(base.lang).toContain('w:val="en-US"');
      });

      it('gives agenda items and titles outline levels', () => {
        const outlined = [...defined.values()].filter((s) => styleXml.includes(`w:styleId="${s.id}">`) && new RegExp(`w:styleId="${s.id}">[\\s\\S]*?<w:outlineLvl`).exec(styleXml.split('</w:style>').find((x) => x.includes(`w:styleId="${s.id}"`))!));
        if (name.includes('minutes')) expect(outlined.map((s) => s.id)).toEqual(expect.arrayContaining(['MinutesTitle', 'AgendaItem']));
        if (name.includes('memo')) expect(outlined.map((s) => s.id)).toContain('MemoHeading');
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('a clerk restyles the body text', async () => {
  const [minutes] = await exampleDocx('data/committee-sample.yaml');
  const files = unzipSync(new Uint8Array(await writeDocx((await buildDocuments(path.join(ROOT, 'data/committee-sample.yaml'))).documents[0]!.doc)));
  // As Word does when the clerk sets the font of the style เนื้อความ: rFonts in that style's rPr.
  const NEW = 'Norasi'; // installed with fonts-thai-tlwg, and not what TH SarabunPSK falls back to
  const restyled = strFromU8(files['word/styles.xml']!).replace(
    /(<w:style [^>]*w:styleId="BodyText">[\s\S]*?)(<\/w:style>)/,
    (_, s: string, end: string) => `${s.includes('<w:rPr>') ? s.replace('<w:rPr>', `<w:rPr><w:rFonts w:ascii="${NEW}" w:eastAsia="${NEW}" w:hAnsi="${NEW}" w:cs="${NEW}"/>`) : `${s}<w:rPr><w:rFonts w:ascii="${NEW}" w:eastAsia="${NEW}" w:hAnsi="${NEW}" w:cs="${NEW}"/></w:rPr>`}${end}`,
  );

  it('every run of a body paragraph now resolves to the new font', () => {
    const defined = styles(restyled);
    const body = paragraphs(minutes!.files['word/document.xml']!).filter((p) => p.style === 'BodyText');
    expect(body.length).toBeGreaterThan(3);
    const runs = body.flatMap((p) => p.runs.filter((r) => r.text));
    expect(runs.length).toBeGreaterThan(3);
    for (const r of runs) {
      const direct = /<w:rFonts [^>]*w:cs="([^"]+)"/.exec(r.rPr)?.[1];
      expect(direct ?? inherited(defined, 'BodyText', 'font', defaults(restyled).font), r.text).toBe(NEW);
    }
  });

  it.skipIf(!haveTools('soffice', 'pdftotext', 'norasi'))(
    'and LibreOffice draws them in it',
    () => {
      files['word/styles.xml'] = strToU8(restyled);
      const file = path.join(tmp, 'restyled.docx');
      writeFileSync(file, zipSync(files));
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(tmp, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file], { stdio: 'ignore', timeout: 110_000 });
      const fonts = execFileSync('pdffonts', [path.join(tmp, 'restyled.pdf')]).toString();
      expect(fonts).toContain(NEW);
    },
    120_000,
  );
});
