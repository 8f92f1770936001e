// A small reader of PDF files as saraban writes them (pdfkit's classic cross-reference tables,
// and the incremental updates signing appends): objects by number, their values, their streams.
// It is not a general PDF parser: compressed object streams are not read (a file that needs them
// is "not saraban's" to the callers), and a table that cannot be read falls back to a scan for
// "N G obj" headers, the last of each number winning as in an incremental update.
import { inflateSync } from 'node:zlib';

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  toString(): string {
    return `${this.num} ${this.gen} R`;
  }
}
export class Name {
  constructor(readonly name: string) {}
}
export type PdfValue = number | boolean | null | Buffer | Name | Ref | PdfValue[] | PdfDict;
export interface PdfDict {
  [key: string]: PdfValue;
}

export interface PdfObject {
  num: number;
  value: PdfValue;
  /** Offsets of the value's text ("<< … >>") in the file. */
  start: number;
  end: number;
  /** The raw bytes of its stream, if it has one. */
  stream?: Buffer;
}

const DELIMITERS = '()<>[]{}/%';
/** A stream inflated past this is refused (a PDF from elsewhere may be built to explode). */
const MAX_STREAM = 64 << 20;
/** Arrays and dictionaries nested deeper than this are refused (the parser recurses). */
const MAX_DEPTH = 64;
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

export class PdfFile {
  readonly text: string;
  private readonly offsets = new Map<number, number>();
  /** The newest trailer (or cross-reference stream dictionary). */
  readonly trailer: PdfDict;
  /** Where the newest cross-reference section starts (an update's /Prev). */
  readonly startxref: number;

  constructor(readonly bytes: Buffer) {
    this.text = bytes.toString('latin1');
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.text.slice(-1024));
    this.startxref = m ? Number(m[1]) : -1;
    this.trailer = this.readTables() ?? this.scan();
  }

  /** The cross-reference tables from the newest back (older entries never replace newer ones). */
  private readTables(): PdfDict | undefined {
    let at = this.startxref;
    let newest: PdfDict | undefined;
    const seen = new Set<number>();
    while (at >= 0 && !seen.has(at)) {
      seen.add(at);
      if (this.text.slice(at, at + 4) !== 'xref') return undefined;
      let pos = at + 4;
      const header = /\s*(\d+)\s+(\d+)\s*[\r\n]+/y;
      for (;;) {
        header.lastIndex = pos;
        const h = header.exec(this.text);
        if (!h) break;
        const first = Number(h[1]);
        const count = Number(h[2]);
        pos = header.lastIndex;
        for (let k = 0; k < count; k++) {
          const entry = this.text.slice(pos, pos + 20);
          if (entry[17] === 'n' && !this.offsets.has(first + k)) this.offsets.set(first + k, Number(entry.slice(0, 10)));
          pos += 20;
        }
      }
      const t = this.text.indexOf('trailer', pos);
      if (t < 0) return undefined;
      const dict = this.parseAt(t + 7).value as PdfDict;
      newest ??= dict;
      at = typeof dict.Prev === 'number' ? dict.Prev : -1;
    }
    return newest;
  }

  /** No readable table: every "N G obj" header, the last of each number winning. */
  private scan(): PdfDict {
    this.offsets.clear();
    for (const m of this.text.matchAll(/(?<=[\r\n])(\d+)\s+\d+\s+obj\b/g)) this.offsets.set(Number(m[1]), m.index);
    const t = this.text.lastIndexOf('trailer');
    if (t >= 0) return this.parseAt(t + 7).value as PdfDict;
    return {};
  }

  /** The numbers of every object the file has. */
  numbers(): number[] {
    return [...this.offsets.keys()];
  }

  object(num: number): PdfObject | undefined {
    const at = this.offsets.get(num);
    if (at === undefined) return undefined;
    const head = /(\d+)\s+(\d+)\s+obj/y;
    head.lastIndex = at;
    if (!head.exec(this.text)) return undefined;
    const { value, start, end } = this.parseAt(head.lastIndex);
    const obj: PdfObject = { num, value, start, end };
    const s = /\s*stream\r?\n/y;
    s.lastIndex = end;
    if (s.exec(this.text) && value && typeof value === 'object' && !Array.isArray(value)) {
      const from = s.lastIndex;
      const length = this.resolve((value as PdfDict).Length);
      const to = typeof length === 'number' ? from + length : this.text.indexOf('endstream', from);
      obj.stream = this.bytes.subarray(from, to);
    }
    return obj;
  }

  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return v instanceof Ref ? this.object(v.num)?.value : v;
  }

  dict(v: PdfValue | undefined): PdfDict | undefined {
    const d = this.resolve(v);
    return d && typeof d === 'object' && !Array.isArray(d) && !(d instanceof Buffer) && !(d instanceof Name) && !(d instanceof Ref) ? (d as PdfDict) : undefined;
  }

  /** A stream's data, inflated when it is FlateDecode (the one filter saraban writes). */
  streamData(ref: PdfValue | undefined): Buffer | undefined {
    if (!(ref instanceof Ref)) return undefined;
    const obj = this.object(ref.num);
    if (!obj?.stream) return undefined;
    const filter = (obj.value as PdfDict).Filter;
    if (filter === undefined) return obj.stream;
    if (!(filter instanceof Name && filter.name === 'FlateDecode')) return undefined;
    try {
      return inflateSync(obj.stream, { maxOutputLength: MAX_STREAM });
    } catch {
      return undefined; // damaged: what it held cannot be read
    }
  }

  /** The value whose text starts at `at`. */
  parseAt(at: number): { value: PdfValue; start: number; end: number } {
    const p = new Parser(this.text, at);
    p.skip();
    const start = p.pos;
    const value = p.value();
    return { value, start, end: p.pos };
  }
}

class Parser {
  constructor(
    private readonly s: string,
    public pos: number,
  ) {}

  skip(): void {
    for (;;) {
      while (this.pos < this.s.length && isSpace(this.s[this.pos]!)) this.pos++;
      if (this.s[this.pos] !== '%') return;
      while (this.pos < this.s.length && this.s[this.pos] !== '\n' && this.s[this.pos] !== '\r') this.pos++;
    }
  }

  private word(): string {
    const from = this.pos;
    while (this.pos < this.s.length && !isSpace(this.s[this.pos]!) && !DELIMITERS.includes(this.s[this.pos]!)) this.pos++;
    return this.s.slice(from, this.pos);
  }

  private depth = 0;

  value(): PdfValue {
    if (++this.depth > MAX_DEPTH) throw new Error('nested too deep');
    try {
      return this.valueHere();
    } finally {
      this.depth--;
    }
  }

  private valueHere(): PdfValue {
    this.skip();
    const c = this.s[this.pos];
    if (c === '<' && this.s[this.pos + 1] === '<') {
      this.pos += 2;
      const d: PdfDict = {};
      for (;;) {
        this.skip();
        if (this.s.startsWith('>>', this.pos)) {
          this.pos += 2;
          return d;
        }
        if (this.pos >= this.s.length) throw new Error('unterminated dictionary');
        const key = this.value();
        if (!(key instanceof Name)) throw new Error('dictionary key is not a name');
        d[key.name] = this.value();
      }
    }
    if (c === '[') {
      this.pos++;
      const a: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (this.s[this.pos] === ']') {
          this.pos++;
          return a;
        }
        if (this.pos >= this.s.length) throw new Error('unterminated array');
        a.push(this.value());
      }
    }
    if (c === '/') {
      this.pos++;
      return new Name(this.word().replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    if (c === '(') return this.literal();
    if (c === '<') {
      const end = this.s.indexOf('>', this.pos);
      const hex = this.s.slice(this.pos + 1, end).replace(/\s+/g, '');
      this.pos = end + 1;
      return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    }
    const w = this.word();
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) throw new Error(`unexpected ${JSON.stringify(w || this.s[this.pos])}`);
    const n = Number(w);
    // "N G R": a reference.
    const save = this.pos;
    const ref = /\s+(\d+)\s+R(?![^\s()<>[\]{}/%])/y;
    ref.lastIndex = this.pos;
    const m = /^\d+$/.test(w) ? ref.exec(this.s) : null;
    if (m) {
      this.pos = ref.lastIndex;
      return new Ref(n, Number(m[1]));
    }
    this.pos = save;
    return n;
  }

  private literal(): Buffer {
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    for (;;) {
      const c = this.s[this.pos++];
      if (c === undefined) throw new Error('unterminated string');
      if (c === '\\') {
        const e = this.s[this.pos++]!;
        const map: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
        if (e in map) out.push(map[e]!);
        else if (/[0-7]/.test(e)) {
          let oct = e;
          while (oct.length < 3 && /[0-7]/.test(this.s[this.pos] ?? '')) oct += this.s[this.pos++];
          out.push(parseInt(oct, 8) & 0xff);
        } else if (e === '\r') {
          if (this.s[this.pos] === '\n') this.pos++;
        } else if (e !== '\n') out.push(e.charCodeAt(0));
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && depth-- === 0) return Buffer.from(out);
      out.push(c.charCodeAt(0));
    }
  }
}

/** A PDF text string (UTF-16BE with its mark, or PDFDocEncoding taken as Latin-1) as text. */
export function textString(v: PdfValue | undefined): string | undefined {
  if (!(v instanceof Buffer)) return undefined;
  if (v[0] === 0xfe && v[1] === 0xff) return Buffer.from(v.subarray(2)).swap16().toString('utf16le');
  return v.toString('latin1');
}
