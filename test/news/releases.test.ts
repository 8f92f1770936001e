// Real releases of other shapes than the seed's, written as data under data/news/ and rendered to
// text byte for byte as their offices published them (test/fixtures/news/README.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTxt } from '../../src/writers/txt.js';
import { exampleDocument, ROOT } from '../helpers.js';

/** The published text without page furniture (a "more photos" link), ending in one newline as saraban writes it. */
function published(name: string): string {
  const text = readFileSync(path.join(ROOT, 'test/fixtures/news', `${name}.txt`), 'utf8');
  return `${text.replace(/ \*\*\*รูปภาพเพิ่มเติม\*\*\*$/, '').trimEnd()}\n`;
}

const render = async (name: string) => writeTxt(await exampleDocument('news', path.join(ROOT, 'data/news', `${name}.yaml`)));

describe('real news releases, byte for byte', () => {
  it('a person-led headline and a chair-led lead with a purpose (สพฐ.)', async () => {
    expect(await render('obec-executives')).toBe(published('obec-executives'));
  });
  it('one plain paragraph, attendee-led, opened by the date and time (อบต.เหนือเมือง)', async () => {
    expect(await render('nuemueng-local-day')).toBe(published('nuemueng-local-day'));
  });
  it('several named participants and a byline (ศธจ.สระแก้ว)', async () => {
    expect(await render('sakaeo-education')).toBe(published('sakaeo-education'));
  });
});
