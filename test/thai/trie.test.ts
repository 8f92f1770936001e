// The flat word trie (src/thai/trie.ts) and the lexicon file `npm run build` saves.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconKey, lexiconWords } from '../../src/thai/dictionary.js';
import { Trie } from '../../src/thai/trie.js';
import { ROOT } from '../helpers.js';

describe('Trie', () => {
  const words = ['มอบหมาย', 'มอบ', 'หมาย', 'ส่วนราชการ', 'ส่วน', 'ราชการ', 'ก', 'มอบ'];
  const trie = Trie.build(words);

  it('holds exactly its words, prefixes of words included only when listed', () => {
    for (const w of words) expect(trie.has(w), w).toBe(true);
    for (const w of ['มอ', 'มอบหมา', 'ส่วนราช', 'ข', '', 'มอบหมายงาน']) expect(trie.has(w), w).toBe(false);
  });

  it('walks a text character by character, as segmentation does', () => {
    const text = 'มอบหมายงาน';
    const ends: number[] = [];
    for (let j = 0, t = Trie.ROOT; j < text.length; j++) {
      t = trie.child(t, text.charCodeAt(j));
      if (t < 0) break;
      if (trie.word[t]) ends.push(j + 1);
    }
    expect(ends).toEqual([3, 7]); // มอบ, มอบหมาย
  });

  it('reads back what it wrote, and nothing built from other words', () => {
    const bytes = trie.toBytes('key 1');
    const back = Trie.fromBytes(bytes, 'key 1')!;
    expect([...back.chars]).toEqual([...trie.chars]);
    expect([...back.first]).toEqual([...trie.first]);
    expect([...back.count]).toEqual([...trie.count]);
    expect([...back.word]).toEqual([...trie.word]);
    expect(Trie.fromBytes(bytes, 'key 2')).toBeUndefined();
    expect(Trie.fromBytes(bytes.subarray(0, bytes.length - 1), 'key 1')).toBeUndefined();
    expect(Trie.fromBytes(Buffer.from('not a trie'), 'key 1')).toBeUndefined();
  });

  it('the lexicon the build saved is the one the word list makes now', () => {
    const file = path.join(ROOT, 'dist/thai-lexicon.bin');
    if (!existsSync(file)) return; // not built: the program builds the trie itself
    const saved = Trie.fromBytes(readFileSync(file), lexiconKey());
    const fresh = Trie.build(lexiconWords());
    expect(saved, 'dist/thai-lexicon.bin is stale: npm run build').toBeDefined();
    expect(Buffer.from(saved!.toBytes('k')).equals(fresh.toBytes('k'))).toBe(true);
  });
});
