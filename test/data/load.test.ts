import { describe, expect, it } from 'vitest';
import { parseData, loadDataFile } from '../../src/data/load.js';
import { validateData } from '../../src/data/validate.js';
import { SarabanError } from '../../src/messages/errors.js';
import { EXAMPLE } from '../helpers.js';

describe('data loader', () => {
  it('reads YAML and JSON alike', () => {
    const yaml = parseData('meeting:\n  title: ประชุม\n  date: 2021-07-29\n', 'a.yaml');
    const json = parseData('{"meeting": {"title": "ประชุม", "date": "2021-07-29"}}', 'a.json');
    expect(yaml.data).toEqual(json.data);
  });
  it('keeps ISO dates as text (not JS Date objects)', () => {
    const { data } = parseData('date: 2021-07-29\n', 'a.yaml');
    expect(data).toEqual({ date: '2021-07-29' });
  });
  it('locates values by path', () => {
    const loaded = parseData('meeting:\n  chair:\n    name: สมชาย\n', 'a.yaml');
    expect(loaded.locate(['meeting', 'chair', 'name'])).toEqual({ file: 'a.yaml', line: 3, column: 11 });
  });
  it('reports YAML syntax errors with line and column', () => {
    try {
      parseData('meeting:\n  title: "ไม่ปิด\n', 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SarabanError);
      expect((e as SarabanError).location?.file).toBe('bad.yaml');
      expect((e as SarabanError).location?.line).toBeGreaterThan(0);
    }
  });
  it('loads and validates the example meeting', async () => {
    const data = validateData(await loadDataFile(EXAMPLE));
    expect(data.meeting?.chair?.name).toBe('ณัฐพงษ์');
    expect(data.meeting?.schedule).toHaveLength(15);
    expect(data.news?.hashtags).toContain('ChangeforGood');
  });
});
