// A word trie in four flat arrays: node k's children are the nodes first[k] … first[k]+count[k]−1,
// sorted by character. Built once from a sorted word list, and saved by `npm run build` as one
// binary file (build/lexicon.ts) that loads in a millisecond: libthai's 24,000 words made 69,000
// Map nodes, 45 ms of every cold render and much of its garbage.

export class Trie {
  private constructor(
    /** The character (UTF-16 code unit) leading to each node; the root's is 0. */
    readonly chars: Uint16Array,
    readonly first: Int32Array,
    readonly count: Uint16Array,
    /** 1 where a word ends. */
    readonly word: Uint8Array,
  ) {}

  static readonly ROOT = 0;

  /** The child of `node` by character `c`, or −1. */
  child(node: number, c: number): number {
    let lo = this.first[node]!;
    let hi = lo + this.count[node]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.chars[mid]!;
      if (m === c) return mid;
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Whether the word is in the trie. */
  has(word: string): boolean {
    let n = Trie.ROOT;
    for (let i = 0; i < word.length && n >= 0; i++) n = this.child(n, word.charCodeAt(i));
    return n >= 0 && this.word[n] === 1;
  }

  /** The trie of `words` (any order, repeats allowed; empty strings ignored). */
  static build(words: Iterable<string>): Trie {
    const list = [...new Set(words)].filter((w) => w.length > 0).sort();
    const size = 1 + list.reduce((n, w) => n + w.length, 0);
    const chars = new Uint16Array(size);
    const first = new Int32Array(size);
    const count = new Uint16Array(size);
    const word = new Uint8Array(size);
    // Breadth first: every node's children are made together, so they sit side by side. Each entry
    // is a node and the words [lo, hi) that pass through it, sharing their first `depth` characters.
    const queue: number[] = [Trie.ROOT, 0, list.length, 0];
    let next = 1;
    for (let q = 0; q < queue.length; q += 4) {
      const [node, lo, hi, depth] = [queue[q]!, queue[q + 1]!, queue[q + 2]!, queue[q + 3]!];
      let i = lo;
      // Sorted, so a word that ends here comes before the longer ones it begins.
      while (i < hi && list[i]!.length === depth) {
        word[node] = 1;
        i++;
      }
      first[node] = next;
      while (i < hi) {
        const c = list[i]!.charCodeAt(depth);
        let j = i + 1;
        while (j < hi && list[j]!.charCodeAt(depth) === c) j++;
        chars[next] = c;
        queue.push(next, i, j, depth + 1);
        next++;
        i = j;
      }
      count[node] = next - first[node]!;
    }
    return new Trie(chars.slice(0, next), first.slice(0, next), count.slice(0, next), word.slice(0, next));
  }

  /** The trie as bytes, with `key` (what it was built from) to check on reading. */
  toBytes(key: string): Buffer {
    const n = this.chars.length;
    const keyBytes = Buffer.from(key, 'utf8');
    const head = Buffer.alloc(align4(12 + keyBytes.length));
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(n, 4);
    head.writeUInt32LE(keyBytes.length, 8);
    keyBytes.copy(head, 12);
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    return Buffer.concat([head, bytes(this.first), bytes(this.chars), bytes(this.count), bytes(this.word)]);
  }

  /** The trie toBytes wrote, if it was built from `key`; otherwise undefined. */
  static fromBytes(buf: Buffer, key: string): Trie | undefined {
    if (buf.length < 12 || buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const n = buf.readUInt32LE(4);
    const keyLength = buf.readUInt32LE(8);
    if (buf.toString('utf8', 12, 12 + keyLength) !== key) return undefined;
    let at = align4(12 + keyLength);
    if (buf.length !== at + n * (4 + 2 + 2 + 1)) return undefined;
    // Copies into fresh buffers: typed arrays need aligned offsets.
    const take = (bytes: number) => buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + (at += bytes));
    const first = new Int32Array(take(n * 4));
    const chars = new Uint16Array(take(n * 2));
    const count = new Uint16Array(take(n * 2));
    const word = new Uint8Array(take(n));
    return new Trie(chars, first, count, word);
  }
}

const MAGIC = 'SRBT';
const align4 = (n: number) => (n + 3) & ~3;
