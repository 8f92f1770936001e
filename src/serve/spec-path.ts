// The form description (form.ts) walked along a data path: which field a path names, and the
// clerk's words for it ("ผู้มาประชุม แถวที่ 2 › ชื่อ"). Shared by the problems' wording
// (clerk-words.ts), the draft preview (draft-preview.ts) and the readings of dates (readings.ts).
import type { FieldPath } from '../data/fields.js';
import type { FieldSpec } from './protocol.js';

export type Resolved = Exclude<FieldSpec, { kind: 'ref' }>;

/** Follows a `ref` to the spec it names (a spec that is no ref is itself). */
export const resolver = (refs: Map<number, FieldSpec>) => (s: FieldSpec | undefined): Resolved | undefined =>
  s?.kind === 'ref' ? (refs.get(s.ref) as Resolved | undefined) : s;

/** The form's references (a nested list that holds lists) by id, to follow a `ref`. */
export function specRefs(spec: FieldSpec): Map<number, FieldSpec> {
  const refs = new Map<number, FieldSpec>();
  const collect = (s: unknown) => {
    if (!s || typeof s !== 'object') return;
    if ((s as FieldSpec).id) refs.set((s as FieldSpec).id!, s as FieldSpec);
    for (const v of Object.values(s)) if (typeof v === 'object') collect(v);
  };
  collect(spec);
  return refs;
}

export interface Step {
  key: string | number;
  /** The field's label; for a row, the list's label and the row's number. */
  label: string;
  spec: Resolved | undefined;
  /** A row of a list. */
  row: boolean;
}

/** The label up to its example or note: "บทบาทในที่ประชุม เช่น กรรมการ" → "บทบาทในที่ประชุม". */
export const shortLabel = (label: string): string => String(label).split(/ เช่น | \(|:/)[0]!.trim();

/** The steps of a path through the form; a step the form does not know has no spec. */
export function stepsOf(root: FieldSpec, refs: Map<number, FieldSpec>, path: FieldPath, rowWord: string): Step[] {
  const resolve = resolver(refs);
  const steps: Step[] = [];
  let at = resolve(root);
  let listLabel = '';
  for (const key of path) {
    let next: Resolved | undefined;
    // A choice (text or an object): the variant that has the key.
    if (at?.kind === 'choice') at = at.variants.map(resolve).find((v) => (typeof key === 'number' ? v?.kind === 'array' || v?.kind === 'matrix' : v?.kind === 'object' && v.fields.some((f) => f.key === key))) ?? at;
    if (typeof key === 'number') {
      next = at?.kind === 'array' ? resolve(at.item) : undefined;
      steps.push({ key, label: `${listLabel} ${rowWord} ${key + 1}`.trim(), spec: next, row: true });
    } else {
      next = at?.kind === 'object' ? resolve(at.fields.find((f) => f.key === key)?.field) : undefined;
      const label = shortLabel(next?.label ?? key);
      listLabel = label;
      steps.push({ key, label, spec: next, row: false });
    }
    at = next;
  }
  return steps;
}
