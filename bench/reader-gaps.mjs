// At what gap between two Thai clusters does each reader copy out a space that was never typed?
// And does a widened space copy out as more than one, a closed one as none? Renders lines whose
// every cluster gap is widened by s pt (s = 0.05 … 2.0, at the body size) and lines whose spaces
// are widened by k spaces or closed by a share k of a space, one line a page, then copies them out
// with poppler (pdftotext -raw), MuPDF (mutool draw -F txt) and pdf.js, and prints the first gap
// each reader takes for a space. docs/thai.md §5a quotes it.
// Imports the compiled library from dist/ (npm run build first). Usage: node bench/reader-gaps.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { defaultMeta } from '../dist/model/document.js';
import { writePdf } from '../dist/writers/pdf/index.js';
import { ClusterSpacing, clusters } from '../dist/writers/pdf/justify.js';

const SENTENCE = 'ผู้ว่าราชการจังหวัดตราดกล่าวเปิดการประชุม ฟื้นฟูเศรษฐกิจน้ำท่วมปี่ฝั่ง';
const CLUSTER_STEPS = Array.from({ length: 40 }, (_, k) => +(0.05 * (k + 1)).toFixed(2));
const SPACE_STEPS = [1, 2, 2.5, 3, 3.25, 3.5, 3.75, 4, 6, 8, 12, 16];
// Spaces closed by a share of their width (a line the fitter set tighter than the measure).
const SHRINK_STEPS = [0.1, 0.2, 0.3, 0.325, 0.35, 0.375, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const para = (text) => ({ kind: 'paragraph', content: [{ kind: 'text', text }], indent: 0, firstLine: 0, align: 'left' });
const lines = [...CLUSTER_STEPS.map((s) => ({ s, sp: 0 })), ...SPACE_STEPS.map((k) => ({ s: 0, sp: k })), ...SHRINK_STEPS.map((k) => ({ s: 0, sp: -k }))];
const doc = { meta: defaultMeta, blocks: lines.flatMap((_, k) => [...(k ? [{ kind: 'pagebreak' }] : []), para(SENTENCE)]) };

await writePdf(doc); // installs the patches
const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const ElementWriter = req('./ElementWriter.js').default;
const original = ElementWriter.prototype.alignLine;
let n = 0;
ElementWriter.prototype.alignLine = function (line) {
  original.call(this, line);
  // Only the test lines count (each page also draws its page number).
  if (!line.inlines.map((i) => i.text).join('').replace(/[\u200B\u2060]/g, '').startsWith(SENTENCE.slice(0, 6))) return;
  const spec = lines[n++];
  if (!spec) return;
  let shift = 0;
  for (const inl of line.inlines) {
    const space = inl.font.widthOfString(' ', inl.fontSize);
    const cuts = [];
    const extra = [];
    let at = 0;
    const cs = clusters(inl.text);
    cs.forEach((c, k) => {
      at += c.length;
      if (k === cs.length - 1) return;
      const pt = c.trim() === '' ? spec.sp * space : cs[k + 1].trim() === '' ? 0 : spec.s;
      if (!pt) return;
      cuts.push(at);
      extra.push((pt * 1000) / inl.fontSize);
    });
    inl.x += shift;
    if (cuts.length) inl.fontFeatures = new ClusterSpacing(cuts, extra);
    shift += extra.reduce((a, b) => a + b, 0) * inl.fontSize / 1000;
  }
};
const dir = mkdtempSync(path.join(tmpdir(), 'reader-gaps-'));
const file = path.join(dir, 'gaps.pdf');
writeFileSync(file, await writePdf(doc));
ElementWriter.prototype.alignLine = original;

/** Each page's copied text (one test line a page, so a line a reader splits or joins shifts no other), its page number taken out. */
async function copied(how) {
  let pages;
  if (how === 'poppler') pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
  else if (how === 'mupdf') {
    execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', path.join(dir, 'p%d.txt'), file], { stdio: 'ignore' });
    pages = lines.map((_, k) => readFileSync(path.join(dir, `p${k + 1}.txt`), 'utf8'));
  } else {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, verbosity: 0 }).promise;
    pages = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      let text = '';
      for (const item of (await (await pdf.getPage(p)).getTextContent()).items) text += item.str + (item.hasEOL ? '\n' : '');
      pages.push(text);
    }
    await pdf.destroy();
  }
  return pages.map((p) => p.split('\n').filter((l) => l.trim() !== '' && !/^- \S+ -$/.test(l.trim())).join('\n'));
}
const size = defaultMeta.fontSize * 0.68;
console.log(`body size ${size.toFixed(2)} pt; a space is ${(0.2432 * size).toFixed(2)} pt (Sarabun)`);
for (const how of ['poppler', 'mupdf', 'pdfjs']) {
  const out = await copied(how);
  const firstBad = lines.findIndex((spec, k) => spec.sp === 0 && out[k] !== SENTENCE);
  const spaceBad = lines.filter((spec, k) => spec.sp > 0 && out[k] !== SENTENCE).map((spec) => spec.sp);
  const shrinkBad = lines.filter((spec, k) => spec.sp < 0 && out[k] !== SENTENCE).map((spec) => -spec.sp);
  console.log(`${how}: first cluster gap copied as a space: ${firstBad < 0 ? 'none up to 2 pt' : `${lines[firstBad].s} pt (${(lines[firstBad].s / size).toFixed(3)} em)`}` +
    `; a space widened by k spaces copies as more than one space for k in [${spaceBad.join(', ')}]` +
    `; a space closed by k of itself is lost for k in [${shrinkBad.join(', ')}]` + (firstBad >= 0 ? ` — e.g. "${out[firstBad]}"` : ''));
}
rmSync(dir, { recursive: true, force: true });
