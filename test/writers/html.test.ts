import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../src/writers/html.js';
import path from 'node:path';
import { exampleDocument, growthOver4x, ROOT } from '../helpers.js';
import { defaultMeta } from '../../src/model/document.js';

describe('HTML writer', () => {
  it('centres a signature on its line, floats a box beside the next block, and gives a row its own height', () => {
    const t = (text: string) => ({ kind: 'text' as const, text });
    const html = writeHtml({
      meta: { ...defaultMeta, margins: { top: 1.5, right: 2, bottom: 2, left: 3 } },
      blocks: [
        { kind: 'box', width: 1.3, height: 1.5, align: 'left', content: [t('ครุฑ')], beside: true },
        { kind: 'heading', level: 1, align: 'center', content: [t('บันทึกข้อความ')] },
        { kind: 'table', widths: [1, 1], headerRows: 0, borders: true, rowHeight: 1.2, heights: [0], rows: [[{ content: [t('ผู้เข้าร่วมประชุม')], align: 'left', colspan: 2 }], [{ content: [], align: 'left', colspan: 1 }, { content: [], align: 'left', colspan: 1 }]] },
        { kind: 'signature', signLine: false, caption: [], name: [t('นายสมชาย รักษ์ไทย')], position: [], center: 9.05 },
      ],
    });
    expect(html).toContain('<div class="box" style="width:1.3cm;height:1.5cm;float:left">');
    // (a compound the writer keeps whole comes in a no-wrap span: typeset, issue 28)
    expect(html).toMatch(/<tr><td colspan="2"[^>]*>(?:<span class="w">)?ผู้เข้าร่วมประชุม(?:<\/span>)?<\/td><\/tr><tr style="height:1.2cm">/);
    expect(html).toContain('<div class="signature" style="margin-left:2.10cm;margin-right:0.00cm">'); // 9.05 ± 6.95 cm
  });
  it('writes a standalone Thai page with Sarabun inlined', async () => {
    const html = writeHtml(await exampleDocument('news'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="th">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@font-face \{ font-family: 'Sarabun';[^}]*font-weight: 400;[^}]*url\(data:font\/woff2;base64,/);
    expect(html).toContain('unicode-range: U+02D7,U+0303,U+0331,U+0E01-0E5B');
    expect(html).not.toMatch(/url\((?!data:)/); // nothing fetched from elsewhere
  });
  it('shows the release with its list structure and hashtags', async () => {
    // Units the browser could split are wrapped in no-wrap spans; the structure is what's tested here.
    const html = writeHtml(await exampleDocument('news')).replace(/<span class="w">([^<]*)<\/span>/g, '$1');
    expect(html).toContain('<h1>พช. ร่วมประชุมซักซ้อมเสมือนจริง');
    // 6 top-level points, the strategies (3) and schedule (15) nested inside.
    const top = html.slice(html.indexOf('<ol>'));
    expect(top.match(/<li>/g)).toHaveLength(6 + 3 + 15);
    expect(html).toContain('<span class="marker">15)</span><div>ประธานกล่าวขอบคุณคณะกรรมการตรวจประเมิน</div>');
    expect(html).toContain('<a class="hashtag" href="https://www.facebook.com/hashtag/NewThinkNewTrat">#NewThinkNewTrat</a>');
    expect(html).toContain(`<a class="hashtag" href="https://www.facebook.com/hashtag/${encodeURIComponent('ตราดสวรรค์ตะวันออก')}">#ตราดสวรรค์ตะวันออก</a>`);
    expect(html).toContain('<span class="nowrap">นายณัฐพงษ์ สงวนจิตร</span>');
  });
  it('keeps together in the browser what the Thai layer keeps together', async () => {
    const html = writeHtml(await exampleDocument('news'));
    expect(html).toContain('.saraban-document .nowrap, .saraban-document .w { white-space: nowrap; }');
    // ICU (and so the browser) would split these; the Thai layer does not.
    for (const unit of ['ภาครัฐ', 'สิ่งแวดล้อม', 'เจ้าหน้าที่', 'ชั้น 4', 'พ.ศ.2564']) expect(html).toContain(`<span class="w">${unit}</span>`);
    // A plain Thai word is left alone: breaks stay possible between units.
    expect(html).not.toContain('<span class="w">ประชุม</span>');
  });
  it('carries a share preview: og:title, og:description from the lead (not the date line), no og:image without photos', async () => {
    const html = writeHtml(await exampleDocument('news'));
    expect(html).toContain('<meta property="og:title" content="พช. ร่วมประชุมซักซ้อมเสมือนจริงเพื่อเตรียมการตรวจประเมินรางวัลคุณภาพการบริหารจัดการภาครัฐ ประจำปี พ.ศ.2564">');
    // The lead, not the date line; cut at 200 characters.
    expect(html).toMatch(/<meta property="og:description" content="นายณัฐพงษ์ สงวนจิตร รองผู้ว่าราชการจังหวัดตราด เป็นประธานการประชุม[^"]{100,}…">/);
    expect(html).not.toContain('og:image');
  });
  it('previews a release posted without a headline by its opening words, cut between words', async () => {
    const html = writeHtml(await exampleDocument('news', path.join(ROOT, 'data/news/sakaeo-education.yaml')));
    expect(html).not.toContain('<h1');
    expect(html).toContain('<meta property="og:title" content="วันที่ 21 ธันวาคม 2566 นายวัชระ อันโยธา ศึกษาธิการจังหวัดสระแก้ว และนางสุริญญาลักษณ์…">');
  });
  // Issue 24: a 200 KB "a-a-a-…" paragraph still rendered after 300 s (ICU over the whole unit).
  it('writes a long paragraph without break opportunities in linear time', () => {
    const page = (n: number) => 'a-'.repeat(n / 2);
    const doc = (text: string) => ({ meta: defaultMeta, blocks: [{ kind: 'paragraph' as const, align: 'justify' as const, firstLine: 0, indent: 0, content: [{ kind: 'text' as const, text }] }] });
    const g = growthOver4x(page, (text) => writeHtml(doc(text)), 50_000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(10);
    expect(g.large).toBeLessThan(5_000);
    expect(writeHtml(doc(page(200_000)))).toContain(page(200_000));
  }, 120_000);
});
