// The editor's form is the schema: every key the data format knows, at every place, is a field of
// the form, with a Thai label from the schema's own description (English with --lang en).
import { describe, expect, it } from 'vitest';
import { knownKeys } from '../../src/data/keys.js';
import { sarabanData } from '../../src/data/schema.js';
import { formSpec, type FieldSpec } from '../../src/serve/form.js';

/** The spec at a path of the data (list items and union forms opened, references followed). */
function specsAt(root: FieldSpec, at: (string | number)[]): FieldSpec[] {
  const ids = new Map<number, FieldSpec>();
  const collect = (s: unknown) => {
    if (!s || typeof s !== 'object') return;
    if ((s as FieldSpec).id) ids.set((s as FieldSpec).id!, s as FieldSpec);
    Object.values(s).forEach(collect);
  };
  collect(root);
  const open = (s: FieldSpec): FieldSpec[] => (s.kind === 'ref' ? open(ids.get(s.ref)!) : s.kind === 'choice' ? s.variants.flatMap(open) : [s]);
  let here = open(root);
  for (const key of at) {
    here = here.flatMap((s) => {
      if (s.kind === 'object' && typeof key === 'string') return s.fields.filter((f) => f.key === key).flatMap((f) => open(f.field));
      if (s.kind === 'array' && typeof key === 'number') return open(s.item);
      return [];
    });
  }
  return here;
}

const keysOf = (specs: FieldSpec[]) => [...new Set(specs.flatMap((s) => (s.kind === 'object' ? s.fields.map((f) => f.key) : [])))];

describe('the form, from the schema', () => {
  const th = formSpec('th');
  it('has a field for every key the schema knows, at every place', () => {
    const places: (string | number)[][] = [[], ['meeting'], ['meeting', 'chair'], ['minutes'], ['minutes', 'present', 0], ['minutes', 'absent', 0], ['minutes', 'guests', 0],
      ['minutes', 'agenda', 0], ['minutes', 'agenda', 0, 'topics', 0], ['minutes', 'agenda', 0, 'details', 0], ['minutes', 'agenda', 0, 'details', 0, 'list', 0, 'list', 0],
      ['minutes', 'recorder'], ['news'], ['news', 'lead'], ['news', 'points', 0], ['memo'], ['options'], ['agency'], ['province']];
    for (const at of places) expect(keysOf(specsAt(th, at)).sort(), at.join('.')).toEqual(knownKeys(sarabanData, at).sort());
  });

  it('labels the minutes\' fields in Thai (English with --lang en), dates and times as such', () => {
    const label = (spec: FieldSpec, at: (string | number)[]) => specsAt(spec, at)[0]!.label;
    expect(label(th, ['minutes', 'present'])).toBe('ผู้มาประชุม');
    expect(label(th, ['minutes', 'absent', 0, 'reason'])).toBe('เหตุที่ไม่มา เช่น ติดราชการ');
    expect(label(th, ['minutes', 'present', 0, 'substitute_for'])).toBe('แทนใคร (ชื่อหรือตำแหน่ง)');
    expect(label(th, ['minutes', 'agenda', 0, 'resolution'])).toBe('มติที่ประชุม');
    expect(label(formSpec('en'), ['minutes', 'present'])).toBe('members present');
    expect(specsAt(th, ['meeting', 'date'])[0]!.kind).toBe('date');
    expect(specsAt(th, ['meeting', 'start'])[0]!.kind).toBe('time');
    expect(specsAt(th, ['minutes', 'number'])[0]!.kind).toBe('number');
    const present = specsAt(th, ['minutes', 'present'])[0]!;
    expect(present.kind === 'array' && present.grid).toBe(true);
  });
});
