// A metric-matched stand-in for TH SarabunPSK, for tests only: the PDF's own Sarabun (fonts/*.ttf)
// drawn at SARABUN_SCALE of the em (unitsPerEm grown by 1 / 0.68, outlines untouched), with
// TH SarabunPSK's line pitch (21 pt at 16 pt) in every vertical-metrics table, renamed
// "TH SarabunPSK". Built in a temporary folder and shown to one LibreOffice run through a private
// fontconfig file; never installed system-wide, never committed (TH SarabunPSK's licence is not
// ours to ship, and this is not that font).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TRUETYPE, writeSfnt, type Tables } from '../../src/writers/pdf/sfnt.js';
import { SARABUN_SCALE, TH_SARABUN_LINE_PITCH } from '../../src/thai/index.js';
import { ROOT } from '../helpers.js';

const FAMILY = 'TH SarabunPSK';

function readTtf(buf: Buffer): Tables {
  const tables: Tables = new Map();
  const n = buf.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const e = 12 + i * 16;
    const tag = buf.toString('latin1', e, e + 4);
    const offset = buf.readUInt32BE(e + 8);
    const length = buf.readUInt32BE(e + 12);
    tables.set(tag, Buffer.from(buf.subarray(offset, offset + length)));
  }
  return tables;
}

/** A name table (format 0, Windows Unicode English) with the family, style, full and PostScript names. */
function nameTable(style: 'Regular' | 'Bold'): Buffer {
  const full = style === 'Regular' ? FAMILY : `${FAMILY} ${style}`;
  const records: [number, string][] = [
    [1, FAMILY],
    [2, style],
    [4, full],
    [6, `THSarabunPSK-${style}`],
    [16, FAMILY],
    [17, style],
  ];
  const strings = records.map(([, s]) => Buffer.from(s, 'utf16le').swap16());
  const header = Buffer.alloc(6 + records.length * 12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach(([id], k) => {
    const e = 6 + k * 12;
    header.writeUInt16BE(3, e); // Windows
    header.writeUInt16BE(1, e + 2); // Unicode BMP
    header.writeUInt16BE(0x409, e + 4); // English (US)
    header.writeUInt16BE(id, e + 6);
    header.writeUInt16BE(strings[k]!.length, e + 8);
    header.writeUInt16BE(offset, e + 10);
    offset += strings[k]!.length;
  });
  return Buffer.concat([header, ...strings]);
}

/** The stand-in font file for one style, from the PDF's Sarabun of that style. */
export function standInFont(style: 'Regular' | 'Bold'): Buffer {
  const tables = readTtf(readFileSync(path.join(ROOT, 'fonts', `Sarabun-${style}.ttf`)));
  const head = tables.get('head')!;
  const hhea = tables.get('hhea')!;
  const os2 = tables.get('OS/2')!;
  const upm = head.readUInt16BE(18);
  const ascent = hhea.readInt16BE(4);
  const descent = -hhea.readInt16BE(6);
  // Outlines stay; the em grows so that a glyph at N pt is Sarabun's at N × 0.68 pt.
  const em = Math.round(upm / SARABUN_SCALE);
  head.writeUInt16BE(em, 18);
  // The line: TH SarabunPSK's pitch per point of size, split in Sarabun's ascent : descent ratio.
  const line = Math.round(em * TH_SARABUN_LINE_PITCH);
  const asc = Math.round((line * ascent) / (ascent + descent));
  const desc = line - asc;
  hhea.writeInt16BE(asc, 4);
  hhea.writeInt16BE(-desc, 6);
  hhea.writeInt16BE(0, 8);
  os2.writeInt16BE(asc, 68); // sTypoAscender
  os2.writeInt16BE(-desc, 70); // sTypoDescender
  os2.writeInt16BE(0, 72); // sTypoLineGap
  os2.writeUInt16BE(asc, 74); // usWinAscent
  os2.writeUInt16BE(desc, 76); // usWinDescent
  tables.set('name', nameTable(style));
  return writeSfnt({ flavor: TRUETYPE, tables });
}

/**
 * Writes the stand-in fonts and a fontconfig file that adds them to the system's fonts, under
 * dir; returns the environment for one LibreOffice run (FONTCONFIG_FILE and a private cache).
 */
export function standInFontEnv(dir: string): NodeJS.ProcessEnv {
  const fonts = path.join(dir, 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const style of ['Regular', 'Bold'] as const) writeFileSync(path.join(fonts, `THSarabunPSK-StandIn-${style}.ttf`), standInFont(style));
  const conf = path.join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
  <cachedir>${path.join(dir, 'fc-cache')}</cachedir>
</fontconfig>
`,
  );
  return { ...process.env, FONTCONFIG_FILE: conf, HOME: dir };
}
