#!/usr/bin/env node
// saraban against the stacks a Node user would otherwise pick, on the same Thai content, font
// (Sarabun, at TH SarabunPSK's size: 16 pt × 0.68), margins and line pitch (21 pt), PDF + DOCX
// for every document, whole-process wall time (start-up included, as a clerk waits for it):
//
//   saraban            `saraban batch … --format pdf,docx`
//   docx+LibreOffice   docxtemplater (+ pizzip) fills a DOCX template, then LibreOffice from
//                      Debian converts the DOCX files to PDF (`soffice --headless --convert-to pdf`,
//                      at most 200 files per call: LibreOffice 7.4 stops at ~247 and still exits 0,
//                      so the PDFs are counted)
//   Chromium           headless Chromium (/usr/bin/chromium via playwright-core) prints the same
//                      text as HTML to PDF; docxtemplater makes the DOCX. Skipped without Chromium.
//
// The peers' documents are flat pages (paragraphs, no tables, no keeps); saraban's are the real
// memo and minutes. Runs are interleaved (saraban, peer, peer, saraban, …) so a busy machine
// slows each alike; min and median of --runs runs, and each peer's ratio to saraban.
//
//   npm run bench:peers                          seed's 10 memos, 100 memos, 20 minutes; 3 runs
//   npm run bench:peers -- --memos 200 --minutes 50 --runs 5
//   npm run bench:peers -- --only seed --keep    keep the outputs to look at
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const BIN = path.join(ROOT, 'bin/saraban.js');
const SEED = path.join(ROOT, 'data/trat-pmqa-2564.yaml');
const MEMO_SHARED = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
const CHROMIUM = '/usr/bin/chromium';
const LO_CHUNK = 200;
/** TH SarabunPSK metrics: Sarabun set at 0.68 of the size, lines 21/16 of the size apart (src/thai/scripts.ts). */
const SIZE_PT = 16 * 0.68;
const PITCH_PT = 21;

const { values: args } = parseArgs({
  options: {
    peer: { type: 'string' }, // internal: run one peer in this process
    jobs: { type: 'string' },
    out: { type: 'string' },
    memos: { type: 'string', default: '100' },
    minutes: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false }, // keep the work folder and the last run's outputs, to look at
  },
});

if (args.peer) await runPeer(args.peer, args.jobs, args.out);
else await main();

// ---------------------------------------------------------------------------------------------
// The peers, each run as a process of its own: `--peer docx|chromium --jobs jobs.json --out dir`.
// jobs.json: { template: docx template path, margins (cm), docs: [{ name, paragraphs }] }.

async function runPeer(peer, jobsFile, out) {
  const jobs = JSON.parse(readFileSync(jobsFile, 'utf8'));
  mkdirSync(out, { recursive: true });
  const { default: PizZip } = await import('pizzip');
  const { default: Docxtemplater } = await import('docxtemplater');
  const template = readFileSync(jobs.template);
  const docx = (doc) => {
    const t = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    t.render({ paras: doc.paragraphs.map((text) => ({ text })) });
    return t.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  if (peer === 'docx') {
    // docxtemplater, then LibreOffice in chunks; the PDFs are counted.
    const files = jobs.docs.map((d) => {
      const file = path.join(out, `${d.name}.docx`);
      writeFileSync(file, docx(d));
      return file;
    });
    for (let k = 0; k < files.length; k += LO_CHUNK) {
      execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(jobs.loProfile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files.slice(k, k + LO_CHUNK)], { stdio: 'ignore', env: jobs.loEnv });
    }
    const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf')).length;
    if (pdfs !== files.length) throw new Error(`LibreOffice made ${pdfs} PDFs of ${files.length}`);
    return;
  }
  if (peer === 'chromium') {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      const page = await browser.newPage();
      const m = jobs.margins;
      const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      for (const d of jobs.docs) {
        const html = path.join(out, `${d.name}.html`);
        writeFileSync(
          html,
          `<!doctype html><html lang="th"><meta charset="utf-8"><style>
@font-face { font-family: Sarabun; src: url(${pathToFileURL(path.join(ROOT, 'fonts/Sarabun-Regular.ttf')).href}); }
@page { size: A4; margin: ${m.top}cm ${m.right}cm ${m.bottom}cm ${m.left}cm; }
body { margin: 0; font-family: Sarabun; font-size: ${SIZE_PT}pt; line-height: ${PITCH_PT}pt; }
p { margin: 0; text-align: justify; }
</style><body>${d.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</body></html>`,
        );
        await page.goto(pathToFileURL(html).href);
        await page.evaluate('document.fonts.ready');
        await page.pdf({ path: path.join(out, `${d.name}.pdf`), format: 'A4', preferCSSPageSize: true });
        writeFileSync(path.join(out, `${d.name}.docx`), docx(d));
      }
    } finally {
      await browser.close();
    }
    return;
  }
  throw new Error(`unknown peer ${peer}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
    console.error('bench: dist/ is not built: run npm run build first');
    process.exit(2);
  }
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.error('bench: LibreOffice (soffice) is not installed: apt-get install libreoffice-writer');
    process.exit(2);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'saraban-peers-'));
  try {
    const setup = await prepare(work);
    const runs = Number(args.runs);
    const names = args.only ? args.only.split(',') : ['seed', 'memos', 'minutes'];
    const hasChromium = existsSync(CHROMIUM);
    console.log(
      `saraban against its peers — ${availableParallelism()} cores, Node ${process.version}, ${runs} interleaved runs, PDF + DOCX per document, ` +
        `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start${hasChromium ? '' : ' (no Chromium: that peer is skipped)'}`,
    );
    for (const name of names) {
      const s = setup.scenarios[name];
      const contestants = [
        { name: 'saraban', run: (out) => run(process.execPath, [BIN, ...s.saraban, '--out', out]) },
        { name: 'docx+LibreOffice', run: (out) => run(process.execPath, [fileURLToPath(import.meta.url), '--peer', 'docx', '--jobs', s.jobs, '--out', out]) },
        ...(hasChromium ? [{ name: 'Chromium', run: (out) => run(process.execPath, [fileURLToPath(import.meta.url), '--peer', 'chromium', '--jobs', s.jobs, '--out', out]) }] : []),
      ];
      const times = contestants.map(() => []);
      for (let r = 0; r < runs; r++) {
        contestants.forEach((c, k) => {
          const out = path.join(work, `out-${name}-${k}-${r}`);
          times[k].push(c.run(out));
          if (!args.keep || r < runs - 1) rmSync(out, { recursive: true, force: true });
        });
      }
      console.log(`\n${s.describe} (load average now ${loadavg()[0].toFixed(2)})`);
      console.log(`  ${'stack'.padEnd(18)} ${'min s'.padStart(7)} ${'median s'.padStart(9)}  × saraban (min, median)`);
      const [base] = times;
      contestants.forEach((c, k) => {
        const ratio = k ? `  ${(Math.min(...times[k]) / Math.min(...base)).toFixed(2)}×  ${(median(times[k]) / median(base)).toFixed(2)}×` : '';
        console.log(`  ${c.name.padEnd(18)} ${(Math.min(...times[k]) / 1000).toFixed(2).padStart(7)} ${(median(times[k]) / 1000).toFixed(2).padStart(9)}${ratio}`);
      });
    }
  } finally {
    if (args.keep) console.log(`\nkept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Wall time of one process, in ms; a failure stops the bench. */
function run(cmd, argv) {
  const t = performance.now();
  const child = spawnSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t;
  if (child.status !== 0) throw new Error(`bench: ${argv.slice(0, 3).join(' ')} failed (exit ${child.status}):\n${child.stderr}`);
  return ms;
}

/** The inputs of every scenario, and the peers' content: saraban's own text of each document
 *  (its txt output), one paragraph per line. Not timed. */
async function prepare(work) {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const memos = Number(args.memos);
  const minutes = Number(args.minutes);
  // Tables of records, as bench/batch.mjs makes them: memos differ by agency and topic; minutes are copies.
  const OFFICES = ['สำนักงานพัฒนาชุมชนจังหวัด', 'สำนักงานเกษตรจังหวัด', 'สำนักงานพาณิชย์จังหวัด', 'สำนักงานที่ดินจังหวัด', 'สำนักงานสาธารณสุขจังหวัด', 'สำนักงานจัดหางานจังหวัด'];
  const PROVINCES = ['ตราด', 'จันทบุรี', 'ระยอง', 'ชลบุรี', 'ฉะเชิงเทรา', 'ปราจีนบุรี', 'สระแก้ว', 'นครนายก'];
  const TOPICS = ['การส่งเสริมการท่องเที่ยวชุมชน (นวัตวิถี)', 'การส่งเสริมการเกษตรแปลงใหญ่ (ทุเรียน)', 'การส่งเสริมการค้าชายแดน', 'การรังวัดด้วยดาวเทียมจลน์', 'การทวงคืนผืนป่า'];
  const memoCsv = path.join(work, 'memos.csv');
  const memoRow = (k) => [OFFICES[k % OFFICES.length] + PROVINCES[Math.floor(k / OFFICES.length) % PROVINCES.length], TOPICS[k % TOPICS.length], String((k % 10) + 5)].join(',');
  writeFileSync(memoCsv, ['agency,topic,order', ...Array.from({ length: memos }, (_, k) => memoRow(k))].join('\n') + '\n');
  const minutesCsv = path.join(work, 'minutes.csv');
  writeFileSync(minutesCsv, ['copy', ...Array.from({ length: minutes }, (_, k) => String(k + 1))].join('\n') + '\n');
  const seedArgs = ['batch', SEED, '--template', 'memo', '--each', 'meeting.schedule', '--where', 'agency', '--force'];
  const memoArgs = ['batch', memoCsv, '--template', 'memo', '--with', MEMO_SHARED, '--force'];
  const minutesArgs = ['batch', minutesCsv, '--template', 'minutes', '--with', SEED, '--force'];

  // A peer's DOCX template: the same page, font and pitch; one paragraph repeated per line of text.
  const twips = (cm) => Math.round((cm / 2.54) * 1440);
  const margins = { top: 2.5, bottom: 2, left: 3, right: 2 };
  const line = (text) => new Paragraph({ spacing: { line: PITCH_PT * 20, lineRule: 'exact' }, alignment: 'thaiDistribute', children: [new TextRun({ text, font: 'Sarabun', size: Math.round(SIZE_PT * 2) })] });
  const template = path.join(work, 'template.docx');
  writeFileSync(
    template,
    await Packer.toBuffer(
      new Document({
        sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: twips(margins.top), bottom: twips(margins.bottom), left: twips(margins.left), right: twips(margins.right) } } }, children: [line('{#paras}'), line('{text}'), line('{/paras}')] }],
      }),
    ),
  );
  // LibreOffice sees Sarabun through a private fontconfig, and keeps one profile (made here, once).
  const fontsConf = path.join(work, 'fonts.conf');
  writeFileSync(fontsConf, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${path.join(ROOT, 'fonts')}</dir><cachedir>${path.join(work, 'fc-cache')}</cachedir></fontconfig>`);
  const loEnv = { ...process.env, FONTCONFIG_FILE: fontsConf };
  const loProfile = path.join(work, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(loProfile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(work, 'warm'), template], { stdio: 'ignore', env: loEnv });

  const scenarios = {};
  for (const [name, describe, sarabanArgs] of [
    ['seed', "the seed's 10 memos (saraban batch data/trat-pmqa-2564.yaml -t memo --each meeting.schedule --where agency)", seedArgs],
    ['memos', `${memos} one-page memos (บันทึกข้อความ)`, memoArgs],
    ['minutes', `${minutes} four-page minutes (รายงานการประชุม of the seed)`, minutesArgs],
  ]) {
    const txt = path.join(work, `txt-${name}`);
    run(process.execPath, [BIN, ...sarabanArgs, '--format', 'txt', '--out', txt]);
    const docs = readdirSync(txt)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f, k) => ({ name: `doc-${String(k + 1).padStart(4, '0')}`, paragraphs: readFileSync(path.join(txt, f), 'utf8').split('\n').filter((l) => l.trim()) }));
    const jobs = path.join(work, `jobs-${name}.json`);
    writeFileSync(jobs, JSON.stringify({ template, margins, loEnv, loProfile, docs }));
    scenarios[name] = { describe, saraban: [...sarabanArgs, '--format', 'pdf,docx'], jobs };
  }
  return { scenarios };
}
