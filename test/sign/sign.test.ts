// Signing and verifying (src/archive/): self-signed certificates made with openssl, the example
// minutes signed twice (recorder, then checker) through the command line, poppler's pdfsig and
// `saraban verify` reading the result — and both noticing a changed byte, a change appended after
// the last signature, and data inside that does not give the text.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, loadAndValidate, prepareTemplate } from '../../src/pipeline/documents.js';
import { archiveOf } from '../../src/archive/options.js';
import { Name, PdfFile, Ref } from '../../src/archive/pdf-file.js';
import { pdfString, PdfUpdate } from '../../src/archive/pdf-update.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { buildIfStale, EXAMPLE, ROOT, haveTools } from '../helpers.js';
import { runCli } from '../errors/support.js';

/** poppler's pdfinfo, pdffonts and pdfsig (with pdftotext), and openssl. */
const TOOLS = haveTools('pdftotext', 'openssl');

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-sign-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const at = (f: string) => path.join(tmp, f);
const pdfsig = (file: string) => execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A self-signed certificate and key in a .p12 protected by `passphrase`. */
function certificate(name: string, cn: string, passphrase: string): string {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-sha256', '-days', '30', '-nodes', '-keyout', at(`${name}.key`), '-out', at(`${name}.crt`), '-subj', `/CN=${cn}/O=สำนักงานพัฒนาชุมชนจังหวัดตราด/C=TH`, '-utf8'], { stdio: 'ignore' });
  execFileSync('openssl', ['pkcs12', '-export', '-inkey', at(`${name}.key`), '-in', at(`${name}.crt`), '-out', at(`${name}.p12`), '-passout', `pass:${passphrase}`], { stdio: 'ignore' });
  return at(`${name}.p12`);
}

async function minutesPdf(file: string, change?: (yaml: string) => string): Promise<string> {
  const { loaded, data } = await loadAndValidate(EXAMPLE);
  const template = await prepareTemplate('minutes');
  const doc = buildDocument(data, template, path.dirname(EXAMPLE));
  const archive = archiveOf(loaded, data, 'minutes');
  if (change) archive.source!.bytes = Buffer.from(change(loaded.text!), 'utf8');
  writeFileSync(file, await writePdf({ ...doc, meta: { ...doc.meta, archive } }));
  return file;
}

async function sign(file: string, cert: string, passphrase: string, ...more: string[]) {
  const saved = process.env.SARABAN_CERT_PASSWORD;
  process.env.SARABAN_CERT_PASSWORD = passphrase;
  try {
    return await runCli(['sign', file, '--cert', cert, ...more]);
  } finally {
    if (saved === undefined) delete process.env.SARABAN_CERT_PASSWORD;
    else process.env.SARABAN_CERT_PASSWORD = saved;
  }
}

let recorder: string;
let checker: string;
let signed: string;
let once: Buffer;

beforeAll(async () => {
  if (!TOOLS) return;
  // A Thai passphrase: OpenSSL 3 encrypts the key with PBES2, which takes it as UTF-8 (cms.ts).
  recorder = certificate('recorder', 'สุดา ตัวอย่าง', 'รหัส recorder');
  checker = certificate('checker', 'สมชาย ตัวอย่าง', 'checker-pass');
  signed = await minutesPdf(at('minutes.pdf'));
  const r1 = await sign(signed, recorder, 'รหัส recorder', '--visible', '--reason', 'ผู้จดรายงานการประชุม');
  expect(r1.code, r1.stderr).toBe(0);
  once = readFileSync(signed);
  const r2 = await sign(signed, checker, 'checker-pass', '--visible', '--reason', 'ผู้ตรวจรายงานการประชุม');
  expect(r2.code, r2.stderr).toBe(0);
}, 120_000);

describe.skipIf(!TOOLS)('saraban sign', () => {
  it('signs twice, each an incremental update: pdfsig finds both valid, and the last covering the whole file', () => {
    const bytes = readFileSync(signed);
    expect(bytes.subarray(0, once.length).equals(once)).toBe(true);
    const out = pdfsig(signed);
    const sigs = out.split(/Signature #\d+:/).slice(1);
    expect(sigs).toHaveLength(2);
    expect(sigs[0]).toContain('Signer Certificate Common Name: สุดา ตัวอย่าง');
    expect(sigs[1]).toContain('Signer Certificate Common Name: สมชาย ตัวอย่าง');
    for (const s of sigs) {
      expect(s).toContain('Signature Type: ETSI.CAdES.detached');
      expect(s).toContain('Signing Hash Algorithm: SHA-256');
      expect(s).toContain('Signature Validation: Signature is Valid.');
    }
    expect(sigs[1]).toContain('Total document signed');
  });

  it('writes a PAdES B-B CMS: signing-certificate-v2, and the time in /M rather than a signing-time attribute', async () => {
    const { checkCms } = await import('../../src/archive/cms.js');
    const pdf = new PdfFile(readFileSync(signed));
    const form = pdf.dict(pdf.dict(pdf.trailer.Root)!.AcroForm)!;
    for (const f of form.Fields as Ref[]) {
      const sig = pdf.dict(pdf.dict(f)!.V)!;
      const [a, b, c, d] = sig.ByteRange as number[];
      const check = checkCms(sig.Contents as Buffer, Buffer.concat([pdf.bytes.subarray(a!, a! + b!), pdf.bytes.subarray(c!, c! + d!)]));
      expect(check).toMatchObject({ digestMatches: true, signatureValid: true, certificateBound: true });
      expect(check.signingTime).toBeUndefined();
      expect(sig.M).toBeInstanceOf(Buffer);
    }
  });

  it('keeps the PDF/A: XMP, structure, fonts; every widget printable, locked, with an appearance', () => {
    expect(execFileSync('pdfinfo', ['-meta', signed], { encoding: 'utf8' })).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(execFileSync('pdfinfo', ['-struct', signed], { encoding: 'utf8' })).toMatch(/Document\n[\s\S]*Div:\n\s+\/saraban:signature-box[\s\S]*Div:\n\s+\/saraban:signature-box/);
    const pdf = new PdfFile(readFileSync(signed));
    const fields = pdf.dict(pdf.dict(pdf.trailer.Root)!.AcroForm)!.Fields as Ref[];
    const rects = fields.map((f) => {
      const w = pdf.dict(f)!;
      expect(w.F).toBe(132);
      expect(pdf.dict(pdf.dict(w.AP)!.N)).toMatchObject({ Subtype: new Name('Form') });
      return w.Rect as number[];
    });
    // --visible: the recorder's frame above the checker's, both drawn (not zero-sized).
    for (const r of rects) expect(r[2]! - r[0]!).toBeGreaterThan(100);
    expect(rects[0]![1]).toBeGreaterThan(rects[1]![3]!);
  });

  it('signs a third time (the chair): no signature block is left, so it says so and signs invisibly', async () => {
    const file = at('three.pdf');
    writeFileSync(file, readFileSync(signed));
    const r = await sign(file, recorder, 'รหัส recorder', '--visible', '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('every signature block is signed already');
    const sigs = pdfsig(file).split(/Signature #\d+:/).slice(1);
    expect(sigs).toHaveLength(3);
    for (const s of sigs) expect(s).toContain('Signature is Valid.');
    const v = await runCli(['verify', file, '--lang', 'en']);
    expect(v.code, v.stdout).toBe(0);
    expect(v.stdout.match(/only further signatures were added/g)).toHaveLength(2);
  });

  it.skipIf(spawnSync('script', ['--version']).error !== undefined)('asks for the passphrase on a terminal, without echoing it', async () => {
    buildIfStale();
    const file = await minutesPdf(at('asked.pdf'));
    const env = { ...process.env };
    delete env.SARABAN_CERT_PASSWORD;
    // script(1) gives the command a real terminal; the passphrase is typed once the prompt shows.
    const cmd = `${process.execPath} ${path.join(ROOT, 'bin/saraban.js')} sign ${file} --cert ${checker} --lang en`;
    const child = spawn('script', ['-qec', cmd, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      if (out.includes('passphrase of checker.p12:') && !child.stdin.writableEnded) child.stdin.end('checker-pass\r');
    });
    expect(await done).toBe(0);
    expect(out).toContain('signed');
    expect(out).not.toContain('checker-pass');
    expect(pdfsig(file)).toContain('Signature is Valid.');
  }, 60_000);

  it('takes the passphrase from the environment or a prompt, never as an argument', async () => {
    const r = await runCli(['sign', signed, '--cert', checker, '--password', 'checker-pass']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown argument: password|ไม่รู้จักตัวเลือก password/);
    const wrong = await sign(at('minutes.pdf'), checker, 'not it', '--lang', 'en');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('cannot open the certificate checker.p12');
  });
});

describe.skipIf(!TOOLS)('saraban verify', () => {
  it('says who signed, when, that each is valid and what came after, and that the data inside gives the text', async () => {
    const r = await runCli(['verify', signed, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('signature 1: สุดา ตัวอย่าง');
    expect(r.stdout).toContain('signature 2: สมชาย ตัวอย่าง');
    expect(r.stdout).toContain('self-signed');
    expect(r.stdout).toContain('reason: ผู้จดรายงานการประชุม');
    expect(r.stdout.match(/signature valid \(PAdES\)/g)).toHaveLength(2);
    expect(r.stdout).toContain('since then, only further signatures were added');
    expect(r.stdout).toContain('the document has not changed since');
    expect(r.stdout).toContain('the data inside (trat-pmqa-2564.yaml) is the source of the text (template minutes)');
    const th = await runCli(['verify', signed, '--lang', 'th']);
    expect(th.stdout).toContain('ลายมือชื่อที่ 1: สุดา ตัวอย่าง');
    expect(th.stdout).toContain('เอกสารไม่ถูกแก้ไขหลังลงนาม');
  });

  it('notices a byte changed afterwards, as pdfsig does', async () => {
    const bytes = readFileSync(signed);
    // A byte of the first page's drawing (inside what both signatures cover).
    const pdf = new PdfFile(bytes);
    const page = pdf.dict((pdf.dict(pdf.dict(pdf.trailer.Root)!.Pages)!.Kids as Ref[])[0])!;
    const contents = pdf.object((page.Contents as Ref).num)!;
    const k = contents.end + 20;
    bytes[k] = bytes[k]! ^ 0x01;
    const file = at('changed-byte.pdf');
    writeFileSync(file, bytes);
    expect(pdfsig(file).match(/Digest Mismatch/g)).toHaveLength(2);
    const r = await runCli(['verify', file, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stdout.match(/signature INVALID/g)).toHaveLength(2);
  });

  it('notices a change appended after the last signature', async () => {
    const pdf = new PdfFile(readFileSync(signed));
    const update = new PdfUpdate(pdf);
    const info = pdf.trailer.Info as Ref;
    update.set(info, { ...pdf.dict(info)!, Title: pdfString('รายงานการประชุม (แก้ไข)') });
    const file = at('appended.pdf');
    writeFileSync(file, update.bytes());
    const sigs = pdfsig(file).split(/Signature #\d+:/).slice(1);
    expect(sigs[1]).toContain('Not total document signed');
    const r = await runCli(['verify', file, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('the document CHANGED after this signature');
    expect(r.stderr).toContain('the check found problems');
  });

  it('confirms nothing about a PDF nobody signed', async () => {
    const r = await runCli(['verify', await minutesPdf(at('unsigned.pdf')), '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('no signatures in this file');
    expect(r.stdout).toContain('is the source of the text');
  });

  it('notices data inside that does not give the text', async () => {
    const file = await minutesPdf(at('other-data.pdf'), (yaml) => yaml.replace('เลิกประชุม', 'ปิดประชุม').replace('end: "12:00"', 'end: "12:30"'));
    const r = await runCli(['verify', file, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('no signatures in this file');
    expect(r.stdout).toMatch(/the data inside \(trat-pmqa-2564\.yaml\) does NOT give the text of the document \(page \d differs\)/);
  });
});
