import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { writeTxt } from '../../src/writers/txt.js';
import { exampleDocument, SEED, seedRelease } from '../helpers.js';
import type { Document } from '../../src/model/document.js';
import { defaultMeta, SIGNATURE_DOTS } from '../../src/model/document.js';

describe('text writer', () => {
  it('writes the seed news release from the example data, byte for byte', async () => {
    const expected = seedRelease(await readFile(SEED, 'utf8'));
    expect(writeTxt(await exampleDocument('news'))).toBe(expected);
  });

  it('separates blocks by a blank line, except after a block kept with the next', () => {
    const doc: Document = {
      meta: { ...defaultMeta, thaiDigits: true },
      blocks: [
        { kind: 'heading', level: 1, align: 'center', content: [{ kind: 'text', text: 'หัวเรื่อง' }] },
        { kind: 'paragraph', align: 'left', firstLine: 0, indent: 0, keepWithNext: true, content: [{ kind: 'text', text: 'ดังนี้' }] },
        { kind: 'list', marker: '({n})', start: 9, indent: 0, items: [{ content: [{ kind: 'text', text: 'ก' }], children: [] }, { content: [{ kind: 'text', text: 'ข' }], children: [] }] },
        { kind: 'signature', signLine: true, caption: [{ kind: 'text', text: 'ผู้จดรายงานการประชุม' }], name: [{ kind: 'text', text: 'นางสาวสมใจ ดีงาม' }], position: [[{ kind: 'text', text: 'นักจัดการงานทั่วไป' }]] },
        { kind: 'hashtags', tags: ['แท็ก1', 'Tag'] },
      ],
    };
    expect(writeTxt(doc)).toBe(
      `หัวเรื่อง\n\nดังนี้\n(๙) ก\n(๑๐) ข\n\n(ลงชื่อ) ${SIGNATURE_DOTS} ผู้จดรายงานการประชุม\n(นางสาวสมใจ ดีงาม)\nนักจัดการงานทั่วไป\n\n#แท็ก1\n#Tag\n`,
    );
  });
});
