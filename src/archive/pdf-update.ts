// An incremental update of a PDF: objects appended after its end with a cross-reference section
// and a trailer pointing back (/Prev) at the one before, so that every byte a signature covered
// stays where it was. Values are written from what archive/pdf-file.ts read (strings as hex).
import { Name, Ref, type PdfDict, type PdfFile, type PdfValue } from './pdf-file.js';

/** A value as PDF text. */
export function pdfText(v: PdfValue | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Ref) return v.toString();
  if (v instanceof Name) return `/${v.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if (Buffer.isBuffer(v)) return `<${v.toString('hex')}>`;
  if (Array.isArray(v)) return `[${v.map(pdfText).join(' ')}]`;
  return `<<${Object.entries(v)
    .map(([k, x]) => ` ${pdfText(new Name(k))} ${pdfText(x)}`)
    .join('')} >>`;
}

/** A text string: UTF-16BE with its byte-order mark. */
export const pdfString = (s: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

export class PdfUpdate {
  private next: number;
  private readonly objects = new Map<number, string | Buffer>();

  constructor(readonly pdf: PdfFile) {
    this.next = typeof pdf.trailer.Size === 'number' ? pdf.trailer.Size : Math.max(0, ...pdf.numbers()) + 1;
  }

  /** A new object number. */
  reserve(): Ref {
    return new Ref(this.next++, 0);
  }

  /** Writes object `ref` (a new one, or a new version of an old one). */
  set(ref: Ref, value: PdfDict | string, stream?: Buffer): Ref {
    const body = typeof value === 'string' ? value : pdfText(value);
    this.objects.set(ref.num, stream ? Buffer.concat([Buffer.from(`${body}\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream', 'latin1')]) : body);
    return ref;
  }

  add(value: PdfDict | string, stream?: Buffer): Ref {
    return this.set(this.reserve(), value, stream);
  }

  /** The file with the update appended. */
  bytes(): Buffer {
    const base = this.pdf.bytes;
    const parts: Buffer[] = [base];
    let offset = base.length;
    const push = (b: Buffer | string) => {
      const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
      parts.push(buf);
      offset += buf.length;
    };
    if (base[base.length - 1] !== 0x0a) push('\n');
    const at = new Map<number, number>();
    for (const num of [...this.objects.keys()].sort((a, b) => a - b)) {
      at.set(num, offset);
      push(`${num} 0 obj\n`);
      push(this.objects.get(num)!);
      push('\nendobj\n');
    }
    const xref = offset;
    push('xref\n');
    const nums = [...at.keys()];
    for (let k = 0; k < nums.length; ) {
      let end = k;
      while (end + 1 < nums.length && nums[end + 1] === nums[end]! + 1) end++;
      push(`${nums[k]} ${end - k + 1}\n`);
      for (let j = k; j <= end; j++) push(`${String(at.get(nums[j]!)).padStart(10, '0')} 00000 n \n`);
      k = end + 1;
    }
    const { Root, Info, ID } = this.pdf.trailer;
    const trailer: PdfDict = { Size: this.next, Root: Root ?? null, ...(Info ? { Info } : {}), ...(ID ? { ID } : {}), Prev: this.pdf.startxref };
    push(`trailer\n${pdfText(trailer)}\nstartxref\n${xref}\n%%EOF\n`);
    return Buffer.concat(parts);
  }
}
