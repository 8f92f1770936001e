// Handlebars, as much of it as a render needs. The built-in templates are compiled to JavaScript by
// `npm run build` (build/templates.ts → dist/templates.precompiled.cjs), so rendering them needs
// only Handlebars' small runtime; the compiler (and the source-map library it loads) is loaded
// only for a template of the user's own, or a built-in one edited since the build (and for a
// batch's --name pattern other than the default one).
import { createHash } from 'node:crypto';
import path from 'node:path';
import type HandlebarsNS from 'handlebars';
import { requireCjs } from '../runtime/cjs.js';
import { CODE_ROOT } from '../io/paths.js';

export type Handlebars = typeof HandlebarsNS;
/** The options every template is compiled with, precompiled or not. */
export const COMPILE_OPTIONS = { strict: false, preventIndent: true } as const;
/** Where the build writes the compiled built-in templates (next to dist/template/). */
export const PRECOMPILED_FILE = path.join(CODE_ROOT, 'templates.precompiled.cjs');

// Loaded when first needed, as CommonJS (runtime/cjs.ts).
export const compiler = (): Handlebars => requireCjs('handlebars') as Handlebars;
export const runtime = (): Handlebars => requireCjs('handlebars/runtime') as Handlebars;

/** What build/templates.ts writes: the Handlebars version it compiled with, and specs by source key. */
export interface PrecompiledTable {
  version: string;
  specs: Record<string, TemplateSpecification>;
}

/** A template source's key in the table: its SHA-1, so an edited template is never taken for the built one. */
export const sourceKey = (source: string): string => createHash('sha1').update(source).digest('hex');

/** The options a batch's --name pattern is compiled with (batch/naming.ts). */
export const NAME_OPTIONS = { noEscape: true, strict: false } as const;
/** A --name pattern's key in the table: compiled with other options than a template, so kept apart. */
export const nameKey = (pattern: string): string => sourceKey(`--name\u0000${pattern}`);

let table: PrecompiledTable | null | undefined;

/** The compiled form of a built-in template's source, if the build made one with this Handlebars. */
export function precompiled(source: string): TemplateSpecification | undefined {
  return specOf(sourceKey(source));
}

/** The compiled form of a --name pattern (the build compiles the default one). */
export function precompiledName(pattern: string): TemplateSpecification | undefined {
  return specOf(nameKey(pattern));
}

function specOf(key: string): TemplateSpecification | undefined {
  if (table === undefined) {
    try {
      table = requireCjs(PRECOMPILED_FILE) as PrecompiledTable;
    } catch {
      table = null; // not built (tests run from src/): compile from source
    }
    if (table && table.version !== runtime().VERSION) table = null;
  }
  return table?.specs[key];
}
