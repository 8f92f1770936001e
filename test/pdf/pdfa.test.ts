// PDF/A-3u (writers/pdf/pdfa.ts, tags.ts): what the archive and a screen reader need, checked
// without veraPDF — the XMP with the PDF/A identification, the sRGB output intent, every font
// embedded with ToUnicode, the data file attached as /Source, the structure tree read in order
// by poppler (`pdfinfo -struct-text`), and the same copied text from all three readers as the
// plain PDF gives. Then the data read back: render from the PDF, and refusals.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, loadAndValidate, prepareTemplate } from '../../src/pipeline/documents.js';
import { pageNumberText, type Document } from '../../src/model/document.js';
import { parseMarkup } from '../../src/markup/parse.js';
import { archiveOf } from '../../src/archive/options.js';
import { Name, PdfFile, Ref, textString, type PdfDict } from '../../src/archive/pdf-file.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { fromPdfmake } from '../../src/writers/pdf/internals.js';
import { EXAMPLE, ROOT, haveTools } from '../helpers.js';
import { runCli } from '../errors/support.js';
import { png } from '../errors/images.js';
import { extractPages, type Extractor } from './extract.js';

/** poppler's pdfinfo, pdffonts and pdfsig (with pdftotext). */
const TOOLS = haveTools('pdftotext');

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-pdfa-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function exampleDoc(file: string, template: string): Promise<{ doc: Document; source: string }> {
  const { loaded, data } = await loadAndValidate(file);
  const prepared = await prepareTemplate(template);
  const doc = buildDocument(data, prepared, path.dirname(file));
  return { doc: { ...doc, meta: { ...doc.meta, archive: archiveOf(loaded, data, prepared.ref.name) } }, source: readFileSync(file, 'utf8') };
}

/** A document with what the example data does not have: a lone image, captioned photos, a table
 *  with a header row and a spanning cell, a nested list, and blocks kept together. */
function figuresDoc(): Document {
  writeFileSync(path.join(tmp, 'emblem.png'), png(40, 40));
  writeFileSync(path.join(tmp, 'a.png'), png(80, 60));
  const markup = `<document title="ภาพกิจกรรม" lang="th"><h1>ภาพกิจกรรม</h1><p>ย่อหน้าแรก</p><image src="emblem.png" width="2"/><photos columns="2"><photo src="a.png">ประธานกล่าวเปิดการประชุม</photo><credit>ภาพ: กลุ่มงานประชาสัมพันธ์</credit></photos><table widths="1 3" header-rows="1"><tr><th>ลำดับ</th><th>รายการ</th></tr><tr><td>๑</td><td>ค่าวัสดุ</td></tr><tr><td colspan="2">รวม</td></tr></table><list marker="{n}."><item>ข้อแรก<list marker="-"><item>ข้อย่อย</item></list></item></list><keep><p>ย่อหน้าที่ติดกัน</p><p>ย่อหน้าถัดไป</p></keep></document>`;
  const doc = parseMarkup(markup, { source: path.join(tmp, 'figures.hbs'), baseDir: tmp });
  return { ...doc, meta: { ...doc.meta, archive: {} } };
}

interface Case {
  name: string;
  doc: Document;
  pdf: string;
  plain: string;
  source?: string;
}
const cases: Case[] = [];

beforeAll(async () => {
  const docs: { name: string; doc: Document; source?: string }[] = [
    { name: 'minutes', ...(await exampleDoc(EXAMPLE, 'minutes')) },
    { name: 'news', ...(await exampleDoc(path.join(ROOT, 'templates/examples/news.yaml'), 'news')) },
    { name: 'memo', ...(await exampleDoc(path.join(ROOT, 'templates/examples/memo.yaml'), 'memo')) },
    { name: 'figures', doc: figuresDoc() },
  ];
  for (const d of docs) {
    const pdf = path.join(tmp, `${d.name}.pdf`);
    const plain = path.join(tmp, `${d.name}.plain.pdf`);
    writeFileSync(pdf, await writePdf(d.doc));
    writeFileSync(plain, await writePdf({ ...d.doc, meta: { ...d.doc.meta, archive: undefined } }));
    cases.push({ ...d, pdf, plain });
  }
}, 120_000);

const open = (file: string) => new PdfFile(readFileSync(file));
const catalog = (pdf: PdfFile) => pdf.dict(pdf.trailer.Root)!;
const name = (v: unknown) => (v instanceof Name ? v.name : undefined);

describe.skipIf(!TOOLS)('PDF/A-3u', () => {
  it('says so in XMP that parses, with the title, the agency, the language and the dates of the Info', () => {
    const c = cases.find((x) => x.name === 'minutes')!;
    const xmp = run('pdfinfo', ['-meta', c.pdf]);
    const text: Record<string, string> = {};
    let open: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (t) => (open = [...open, t.name]));
    parser.on('closetag', () => (open = open.slice(0, -1)));
    parser.on('text', (s) => {
      const key = open.filter((n) => !n.startsWith('rdf:')).at(-1);
      if (key && s.trim()) text[key] = (text[key] ?? '') + s.trim();
    });
    parser.write(xmp.trim()).close();
    expect(text['pdfaid:part']).toBe('3');
    expect(text['pdfaid:conformance']).toBe('U');
    expect(text['dc:title']).toBe(c.doc.meta.title);
    expect(text['dc:creator']).toBe('สำนักงานพัฒนาชุมชนจังหวัดตราด');
    expect(text['dc:language']).toBe('th');
    expect(text['dc:format']).toBe('application/pdf');
    const info = run('pdfinfo', ['-isodates', c.pdf]);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toContain(`CreationDate:    ${text['xmp:CreateDate']}`);
    expect(info).toContain(`ModDate:         ${text['xmp:ModifyDate']}`);
    expect(info).toMatch(/Author:\s+สำนักงานพัฒนาชุมชนจังหวัดตราด/);
  });

  it('escapes a title XML would read as markup', async () => {
    const doc = figuresDoc();
    const file = path.join(tmp, 'amp.pdf');
    writeFileSync(file, await writePdf({ ...doc, meta: { ...doc.meta, title: 'งบ <ก> & "ข"' } }));
    const xmp = run('pdfinfo', ['-meta', file]);
    expect(() => new SaxesParser({ xmlns: true }).write(xmp.trim()).close()).not.toThrow();
    expect(xmp).toContain('งบ &lt;ก&gt; &amp; &quot;ข&quot;');
  });

  it('has an sRGB output intent with its ICC profile, /Lang (th) and /MarkInfo', () => {
    for (const c of cases) {
      const pdf = open(c.pdf);
      const root = catalog(pdf);
      const intents = pdf.resolve(root.OutputIntents) as Ref[];
      expect(intents, c.name).toHaveLength(1);
      const intent = pdf.dict(intents[0])!;
      expect(name(intent.S)).toBe('GTS_PDFA1');
      expect(textString(intent.OutputConditionIdentifier)).toBe('sRGB IEC61966-2.1');
      const icc = pdf.streamData(intent.DestOutputProfile)!;
      expect(icc.subarray(36, 40).toString('latin1')).toBe('acsp'); // an ICC profile's signature
      expect(pdf.dict(intent.DestOutputProfile)!.N).toBe(3);
      expect(textString(root.Lang)).toBe('th');
      expect(pdf.dict(root.MarkInfo)!.Marked).toBe(true);
    }
  });

  it('embeds every font, each with a ToUnicode map', () => {
    for (const c of cases) {
      const rows = run('pdffonts', [c.pdf]).split('\n').slice(2).filter(Boolean);
      expect(rows.length, c.name).toBeGreaterThan(0);
      for (const row of rows) expect(row, c.name).toMatch(/\byes\s+yes\s+yes\s+\d+\s+0\s*$/);
    }
  });

  it('carries its data file as an associated file with /AFRelationship /Source', () => {
    for (const c of cases.filter((x) => x.source)) {
      const pdf = open(c.pdf);
      const af = pdf.resolve(catalog(pdf).AF) as Ref[];
      expect(af, c.name).toHaveLength(1);
      const spec = pdf.dict(af[0])!;
      expect(name(spec.AFRelationship)).toBe('Source');
      expect(textString(spec.SarabanTemplate)).toBe(c.name);
      const file = pdf.dict(pdf.dict(spec.EF)!.F)!;
      expect(name(file.Subtype)).toBe('application/yaml');
      expect(pdf.streamData((pdf.dict(spec.EF) as PdfDict).F)!.toString('utf8')).toBe(c.source);
      expect(run('pdfdetach', ['-list', c.pdf])).toContain(textString(spec.UF)!);
    }
    // No data file, nothing attached.
    expect(catalog(open(cases.find((c) => c.name === 'figures')!.pdf)).AF).toBeUndefined();
  });

  it('is tagged: headings, lists, tables and signature blocks in reading order, page numbers left out as artifacts', () => {
    const c = cases.find((x) => x.name === 'minutes')!;
    const tree = run('pdfinfo', ['-struct-text', c.pdf]);
    const roles = [...tree.matchAll(/^\s*(\w+)(?: \(block\))?:?$/gm)].map((m) => m[1]);
    for (const role of ['Document', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TD', 'Div']) expect(roles, role).toContain(role);
    // The texts of the tree, in order, are the page texts without the page numbers.
    const strings = [...tree.matchAll(/^\s*"(.*)"$/gm)].map((m) => m[1]).join('');
    const pages = run('pdftotext', ['-raw', '-enc', 'UTF-8', c.pdf, '-']).split('\f').slice(0, -1);
    // pdfmake draws the page number (the header) after the page's text.
    const body = pages
      .map((p, k) => {
        const lines = p.split('\n').filter(Boolean);
        if (lines.at(-1) === pageNumberText(c.doc.meta, k + 1)) lines.pop();
        return lines.join('');
      })
      .join('');
    expect(strings.replace(/\s/g, '')).toBe(body.replace(/\s/g, ''));
    expect(strings).not.toContain(pageNumberText(c.doc.meta, 2));
    // The minutes' title comes first, the last signature block last.
    expect(tree.indexOf('H3')).toBeLessThan(tree.indexOf('Table'));
    expect(tree.lastIndexOf('Div')).toBeGreaterThan(tree.lastIndexOf('LBody'));
  });

  it('tags header cells, spanning cells, nested lists and kept blocks', () => {
    const c = cases.find((x) => x.name === 'figures')!;
    const tree = run('pdfinfo', ['-struct', c.pdf]);
    expect(tree).toContain('  Table (block)\n    TR\n      TH\n      TH\n    TR\n      TD\n      TD\n    TR\n      TD\n  L (block)');
    expect(tree).toMatch(/ {2}L \(block\)\n {4}LI \(block\)\n {6}Lbl \(block\)\n {6}LBody \(block\)\n {8}P \(block\)\n {8}L \(block\)\n {10}LI/);
    expect(tree).toMatch(/ {2}P \(block\)\n {2}P \(block\)\n$/);
  });

  it('gives figures their alternative text: the caption of a photo, the file name of a lone image', () => {
    const c = cases.find((x) => x.name === 'figures')!;
    expect(run('pdfinfo', ['-struct', c.pdf])).toMatch(/Figure\n\s+Div\n\s+Figure\n\s+Caption\n/);
    const pdf = open(c.pdf);
    const alts: string[] = [];
    const visit = (v: unknown) => {
      const el = pdf.dict(v as Ref);
      if (!el) return;
      if (name(el.S) === 'Figure') alts.push(textString(el.Alt) ?? '');
      const kids = pdf.resolve(el.K);
      for (const k of Array.isArray(kids) ? kids : [kids]) if (k instanceof Ref) visit(k);
    };
    visit(catalog(pdf).StructTreeRoot);
    expect(alts).toEqual(['emblem', 'ประธานกล่าวเปิดการประชุม']);
  });

  for (const how of ['poppler', 'mupdf', 'pdfjs'] as Extractor[]) {
    it.skipIf(how === 'mupdf' && !haveTools('mutool'))(`copies the same text as the plain PDF (${how})`, async () => {
      for (const c of cases) expect(await extractPages(c.pdf, how), `${c.name} ${how}`).toEqual(await extractPages(c.plain, how));
    });
  }

  it('leaves the plain PDF as it was: PDF 1.3, untagged, nothing attached', () => {
    const pdf = open(cases[0]!.plain);
    expect(pdf.text.startsWith('%PDF-1.3')).toBe(true);
    const root = catalog(pdf);
    expect(root.StructTreeRoot).toBeUndefined();
    expect(root.OutputIntents).toBeUndefined();
    expect(root.Metadata).toBeUndefined();
  });
});

describe.skipIf(!TOOLS)('the data inside', () => {
  it('renders from the PDF as from its data file (render --pdf-a, then render the PDF)', async () => {
    const out = path.join(tmp, 'cli');
    expect((await runCli(['render', EXAMPLE, '-t', 'minutes', '-f', 'pdf', '--pdf-a', '-o', out])).code).toBe(0);
    const pdf = path.join(out, 'trat-pmqa-2564.minutes.pdf');
    expect(catalog(open(pdf)).AF).toBeDefined();
    const again = await runCli(['render', pdf, '-f', 'txt', '-o', path.join(tmp, 'back')]);
    expect(again.code, again.stderr).toBe(0);
    const orig = await runCli(['render', EXAMPLE, '-f', 'txt', '-o', path.join(tmp, 'orig')]);
    expect(orig.code).toBe(0);
    for (const t of ['news', 'minutes']) {
      expect(readFileSync(path.join(tmp, 'back', `trat-pmqa-2564.minutes.${t}.txt`), 'utf8')).toBe(readFileSync(path.join(tmp, 'orig', `trat-pmqa-2564.${t}.txt`), 'utf8'));
    }
  });

  it('is what options.pdf_a asks for, and --pdf-a overrides it', async () => {
    const data = readFileSync(EXAMPLE, 'utf8').replace('documents: [news, minutes]', 'documents: [minutes]\noptions:\n  pdf_a: true');
    const file = path.join(tmp, 'with-option.yaml');
    writeFileSync(file, data);
    expect((await runCli(['render', file, '-f', 'pdf', '-o', path.join(tmp, 'opt')])).code).toBe(0);
    expect(catalog(open(path.join(tmp, 'opt', 'with-option.minutes.pdf'))).AF).toBeDefined();
    expect((await runCli(['render', file, '-f', 'pdf', '--no-pdf-a', '-o', path.join(tmp, 'opt-off')])).code).toBe(0);
    expect(catalog(open(path.join(tmp, 'opt-off', 'with-option.minutes.pdf'))).AF).toBeUndefined();
  });

  it('is there for programs too: render({ pdfA }) embeds the data as YAML, pdfData reads it back', async () => {
    const { render, pdfData } = await import('../../src/index.js');
    const { parse } = await import('yaml');
    const data = {
      status: 'draft',
      meeting: { title: 'คณะกรรมการบริหารโรงเรียน', date: '2024-06-15', start: '13.30', venue: 'ห้องประชุม', chair: { title: 'นาย', name: 'สมศักดิ์', surname: 'ใจดี', position: 'ผู้อำนวยการโรงเรียน' } },
      minutes: { present: [{ title: 'นาย', name: 'สมศักดิ์', surname: 'ใจดี', role: 'ประธาน' }], agenda: [{ details: ['แจ้งกำหนดการสอบ'], resolution: 'รับทราบ' }] },
    };
    const r = await render(data, { template: 'minutes', formats: ['pdf'], pdfA: true });
    expect(r.ok).toBe(true);
    const found = pdfData(new PdfFile(Buffer.from(r.ok ? r.documents[0]!.bytes : [])));
    expect(found && !('foreign' in found) && { name: found.name, template: found.template, data: parse(found.bytes.toString('utf8')) as unknown }).toEqual({ name: 'data.yaml', template: 'minutes', data });
  });

  it('reads a hostile PDF (nested past any real file) as one without data, and verify refuses it without a stack trace', async () => {
    const { embeddedData } = await import('../../src/archive/source.js');
    const nested = Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /AcroForm << /Fields ${'['.repeat(100_000)} >> /AF ${'['.repeat(100_000)} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
    expect(() => embeddedData(nested, 'nested.pdf')).toThrow('carries no saraban data');
    const file = path.join(tmp, 'nested.pdf');
    writeFileSync(file, nested);
    const r = await runCli(['verify', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a PDF saraban can sign or check (nested too deep)');
  });

  it('refuses a PDF without saraban data, and one whose attachment is something else', async () => {
    const none = await runCli(['render', cases[0]!.plain, '--lang', 'th']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('ไม่มีข้อมูลของ saraban แนบอยู่');
    // A PDF/A-3 invoice: an XML attachment, as ZUGFeRD writes it.
    const PDFDocument = fromPdfmake('pdfkit') as new (o: object) => { file(b: Buffer, o: object): void; text(s: string): void; end(): void; on(e: string, f: (c?: Buffer) => void): void };
    const doc = new PDFDocument({ pdfVersion: '1.7', subset: 'PDF/A-3b' });
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c!));
    const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.file(Buffer.from('<Invoice/>'), { name: 'factur-x.xml', relationship: 'Source', type: 'text/xml' });
    doc.end();
    await ended;
    const invoice = path.join(tmp, 'invoice.pdf');
    writeFileSync(invoice, Buffer.concat(chunks));
    for (const lang of ['en', 'th'] as const) {
      const r = await runCli(['render', invoice, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(lang === 'en' ? 'the file attached to the PDF invoice.pdf (factur-x.xml) is not saraban data' : '(factur-x.xml) ไม่ใช่ข้อมูลของ saraban');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
