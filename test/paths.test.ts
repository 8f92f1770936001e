import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, isInside, isTemplatePath, templateName } from '../src/io/paths.js';

describe('path helpers', () => {
  it('isInside: at any depth, not the folder itself, not its parent or a sibling', () => {
    const dir = path.resolve('/srv/data');
    expect(isInside(dir, path.join(dir, 'mine.hbs'))).toBe(true);
    expect(isInside(dir, path.join(dir, 'a/b/c.png'))).toBe(true);
    expect(isInside(dir, path.join(dir, '..x.hbs'))).toBe(true); // a name that starts with two dots
    expect(isInside(dir, path.join(dir, '..', 'x.hbs'))).toBe(false);
    expect(isInside(dir, path.resolve('/srv/data-other/x.hbs'))).toBe(false);
    expect(isInside(dir, path.resolve('/srv'))).toBe(false);
    expect(isInside(dir, dir)).toBe(false);
  });

  it('displayPath: relative inside the working folder, as given outside it', () => {
    const cwd = process.cwd();
    expect(displayPath(path.join(cwd, 'out', 'a.pdf'))).toBe(path.join('out', 'a.pdf'));
    expect(displayPath(path.join(cwd, '..x', 'a.pdf'))).toBe(path.join('..x', 'a.pdf'));
    expect(displayPath(path.join('out', 'a.pdf'))).toBe(path.join('out', 'a.pdf'));
    const outside = path.resolve(cwd, '..', 'elsewhere', 'a.pdf');
    expect(displayPath(outside)).toBe(outside);
    expect(displayPath(cwd)).toBe('.');
  });

  it('isTemplatePath: a slash of either kind or .hbs in any case makes a path', () => {
    expect(isTemplatePath('news')).toBe(false);
    expect(isTemplatePath('hbs')).toBe(false);
    expect(isTemplatePath('mine.hbs')).toBe(true);
    expect(isTemplatePath('LETTER.HBS')).toBe(true);
    expect(isTemplatePath('letters/memo')).toBe(true);
    expect(isTemplatePath('letters\\memo')).toBe(true);
  });

  it('templateName: the file name without .hbs, in any case', () => {
    expect(templateName('/t/news.hbs')).toBe('news');
    expect(templateName('letters/LETTER.HBS')).toBe('LETTER');
  });
});
