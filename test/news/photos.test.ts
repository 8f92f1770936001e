// A release with six photos from a camera: 4000×3000 JPEGs made here (one stored sideways with an
// EXIF orientation), rendered to PDF, DOCX and HTML. Each output shows all six with their
// captions, upright, and stays under 3 MB. The photos are made once and kept in test/.generated
// (under a name that changes with the code that makes them).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDataFile } from '../../src/pipeline/render.js';
import { haveTools, ROOT } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-photos-'));
const out = path.join(dir, 'out');
const CAPTIONS = ['ประธานกล่าวเปิดการประชุม', 'ผู้เข้าร่วมประชุมรับฟังการชี้แจง', 'การนำเสนอผลการดำเนินงาน', 'ภาพหมู่คณะกรรมการ', 'บรรยากาศการประชุมผ่านระบบออนไลน์', 'ประธานมอบนโยบาย'];
const MB3 = 3 * 1024 * 1024;

/** Sensor noise: a tile of gaussian noise repeated over the photo. JPEG codes each 8×8 block on
 *  its own, so a repeated tile costs as many bytes as noise all over, and is made in no time. */
const NOISE = { size: 509, sigma: 10 };

/** A camera-like 4000×3000 JPEG: smooth colour, shapes and sensor noise, at camera quality (about
 *  1.9 MB). The shapes are drawn at a quarter of the size and enlarged: smooth either way. */
async function cameraJpeg(file: string, seed: number, orientation?: number): Promise<void> {
  const [w, h, scale] = [4000, 3000, 4];
  const circles = Array.from({ length: 12 }, (_, k) => {
    const x = (seed * 733 + k * 977) % w;
    const y = (seed * 389 + k * 571) % h;
    return `<circle cx="${x / scale}" cy="${y / scale}" r="${(150 + ((k * 97 + seed * 31) % 500)) / scale}" fill="hsl(${(seed * 60 + k * 29) % 360},60%,55%)" opacity="0.7"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w / scale}" height="${h / scale}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${seed * 50},50%,70%)"/><stop offset="1" stop-color="hsl(${seed * 50 + 120},40%,30%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${circles}<text x="${200 / scale}" y="${400 / scale}" font-size="${300 / scale}" fill="#fff">PHOTO ${seed}</text></svg>`;
  const tile = { width: NOISE.size, height: NOISE.size, channels: 3 } as const;
  const noise = await sharp({ create: { ...tile, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: NOISE.sigma } } }).raw().toBuffer();
  let img = sharp(Buffer.from(svg))
    .resize(w, h)
    .composite([{ input: noise, raw: tile, tile: true, blend: 'soft-light' }])
    .jpeg({ quality: 92 });
  if (orientation) img = img.withMetadata({ orientation });
  writeFileSync(file, await img.toBuffer());
}

/** The six photos, made once per version of cameraJpeg and kept (written under a temporary name
 *  and renamed, so two runs at once never read half a photo). */
async function cameraPhotos(): Promise<string> {
  const version = createHash('sha256').update(`${cameraJpeg.toString()}${JSON.stringify(NOISE)}${sharp.versions.vips}`).digest('hex').slice(0, 12);
  const kept = path.join(ROOT, 'test/.generated/photos', version);
  mkdirSync(kept, { recursive: true });
  for (let k = 1; k <= 6; k++) {
    const file = path.join(kept, `IMG_${k}.jpg`);
    if (existsSync(file)) continue;
    const part = `${file}.${process.pid}.part`;
    await cameraJpeg(part, k, k === 3 ? 6 : undefined);
    renameSync(part, file);
  }
  return kept;
}

beforeAll(async () => {
  mkdirSync(path.join(dir, 'photos'));
  const kept = await cameraPhotos();
  for (let k = 1; k <= 6; k++) copyFileSync(path.join(kept, `IMG_${k}.jpg`), path.join(dir, 'photos', `IMG_${k}.jpg`));
  writeFileSync(
    path.join(dir, 'release.yaml'),
    `documents: [news]
agency: { name: สำนักงานพัฒนาชุมชนจังหวัดตราด, abbreviation: พช. }
meeting:
  title: คณะกรมการจังหวัดตราด ประจำเดือนตุลาคม 2566
  date: 2023-10-05
  start: "09:30"
  venue: ห้องประชุมพลอยแดง ชั้น 4 ศาลากลางจังหวัดตราด
  chair: { title: นาย, name: ณัฐพงษ์, surname: สงวนจิตร, position: รองผู้ว่าราชการจังหวัดตราด }
news:
  paragraphs: [ที่ประชุมรับทราบผลการดำเนินงานประจำเดือน]
  photos:
${CAPTIONS.map((c, k) => `    - { src: photos/IMG_${k + 1}.jpg, caption: ${c} }`).join('\n')}
  photo_credit: "ภาพ: กลุ่มงานประชาสัมพันธ์"
  hashtags: [ตราดสวรรค์ตะวันออก]
`,
  );
  mkdirSync(out);
  await renderDataFile(path.join(dir, 'release.yaml'), { outDir: out, formats: ['pdf', 'docx', 'html'] });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (ext: string) => path.join(out, `release.news.${ext}`);

describe('a release with six camera photos', () => {
  it.skipIf(!haveTools('pdftotext'))('PDF: six images in a grid on the page, every caption and the credit, under 3 MB', () => {
    const pdf = readFileSync(file('pdf'));
    expect(pdf.byteLength).toBeLessThan(MB3);
    const images = execFileSync('pdfimages', ['-list', file('pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(6);
    // Upright: the sideways photo (EXIF orientation 6) is taller than wide; the others wider.
    const sizes = images.map((l) => l.trim().split(/\s+/).slice(3, 5).map(Number) as [number, number]);
    expect(sizes.filter(([w, h]) => h > w)).toHaveLength(1);
    expect(Math.max(...sizes.flat())).toBeLessThanOrEqual(1280);
    const text = execFileSync('pdftotext', ['-raw', file('pdf'), '-'], { encoding: 'utf8' });
    for (const c of [...CAPTIONS, 'ภาพ: กลุ่มงานประชาสัมพันธ์']) expect(text).toContain(c);
  });

  it('DOCX: six inline pictures no wider than the text, every caption, under 3 MB', () => {
    const docx = readFileSync(file('docx'));
    expect(docx.byteLength).toBeLessThan(MB3);
    const parts = unzipSync(docx);
    expect(Object.keys(parts).filter((n) => n.startsWith('word/media/'))).toHaveLength(6);
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    for (const c of CAPTIONS) expect(xml).toContain(c);
    // Inline (wp:inline), each at most the text width: 16 cm = 5,760,000 EMU.
    expect(xml.match(/<wp:inline/g)).toHaveLength(6);
    const widths = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(widths).toHaveLength(6);
    for (const [cx] of widths) expect(cx).toBeLessThanOrEqual(5_760_000);
    expect(widths.filter(([cx, cy]) => cy! > cx!)).toHaveLength(1);
  });

  it('HTML: six lazy-loaded figures with captions, the first as og:image, under 3 MB', () => {
    const html = readFileSync(file('html'), 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(MB3);
    expect(html.match(/<img src="data:image\/jpeg;base64,[^"]+" width="\d+" height="\d+" loading="lazy" decoding="async" alt="[^"]+">/g)).toHaveLength(6);
    for (const c of CAPTIONS) expect(html).toContain(`alt="${c}"`);
    expect(html.match(/<figcaption>/g)).toHaveLength(6);
    expect(html).toMatch(/<meta property="og:image" content="data:image\/jpeg;base64,/);
    expect(html).toContain('<img src="data:image/jpeg;base64,');
    expect(html).toMatch(/width="960" height="1280"/); // the sideways photo, upright
  });
});
