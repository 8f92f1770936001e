// The editor's form, described from the zod schema itself (the one source of truth, walked the way
// src/data/keys.ts walks it): every field the schema knows appears in the form, with the label and
// help its .describe() text gives ("Thai — English"), so the form follows the schema as it grows.
// The browser (web/form.ts) builds the inputs from this description (its type: protocol.ts);
// nothing here knows HTML.
import type { z as Z } from 'zod';
import { z } from '../data/zod.js';
import type { Lang } from '../messages/i18n.js';
import { isoDate, sarabanData, time } from '../data/schema.js';
import { defOf } from '../data/keys.js';
import type { FieldSpec, SpecBase as Base } from './protocol.js';

export type { FieldSpec };

/** Fields whose text runs to sentences: a text area, not a line. */
const LONG_TEXT = new Set(['resolution', 'opening', 'detail', 'details', 'paragraphs', 'body', 'vision', 'national_vision', 'closing', 'more', 'purpose', 'attendees', 'text', 'strategies']);


/** The clerk's words for the values of a choice the file writes in English (status: draft …). A
 *  value not listed shows as it is written (the DOCX fonts, the sessions สามัญ/วิสามัญ). */
const ENUM_WORDS: Record<string, { th: string; en: string }> = {
  final: { th: 'ฉบับจริง', en: 'final' },
  draft: { th: 'ฉบับร่าง (ร่าง เว้นจุดไข่ปลาไว้)', en: 'draft (ร่าง, dotted blanks)' },
  external: { th: 'หนังสือภายนอก (กระดาษตราครุฑ)', en: 'external letter (Garuda paper)' },
  internal: { th: 'หนังสือภายใน (บันทึกข้อความ)', en: 'internal letter (memo form)' },
  line: { th: 'บรรทัดแยก', en: 'a line of its own' },
  opening: { th: 'ขึ้นต้นย่อหน้านำ', en: 'in the opening paragraph' },
  none: { th: 'ไม่ระบุ', en: 'not stated' },
  chair: { th: 'ประธาน', en: 'the chair' },
  attendee: { th: 'ผู้เข้าร่วม', en: 'an attendee' },
  convener: { th: 'ผู้จัดการประชุม', en: 'the convener' },
  national_vision: { th: 'วิสัยทัศน์ประเทศ', en: 'the national vision' },
  province_vision: { th: 'วิสัยทัศน์จังหวัด', en: 'the province\'s vision' },
  province_strategies: { th: 'ประเด็นยุทธศาสตร์จังหวัด', en: 'the province\'s strategies' },
  schedule: { th: 'ลำดับขั้นตอนการประชุม', en: 'the running order' },
};

/** "ชื่อ — first name" → the part for the language; a description without " — " is Thai. */
export function describedAs(description: string | undefined, lang: Lang): { label?: string; help?: string } {
  if (!description) return {};
  const at = description.indexOf(' — ');
  const th = at < 0 ? description : description.slice(0, at);
  const en = at < 0 ? undefined : description.slice(at + 3);
  // In Thai the label says it all; in English the Thai term is kept as help (the clerk's word).
  return lang === 'th' ? { label: th } : { label: en ?? th, help: en ? th : undefined };
}

/** The form of the whole data file. */
export function formSpec(lang: Lang): FieldSpec {
  const ids = new Map<Z.core.$ZodType, { id: number; spec?: FieldSpec }>();
  let next = 1;

  const walk = (schema: Z.core.$ZodType, key: string | undefined, stack: Set<Z.core.$ZodType>): FieldSpec => {
    // Wrappers: the outermost description names the field; a default is what an empty field means.
    let s = schema;
    let description: string | undefined;
    let dflt: unknown;
    for (let depth = 0; depth < 20; depth++) {
      description ??= z.globalRegistry.get(s)?.description;
      if (s === time || s === isoDate) break;
      const def = defOf(s);
      if (def.type === 'default') dflt = typeof def.defaultValue === 'function' ? undefined : def.defaultValue;
      if (['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(def.type)) s = def.innerType!;
      else if (def.type === 'lazy') s = def.getter!();
      else if (def.type === 'pipe' && defOf(def.out!).type === 'number') return { kind: 'number', ...describedAs(description, lang) };
      else if (def.type === 'pipe') s = def.in!;
      else break;
    }
    const base: Base = { ...describedAs(description, lang), ...(dflt !== undefined && typeof dflt !== 'object' ? { default: dflt } : {}) };
    if (s === time) return { ...base, kind: 'time' };
    if (s === isoDate) return { ...base, kind: 'date' };
    const def = defOf(s);
    if (stack.has(s)) {
      const entry = ids.get(s) ?? { id: next++ };
      ids.set(s, entry);
      return { ...base, kind: 'ref', ref: entry.id };
    }
    switch (def.type) {
      case 'string':
        return { ...base, kind: key && LONG_TEXT.has(key) ? 'long' : 'text' };
      case 'number':
        return { ...base, kind: 'number' };
      case 'boolean':
        return { ...base, kind: 'boolean' };
      case 'enum': {
        const options = Object.values(def.entries ?? {}) as string[];
        const words = options.map((o) => ENUM_WORDS[o]?.[lang] ?? o);
        // The options say in words what each value is: the label need not list them ("สถานะ: final … หรือ draft …").
        const label = words.some((w, k) => w !== options[k]) && base.label?.includes(':') ? base.label.split(':')[0] : base.label;
        return { ...base, label, kind: 'enum', options, words };
      }
      case 'object': {
        const inner = new Set(stack).add(s);
        const fields = Object.entries(def.shape ?? {}).map(([k, v]) => ({ key: k, required: !isOptional(v), field: walk(v, k, inner) }));
        const spec: FieldSpec = { ...base, kind: 'object', fields };
        const entry = ids.get(s);
        if (entry) spec.id = entry.id;
        return spec;
      }
      case 'array': {
        const item = walk(def.element!, key, new Set(stack).add(s));
        if (item.kind === 'array' && (item.item.kind === 'text' || item.item.kind === 'long')) return { ...base, kind: 'matrix' };
        return { ...base, kind: 'array', item, grid: item.kind === 'object' && item.fields.every((f) => SCALAR.has(f.field.kind)) };
      }
      case 'union': {
        const variants = def.options!.map((o) => walk(o, key, stack));
        // Text or a number (a table cell, a spreadsheet's number): one line of text.
        if (variants.every((v) => v.kind === 'text' || v.kind === 'number' || v.kind === 'long')) return { ...base, kind: variants.some((v) => v.kind === 'long') ? 'long' : 'text' };
        return { ...base, kind: 'choice', variants };
      }
      default:
        return { ...base, kind: 'other' };
    }
  };
  return walk(sarabanData, undefined, new Set());
}

const SCALAR = new Set(['text', 'date', 'time', 'number', 'boolean', 'enum']);

function isOptional(s: Z.core.$ZodType): boolean {
  const t = defOf(s).type;
  return t === 'optional' || t === 'default' || t === 'prefault';
}
