import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../src/writers/html.js';
import { exampleDocument } from '../helpers.js';

describe('HTML writer', () => {
  it('writes a standalone Thai page with Sarabun inlined', async () => {
    const html = writeHtml(await exampleDocument('news'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="th">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@font-face \{ font-family: 'Sarabun';[^}]*font-weight: 400;[^}]*url\(data:font\/woff2;base64,/);
    expect(html).toContain('unicode-range: U+02D7,U+0303,U+0331,U+0E01-0E5B');
    expect(html).not.toMatch(/url\((?!data:)/); // nothing fetched from elsewhere
  });
  it('shows the release with its list structure and hashtags', async () => {
    const html = writeHtml(await exampleDocument('news'));
    expect(html).toContain('<h1>พช. ร่วมประชุมซักซ้อมเสมือนจริง');
    // 6 top-level points, the strategies (3) and schedule (15) nested inside.
    const top = html.slice(html.indexOf('<ol>'));
    expect(top.match(/<li>/g)).toHaveLength(6 + 3 + 15);
    expect(html).toContain('<span class="marker">15)</span><div>ประธานกล่าวขอบคุณคณะกรรมการตรวจประเมิน</div>');
    expect(html).toContain('<span class="hashtag">#NewThinkNewTrat</span>');
    expect(html).toContain('<span class="nowrap">นายณัฐพงษ์ สงวนจิตร</span>');
  });
});
