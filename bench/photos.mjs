// `npm run bench:photos`: a news release with six 4000×3000 camera JPEGs (made here, one stored
// sideways with an EXIF orientation): the time to prepare the photos (upright, 1280 px, JPEG) on
// the first render, warm render times per format, and the size of each output.
// Imports the compiled library from dist/ (npm run build runs first).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { loadAndValidate, prepareTemplate, buildDocument } from '../dist/pipeline/documents.js';
import { writers } from '../dist/writers/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-bench-photos-'));
const N = Number(process.env.BENCH_N ?? 5);
try {
  mkdirSync(path.join(dir, 'photos'));
  const [w, h] = [4000, 3000];
  for (let k = 1; k <= 6; k++) {
    const circles = Array.from({ length: 12 }, (_, j) => `<circle cx="${(k * 733 + j * 977) % w}" cy="${(k * 389 + j * 571) % h}" r="${150 + ((j * 97 + k * 31) % 500)}" fill="hsl(${(k * 60 + j * 29) % 360},60%,55%)" opacity="0.7"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="hsl(${k * 50},45%,50%)"/>${circles}</svg>`;
    const noise = await sharp({ create: { width: w, height: h, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } } }).png().toBuffer();
    let img = sharp(Buffer.from(svg)).composite([{ input: noise, blend: 'soft-light' }]).jpeg({ quality: 92 });
    if (k === 3) img = img.withMetadata({ orientation: 6 });
    writeFileSync(path.join(dir, 'photos', `IMG_${k}.jpg`), await img.toBuffer());
  }
  const file = path.join(dir, 'release.yaml');
  writeFileSync(file, `documents: [news]
agency: { name: สำนักงานตัวอย่าง, abbreviation: สต. }
meeting: { title: คณะกรรมการตัวอย่าง, date: 2023-10-05, start: "09:30", venue: ห้องประชุม 1, chair: { title: นาย, name: สมชาย, surname: ใจดี, position: ประธาน } }
news:
  photos:
${[1, 2, 3, 4, 5, 6].map((k) => `    - { src: photos/IMG_${k}.jpg, caption: ภาพที่ ${k} }`).join('\n')}
`);
  const { data } = await loadAndValidate(file);
  const doc = buildDocument(data, await prepareTemplate('news'), dir);
  let t = performance.now();
  const first = await writers.pdf(doc);
  console.log(`first PDF (prepares the six photos): ${(performance.now() - t).toFixed(0)} ms, ${(first.byteLength / 1024).toFixed(0)} KiB`);
  for (const format of ['pdf', 'docx', 'html']) {
    const times = [];
    let bytes = 0;
    for (let k = 0; k < N; k++) {
      t = performance.now();
      bytes = (await writers[format](doc)).byteLength;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${format}: median ${times[Math.floor(N / 2)].toFixed(0)} ms warm, ${(bytes / 1024).toFixed(0)} KiB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
