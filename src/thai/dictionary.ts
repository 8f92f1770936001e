// Thai word segmentation: libthai's word list (as shipped in the `wordcut` npm package, data/
// tdict-*.txt, about 24,000 words including 5,500 lexicalised compounds) combined with ICU.
// ICU's own Thai dictionary splits compounds a Thai reader keeps whole (มอบ|หมาย, เข้ม|แข็ง) and
// mis-segments some words (เลขา|นุ|กา|รส|ภา); libthai lacks names and new words that ICU knows.
// So each run of Thai letters is segmented by a shortest path over both: a libthai word (or an
// official term) costs WORD (plus OFF_ICU if it ends where ICU sees no boundary), an ICU segment
// costs ICU_WORD, and a lone character (no word covers it) costs STRAY. Fewest words wins, so
// compounds stay whole; among as few words, the split ICU agrees with. Linear: each position walks the trie at most as deep as the longest word.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OFFICIAL_TERMS } from './terms.js';
import { Trie } from './trie.js';
import { requireCjs } from '../runtime/cjs.js';
import { CODE_ROOT } from '../io/paths.js';

/** Following vowels, marks, ๆ and ฯ: nothing breaks before them. The class lists marks on purpose. */
// eslint-disable-next-line no-misleading-character-class
export const NEVER_BEFORE = /[\u0E46\u0E2F\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/;
/** Leading vowels: nothing breaks after them. */
export const NEVER_AFTER = /[เแโใไ]/;

const WORD = 10;
const isRepeatOrAbbrev = (c: number) => c === 0x0e46 || c === 0x0e2f;
/** Added where a listed word ends off ICU's boundaries: among equally few words, agree with ICU (ประจำ|ปี, not ประ|จำปี). */
const OFF_ICU = 2;
const ICU_WORD = 12;
const STRAY = 100;

/** Where `npm run build` saves the lexicon's trie (build/lexicon.ts): dist/thai-lexicon.bin. */
export const LEXICON_FILE = path.join(CODE_ROOT, 'thai-lexicon.bin');

/** Where the word list lives: the `wordcut` package's data folder (libthai's tdict files). */
function wordcutDir(): string {
  return path.dirname(requireCjs.resolve('wordcut/package.json'));
}

/** The lexicon's words: libthai's lists and the official terms. */
export function lexiconWords(): string[] {
  const dir = path.join(wordcutDir(), 'data');
  const words: string[] = [];
  for (const f of readdirSync(dir).filter((f) => /^tdict-.*\.txt$/.test(f)).sort()) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const w = line.trim();
      if (w && !w.startsWith('#')) words.push(w);
    }
  }
  return [...words, ...OFFICIAL_TERMS];
}

/** What a saved trie must have been built from: the word list's version and the official terms. */
export function lexiconKey(): string {
  const { version } = requireCjs('wordcut/package.json') as { version: string };
  return `wordcut ${version}; terms ${createHash('sha1').update(OFFICIAL_TERMS.join('\n')).digest('hex')}`;
}

let lexicon: Trie | undefined;
/** The word trie: the one the build saved, or (not built, or built from other words) made here, about 45 ms. */
export function thaiLexicon(): Trie {
  if (lexicon) return lexicon;
  let saved: Buffer | undefined;
  try {
    saved = readFileSync(LEXICON_FILE);
  } catch {
    saved = undefined;
  }
  return (lexicon = (saved && Trie.fromBytes(saved, lexiconKey())) ?? Trie.build(lexiconWords()));
}

/** Whether the lexicon lists a word (tests and docs). */
export function isListedWord(word: string): boolean {
  return thaiLexicon().has(word);
}

/**
 * Segment boundaries inside text[start, end) (a run of Thai letters): offsets strictly between
 * start and end. `icu` holds ICU's word boundaries (any offsets; those inside the run are used).
 */
export function segmentRun(text: string, start: number, end: number, isIcu: Uint8Array, extra?: Trie): number[] {
  const n = end - start;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  cost[0] = 0;
  // icu[i]: ICU sees a boundary at run offset i; nextIcu[i]: the next one after i.
  const icu = new Uint8Array(n + 1);
  icu[0] = icu[n] = 1;
  for (let i = 1; i < n; i++) icu[i] = isIcu[start + i]!;
  const nextIcu = new Int32Array(n + 1);
  nextIcu[n] = n;
  for (let i = n - 1, next = n; i >= 0; i--) {
    nextIcu[i] = next;
    if (icu[i]) next = i;
  }
  // A boundary never falls before a following vowel or a mark, nor after a leading vowel.
  // (ๆ and ฯ do end a word: the line-break rules keep them on its line.)
  const valid = new Uint8Array(n + 1);
  valid[0] = valid[n] = 1;
  for (let j = 1; j < n; j++) valid[j] = isMarkOrFollowing(text.charCodeAt(start + j)) || isLeading(text.charCodeAt(start + j - 1)) ? 0 : 1;
  const relax = (i: number, j: number, c: number) => {
    if (!valid[j]) return;
    if (cost[i]! + c < cost[j]!) {
      cost[j] = cost[i]! + c;
      from[j] = i;
    }
  };
  const lexicon = thaiLexicon();
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    for (let r = 0; r < (extra ? 2 : 1); r++) {
      const trie = r === 0 ? lexicon : extra!;
      let t = Trie.ROOT;
      for (let j = i; j < n; j++) {
        t = trie.child(t, text.charCodeAt(start + j));
        if (t < 0) break;
        if (trie.word[t]) relax(i, j + 1, WORD + (j + 1 < n && !icu[j + 1] && !isRepeatOrAbbrev(text.charCodeAt(start + j + 1)) ? OFF_ICU : 0));
      }
    }
    if (icu[i]) relax(i, nextIcu[i]!, ICU_WORD);
    if (isRepeatOrAbbrev(text.charCodeAt(start + i))) relax(i, i + 1, 0); // ๆ and ฯ cost nothing
    let k = i + 1;
    while (!valid[k]) k++;
    relax(i, k, STRAY);
  }
  const cuts: number[] = [];
  for (let j = from[n]!; j > 0; j = from[j]!) cuts.push(start + j);
  return cuts.reverse();
}

/** Following vowels and marks (not ๆ, ฯ): U+0E30-0E3A, U+0E45, U+0E47-0E4E. */
const isMarkOrFollowing = (c: number) => (c >= 0x0e30 && c <= 0x0e3a) || c === 0x0e45 || (c >= 0x0e47 && c <= 0x0e4e);
/** Leading vowels เ แ โ ใ ไ. */
const isLeading = (c: number) => c >= 0x0e40 && c <= 0x0e44;

const extraCache = new Map<string, Trie>();
/** A trie of the document's own dictionary terms (cached by content). */
export function termTrie(terms: readonly string[]): Trie | undefined {
  const thai = terms.filter((t) => /^[\u0E01-\u0E4E]+$/.test(t));
  if (!thai.length) return undefined;
  const key = thai.join('\n');
  let t = extraCache.get(key);
  if (!t) {
    t = Trie.build(thai);
    if (extraCache.size > 50) extraCache.clear();
    extraCache.set(key, t);
  }
  return t;
}
