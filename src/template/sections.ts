// The top-level sections of the data each built-in template needs. A file that lacks one is told
// so by name ("this file has no `minutes:` section"), before any template runs. Custom templates
// (.hbs paths) need nothing here: what they read is theirs to say.
import { compiler } from './handlebars.js';
import { isTemplatePath } from '../io/paths.js';
import type { NeededSection } from '../data/validate.js';

export const TEMPLATE_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  news: ['agency', 'meeting', 'news'],
  minutes: ['meeting', 'minutes'],
  memo: ['memo'],
  agenda: ['meeting', 'minutes'],
  signin: ['meeting'],
  invitation: ['meeting', 'invitation'],
};

/** The sections the named templates need (a path to a .hbs file names a custom template). */
export function neededSections(templates: readonly string[]): NeededSection[] {
  return templates.flatMap((name) => (isTemplatePath(name) ? [] : (TEMPLATE_SECTIONS[name] ?? []).map((section) => ({ section, template: name }))));
}

/**
 * The top-level names a template reads from the data's root ({{meeting.date}}, {{#each minutes.present}}):
 * for a custom template that fails on data lacking a section, the section is what to name.
 */
export function sectionsRead(source: string): string[] {
  const names = new Set<string>();
  let ast: unknown;
  try {
    ast = compiler().parse(source);
  } catch {
    return [];
  }
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; data?: boolean; depth?: number; parts?: string[]; original?: string };
    if (n.type === 'PathExpression' && !n.data && n.depth === 0 && n.parts?.length && !n.original?.startsWith('this')) names.add(n.parts[0]!);
    for (const [k, v] of Object.entries(n)) if (k !== 'loc') visit(v);
  };
  visit(ast);
  return [...names];
}
