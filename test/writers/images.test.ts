import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultMeta, type Document } from '../../src/model/document.js';
import { imageDataUri, readImage, verifyImages } from '../../src/writers/images.js';
import { jpeg, png } from '../errors/images.js';

const fileWith = (name: string, bytes: Buffer | string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'img-')), name);
  writeFileSync(file, bytes);
  return file;
};

describe('images', () => {
  it('types images by their bytes and reads their size', () => {
    const file = fileWith('logo.jpg', png(120, 80));
    expect(readImage(file)).toMatchObject({ type: 'png', width: 120, height: 80 });
    expect(imageDataUri(file)).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(readImage(fileWith('logo.png', jpeg(300, 200)))).toMatchObject({ type: 'jpeg', width: 300, height: 200 });
  });
  it('reads a changed file again', () => {
    const file = fileWith('logo.png', png(10, 10));
    expect(readImage(file).width).toBe(10);
    writeFileSync(file, png(20, 10));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(readImage(file).width).toBe(20);
    expect(imageDataUri(file)).toBe(`data:image/png;base64,${png(20, 10).toString('base64')}`);
  });
  it('refuses what is not PNG or JPEG', () => {
    expect(() => readImage(fileWith('logo.png', 'GIF89a not really'))).toThrow(/not a PNG or JPEG/);
  });
  it('judges the allowed folders on every read, also when the image is cached', () => {
    const file = fileWith('logo.png', png(8, 8));
    expect(readImage(file, { within: [path.dirname(file)] }).width).toBe(8);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'img-'));
    expect(() => readImage(file, { within: [elsewhere] })).toThrow(/outside the allowed folders/);
  });
  it('refuses damaged images, each with its reason', () => {
    const whole = png(40, 30);
    const cases: [string, Buffer, RegExp][] = [
      ['truncated PNG', whole.subarray(0, whole.length - 30), /ends (early|inside)/],
      ['zero-width PNG', png(0, 30, { width: 1 }), /0×30 pixels/],
      ['0×0 JPEG', jpeg(0, 0), /0×0 pixels/],
      ['JPEG cut short', jpeg(30, 20, { end: false }), /ends early/],
    ];
    for (const [name, bytes, reason] of cases) {
      expect(() => readImage(fileWith('x.png', bytes)), name).toThrow(reason);
    }
  });
  it('decodes every pixel before any file is written: a PNG whose header lies, a JPEG whose scan is cut', async () => {
    const sharp = (await import('sharp')).default;
    // Noise, so that the scan is most of the file.
    const photo = await sharp({ create: { width: 256, height: 192, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    const doc = (file: string): Document => ({ meta: defaultMeta, blocks: [{ kind: 'keep', blocks: [{ kind: 'image', src: file, width: 3, align: 'center', written: { src: 'x', line: 7 } }] }] });
    await expect(verifyImages(doc(fileWith('ok.jpg', photo)), 't.hbs')).resolves.toBeUndefined();
    await expect(verifyImages(doc(fileWith('ok.png', png(40, 30))), 't.hbs')).resolves.toBeUndefined();
    const bad: [string, Buffer][] = [
      ['PNG whose header claims more pixels', png(400, 300, { width: 40, height: 30 })],
      ['PNG whose header claims fewer pixels', png(4, 3, { width: 40, height: 30 })],
      // The scan cut in the middle, the end-of-image marker kept: the structure looks whole.
      ['JPEG with half its scan', Buffer.concat([photo.subarray(0, photo.length >> 1), Buffer.from([0xff, 0xd9])])],
    ];
    for (const [name, bytes] of bad) {
      const file = fileWith('x.png', bytes);
      expect(() => readImage(file), name).not.toThrow();
      await expect(verifyImages(doc(file), 't.hbs'), name).rejects.toMatchObject({ key: 'image-damaged', location: { file: 't.hbs', line: 7 } });
    }
  });
  it('refuses an image past the pixel cap from its header, before inflating anything', () => {
    // 20000×20000 in a few kB: the header is enough to refuse it.
    const bomb = png(20000, 20000, { width: 1, height: 1 });
    expect(() => readImage(fileWith('bomb.png', bomb))).toThrow(/20000×20000/);
    // A 16-bit PNG counts double: the PDF writer expands it to twice the memory.
    const deep = png(8000, 4000, { width: 1, height: 1 });
    deep[24] = 16;
    deep.writeUInt32BE(crc32(deep.subarray(12, 29)), 29);
    expect(() => readImage(fileWith('deep.png', deep))).toThrow(/8000×4000 pixels/);
    const old = process.env.SARABAN_MAX_MEGAPIXELS;
    process.env.SARABAN_MAX_MEGAPIXELS = '0.001'; // 1000 pixels
    try {
      expect(() => readImage(fileWith('a.png', png(40, 30)))).toThrow(/too large/);
      expect(readImage(fileWith('b.png', png(40, 20))).width).toBe(40);
    } finally {
      if (old === undefined) delete process.env.SARABAN_MAX_MEGAPIXELS;
      else process.env.SARABAN_MAX_MEGAPIXELS = old;
    }
  });
});
