// Reading an XLSX sheet as the clerk sees it. The workbook is unzipped here (each part bounded
// before it is inflated) and its XML read with flat scans: no recursion, no argument spreads, so
// a sheet of any length fits the stack, and the scan gives the event loop a turn every few
// milliseconds (Ctrl-C in a batch, other requests in the editor). A library reader was replaced
// because it read an uncalculated formula and an error cell (#REF!) as an empty cell, refused
// time cells, and overflowed the stack on long sheets (a recursive chunk loop).
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { SarabanError } from '../messages/errors.js';
import { limit, limitText, LIMITS } from '../io/limits.js';
import { formatTime } from '../thai/dates.js';
import type { CellProblem, TableRow } from './table-row.js';
import { turns } from './turns.js';

const inflate = promisify(inflateRaw) as (data: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

/**
 * A workbook is a zip: every part is inflated once here, each bounded by the size the zip's
 * central directory declares for it, and the declared sizes together by the workbook cap. A 2 MB
 * file whose sheet inflates to 2 GiB is refused without inflating it, and a part that inflates to
 * more than it declares is refused as damaged. Inflating runs off this thread (zlib's pool).
 */
export async function unzipWorkbook(bytes: Buffer, file: string): Promise<Map<string, Buffer>> {
  const damaged = (detail: string) => SarabanError.of('workbook-damaged', { detail }, { file });
  const cap = limit('workbook');
  let eocd = -1;
  for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - 22 - 0xffff); k--) {
    if (bytes.readUInt32LE(k) === 0x06054b50) {
      eocd = k;
      break;
    }
  }
  if (eocd < 0) throw damaged('it is not a zip file (no central directory)');
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  const parts = new Map<string, Buffer>();
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw damaged('its central directory is cut short');
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const part = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    total += size;
    if (size === 0xffffffff || total > cap) {
      throw SarabanError.of('workbook-too-big', { cap: limitText('workbook'), part, env: LIMITS.workbook.env }, { file });
    }
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw damaged(`the part ${part} is missing`);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + packed);
    if (data.length !== packed) throw damaged(`the part ${part} is cut short`);
    let inflated: Buffer;
    if (method === 0) inflated = data;
    else if (method === 8) {
      try {
        inflated = await inflate(data, { maxOutputLength: Math.max(size, 1) });
      } catch {
        throw damaged(`the part ${part} does not unzip to the size it declares`);
      }
    } else throw damaged(`the part ${part} uses an unknown compression (${method})`);
    if (inflated.length !== size) throw damaged(`the part ${part} does not unzip to the size it declares`);
    parts.set(part.replace(/^\/+/, ''), inflated);
  }
  return parts;
}

/** The rows of a sheet (the first, or the one named), each cell as text as the sheet shows it. */
export async function readXlsx(bytes: Buffer, file: string, sheet?: string, signal?: AbortSignal): Promise<TableRow[]> {
  const parts = await unzipWorkbook(bytes, file);
  const unreadable = (detail: string) =>
    SarabanError.of('workbook-unreadable', { sheet: sheet ? { th: ` (แผ่นงาน "${sheet}")`, en: ` (sheet "${sheet}")` } : '', detail }, { file });
  const text = (part: string) => parts.get(part)?.toString('utf8');

  const workbookPath = target('', text('_rels/.rels'), /officeDocument$/) ?? 'xl/workbook.xml';
  const workbook = text(workbookPath);
  if (workbook === undefined) throw unreadable(`it has no ${workbookPath}`);
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = text(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`);
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => ({ name: xmlText(attribute(m[1]!, 'name') ?? ''), id: attribute(m[1]!, 'r:id') ?? '' }));
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!chosen) throw unreadable(sheets.length ? `there is no sheet by that name (the sheets: ${sheets.map((s) => s.name).join(', ')})` : 'it has no sheet');
  const sheetPath = target(folder, rels, undefined, chosen.id);
  const sheetXml = sheetPath === undefined ? undefined : text(sheetPath);
  if (sheetXml === undefined) throw unreadable(`the sheet "${chosen.name}" is missing from the file`);

  const sharedPath = target(folder, rels, /sharedStrings$/);
  const stylesPath = target(folder, rels, /styles$/);
  const turn = turns();
  const context: SheetContext = {
    shared: await sharedStrings(sharedPath === undefined ? undefined : text(sharedPath), turn, signal),
    kinds: styleKinds(stylesPath === undefined ? undefined : text(stylesPath)),
    date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook),
  };
  parts.clear(); // the sheet's text is all that is needed now
  return sheetRows(sheetXml, context, turn, signal);
}

/** A relationship's target as a path inside the zip: by id, or the first whose type ends as given. */
function target(folder: string, rels: string | undefined, type?: RegExp, id?: string): string | undefined {
  if (rels === undefined) return undefined;
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    if (id !== undefined ? attribute(attrs, 'Id') !== id : !type!.test(attribute(attrs, 'Type') ?? '')) continue;
    const to = xmlText(attribute(attrs, 'Target') ?? '');
    return to.startsWith('/') ? to.slice(1) : normalisePath(folder + to);
  }
  return undefined;
}

const normalisePath = (p: string) =>
  p.split('/').reduce<string[]>((out, seg) => (seg === '..' ? out.slice(0, -1) : seg === '.' || seg === '' ? out : [...out, seg]), []).join('/');

const ATTRIBUTES = new Map<string, RegExp>();
/** An attribute's raw value in a start tag's attribute text (its regular expression made once a name: a sheet has millions of cells). */
function attribute(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  return re.exec(attrs)?.[1];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities decoded, and Excel's _xHHHH_ escapes (a line break kept as _x000D_). */
function xmlText(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? whole;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of a string item (<si>, <is>): its <t> runs, without the phonetic guides (<rPh>). */
function runText(xml: string): string {
  const plain = /^<t(?:\s[^>]*)?>([^<]*)<\/t>$/.exec(xml); // the usual item: one run of text
  if (plain) return xmlText(plain[1]!);
  let out = '';
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += m[1] ?? '';
  return xmlText(out);
}

async function sharedStrings(xml: string | undefined, turn: () => Promise<void> | undefined, signal?: AbortSignal): Promise<string[]> {
  const out: string[] = [];
  if (xml === undefined) return out;
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
    out.push(runText(m[1] ?? ''));
    if (out.length % 4096 === 0) await yieldTo(turn, signal);
  }
  return out;
}

/** A turn of the event loop if one is due, then a check for Ctrl-C. */
async function yieldTo(turn: () => Promise<void> | undefined, signal?: AbortSignal): Promise<void> {
  await turn();
  signal?.throwIfAborted();
}

/** What a number in a cell means by its number format: a date, a time, both, or a number. */
type NumberKind = 'number' | 'date' | 'time' | 'datetime' | 'elapsed';

/** Excel's built-in formats that are dates or times (ECMA-376 §18.8.30, with the Thai ones 71–81). */
const BUILTIN: Record<number, NumberKind> = {
  14: 'date', 15: 'date', 16: 'date', 17: 'date', 18: 'time', 19: 'time', 20: 'time', 21: 'time', 22: 'datetime',
  27: 'date', 28: 'date', 29: 'date', 30: 'date', 31: 'date', 32: 'time', 33: 'time', 34: 'time', 35: 'time', 36: 'date',
  45: 'time', 46: 'elapsed', 47: 'time', 50: 'date', 51: 'date', 52: 'date', 53: 'date', 54: 'date', 55: 'date', 56: 'date', 57: 'date', 58: 'date',
  71: 'date', 72: 'date', 73: 'date', 74: 'date', 75: 'time', 76: 'time', 77: 'datetime', 78: 'time', 79: 'elapsed', 80: 'time', 81: 'date',
};

/** A custom format code's kind: its date letters (d, y, and Thai ว ด ป) and time letters (h, s, Thai ช น ท), outside quotes and brackets. */
export function formatKind(code: string): NumberKind {
  const section = code.split(';')[0] ?? '';
  if (/\[(h+|m+|s+)\]/i.test(section)) return 'elapsed';
  const bare = section
    .replace(/"[^"]*"|\\.|_.|\*./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General|AM\/PM|A\/P/gi, '');
  const date = /[dyeb]|[วดป]/i.test(bare);
  const time = /[hs]|[ชนท]/i.test(bare);
  if (date && time) return 'datetime';
  if (date) return 'date';
  if (time) return 'time';
  return /m/i.test(bare) && !/[0#?]/.test(bare) ? 'date' : 'number'; // "mmm" alone is a month
}

/** Each cell style's kind, by its index (the s="" of a cell). */
function styleKinds(xml: string | undefined): NumberKind[] {
  if (xml === undefined) return [];
  const custom = new Map<number, NumberKind>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    custom.set(Number(attribute(m[1]!, 'numFmtId')), formatKind(xmlText(attribute(m[1]!, 'formatCode') ?? '')));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*)/g)].map((m) => {
    const id = Number(attribute(m[1]!, 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILTIN[id] ?? 'number';
  });
}

interface SheetContext {
  shared: string[];
  kinds: NumberKind[];
  date1904: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** Excel's day 0 (serials count days from it; the 1900 system's false 29 Feb 1900 is before any real list's dates). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date or time serial as the clerk typed it: 2024-06-10, 13.30, 2024-06-10 13.30. Rounded to the minute. */
function serialText(serial: number, kind: NumberKind, date1904: boolean): string {
  const minutes = Math.round(serial * 1440);
  if (kind === 'elapsed') return `${Math.floor(minutes / 60)}.${pad2(minutes % 60)}`;
  const time = formatTime(((minutes % 1440) + 1440) % 1440).replace(':', '.');
  if (kind === 'time') return time;
  const day = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(minutes / 1440) * 86_400_000).toISOString().slice(0, 10);
  return kind === 'date' ? day : `${day} ${time}`;
}

/** A number as Excel shows it in General format: at most 15 significant digits (0.1 + 0.2 is 0.3). */
const numberText = (raw: string, n: number) => (raw.length <= 15 ? String(n) : String(Number(n.toPrecision(15))));


const CELL = /<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** The sheet's rows: each <row> and its <c> cells, in one flat scan of the text. */
async function sheetRows(xml: string, context: SheetContext, turn: () => Promise<void> | undefined, signal?: AbortSignal): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  const body = /<sheetData\b[^>]*>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? '';
  let row: TableRow | undefined;
  let lastRow = 0;
  let column = -1;
  let seen = 0;
  // Its own copy of the expression (and its lastIndex): the scan awaits turns, and another read
  // (a second request to the editor) may scan meanwhile.
  const cells = new RegExp(CELL);
  for (let m = cells.exec(body); m; m = cells.exec(body)) {
    if (++seen % 4096 === 0) await yieldTo(turn, signal);
    if (m[1] !== undefined) {
      lastRow = Number(attribute(m[1], 'r') ?? lastRow + 1);
      row = { cells: [], row: lastRow };
      rows.push(row);
      column = -1;
      continue;
    }
    const attrs = m[3]!;
    const ref = attribute(attrs, 'r');
    const address = ref === undefined ? undefined : /^([A-Z]+)(\d+)$/i.exec(ref);
    if (!row) {
      // A cell outside any <row> (not written by Excel): its reference says where it is.
      lastRow = Number(address?.[2] ?? lastRow + 1);
      row = { cells: [], row: lastRow };
      rows.push(row);
    }
    column = address ? columnIndex(address[1]!) : column + 1;
    const value = cellValue(attrs, m[4] ?? '', context);
    if (typeof value !== 'string') {
      (row.problems ??= []).push({ column, ...value });
      if (value.kind !== 'error') continue;
    }
    while (row.cells.length < column) row.cells.push('');
    row.cells[column] = typeof value === 'string' ? value : value.code!;
  }
  // A sheet leaves empty cells out, trailing ones too: every row is as wide as the widest, as the sheet shows it.
  let width = 0;
  for (const r of rows) width = Math.max(width, r.cells.length);
  for (const r of rows) while (r.cells.length < width) r.cells.push('');
  return rows;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell's text, or why it has none a document could use. */
function cellValue(attrs: string, inner: string, context: SheetContext): string | Omit<CellProblem, 'column'> {
  const type = attribute(attrs, 't') ?? 'n';
  const v = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(inner);
  const formula = /<f\b/.test(inner);
  if (type === 'inlineStr') return runText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
  // A formula saved without its result (by a program that does not calculate): no value to read.
  if (!v) return formula ? { kind: 'uncalculated' } : '';
  const raw = xmlText(v[1] ?? '');
  switch (type) {
    case 's':
      return context.shared[Number(raw)] ?? '';
    case 'str':
      return raw;
    case 'e':
      return { kind: 'error', code: raw };
    case 'b':
      return raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE'; // as Excel shows it
    case 'd': {
      // An ISO date-time (rare: Excel writes dates as serial numbers).
      const [day, time] = raw.split('T');
      const hm = time?.slice(0, 5).replace(':', '.');
      return hm && hm !== '00.00' ? `${day} ${hm}` : (day ?? '');
    }
    default: {
      if (raw.trim() === '') return '';
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      const kind = context.kinds[Number(attribute(attrs, 's') ?? 0)] ?? 'number';
      return kind === 'number' ? numberText(raw, n) : serialText(n, kind, context.date1904);
    }
  }
}
