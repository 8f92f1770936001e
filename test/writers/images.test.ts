import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageDataUri, readImage } from '../../src/writers/images.js';

/** The first bytes of a PNG: signature, IHDR with the given size. */
function png(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

describe('images', () => {
  it('types images by their bytes and reads their size', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'img-')), 'logo.jpg');
    writeFileSync(file, png(120, 80));
    expect(readImage(file)).toMatchObject({ type: 'png', width: 120, height: 80 });
    expect(imageDataUri(file)).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });
  it('reads a changed file again', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'img-')), 'logo.png');
    writeFileSync(file, png(10, 10));
    expect(readImage(file).width).toBe(10);
    writeFileSync(file, png(20, 10));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(readImage(file).width).toBe(20);
    expect(imageDataUri(file)).toBe(`data:image/png;base64,${png(20, 10).toString('base64')}`);
  });
  it('refuses what is not PNG or JPEG', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'img-')), 'logo.png');
    writeFileSync(file, 'GIF89a not really');
    expect(() => readImage(file)).toThrow(/not a PNG or JPEG/);
  });
});
