// `node bench/pdf-same.mjs <out-dir> [<before-dir>]`: renders the PDF and the DOCX of every
// document of every example data file (data/, data/news/, templates/examples/) and of generated
// minutes with many headings (bench/minutes-data.mjs), then writes each PDF page's text
// (`pdftotext -layout`) and a hash of its pixels (`pdftoppm -r 50`), and a hash of each part of
// the DOCX (core.xml without its times). Given a second folder from an earlier run (another
// commit), compares them page by page and part by part: for work that must not change any output
// (speed). Imports the compiled library from dist/ (run `npm run build` first).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAndValidate, prepareTemplate, buildDocument } from '../dist/pipeline/documents.js';
import { writePdf } from '../dist/writers/pdf/index.js';
import { writeDocx } from '../dist/writers/docx/index.js';
import { createRequire } from 'node:module';
import { writeMinutes } from './minutes-data.mjs';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const { unzipSync } = createRequire(import.meta.url)('fflate');
const [out, before] = process.argv.slice(2).map((d) => path.resolve(d));
if (!out) throw new Error('usage: node bench/pdf-same.mjs <out-dir> [<before-dir>]');
mkdirSync(out, { recursive: true });

const yamls = (dir) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(ROOT, dir, f));
const files = [...yamls('data'), ...yamls('data/news'), ...yamls('templates/examples')];
for (const n of [40, 300, 1000]) files.push(writeMinutes(out, n));

for (const file of files) {
  const { data } = await loadAndValidate(file);
  for (const template of data.documents ?? ['minutes']) {
    const doc = buildDocument(data, await prepareTemplate(template), path.dirname(file));
    const name = `${path.basename(file, '.yaml')}.${template}`;
    const pdf = path.join(out, `${name}.pdf`);
    writeFileSync(pdf, await writePdf(doc));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    const summary = [];
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
      const png = execFileSync('pdftoppm', ['-r', '50', '-gray', '-f', String(p), '-l', String(p), '-singlefile', pdf], { maxBuffer: 1 << 26 });
      summary.push({ page: p, text, pixels: createHash('sha256').update(png).digest('hex').slice(0, 16) });
    }
    writeFileSync(path.join(out, `${name}.json`), JSON.stringify(summary, null, 1));
    // The DOCX, part by part, in its zip order.
    const parts = unzipSync(new Uint8Array(await writeDocx(doc)));
    const hashes = Object.entries(parts).map(([part, data]) => {
      const bytes = part === 'docProps/core.xml' ? Buffer.from(Buffer.from(data).toString('utf8').replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><')) : data;
      return [part, createHash('sha256').update(bytes).digest('hex').slice(0, 16)];
    });
    writeFileSync(path.join(out, `${name}.docx.json`), JSON.stringify(hashes, null, 1));
  }
}

if (before) {
  let same = 0;
  const differ = [];
  for (const f of readdirSync(out).filter((f) => f.endsWith('.json'))) {
    const a = JSON.parse(readFileSync(path.join(out, f), 'utf8'));
    const other = path.join(before, f);
    if (!existsSync(other)) {
      differ.push(`${f}: not in ${before}`);
      continue;
    }
    const b = JSON.parse(readFileSync(other, 'utf8'));
    const notes = [];
    if (f.endsWith('.docx.json')) {
      // [part, hash] in zip order
      if (a.map(([n]) => n).join() !== b.map(([n]) => n).join()) notes.push('other parts or order');
      for (const [n, h] of a) if (b.find(([m]) => m === n)?.[1] !== h) notes.push(`${n} differs`);
    } else {
      if (a.length !== b.length) notes.push(`${b.length} pages before, ${a.length} now`);
      for (let p = 0; p < Math.min(a.length, b.length); p++) {
        if (a[p].text !== b[p].text) notes.push(`page ${p + 1}: text differs`);
        else if (a[p].pixels !== b[p].pixels) notes.push(`page ${p + 1}: pixels differ`);
      }
    }
    if (notes.length) differ.push(`${f.replace('.json', '')}: ${notes.slice(0, 5).join('; ')}`);
    else same++;
  }
  console.log(`${same} files the same (PDF: text and pixels page by page; DOCX: part by part)${differ.length ? `, ${differ.length} differ:\n  ${differ.join('\n  ')}` : ''}`);
  process.exitCode = differ.length ? 1 : 0;
} else console.log(`${readdirSync(out).filter((f) => f.endsWith('.json')).length} summaries (PDF and DOCX) written to ${out}`);
