// The top-level sections of the data each built-in template needs. A file that lacks one is told
// so by name ("this file has no `minutes:` section"), before any template runs. Custom templates
// (.hbs paths) need nothing here: what they read is theirs to say.
import { isTemplatePath } from '../paths.js';
import type { NeededSection } from '../data/validate.js';

export const TEMPLATE_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  news: ['agency', 'meeting', 'news'],
  minutes: ['meeting', 'minutes'],
  memo: ['memo'],
};

/** The sections the named templates need (a path to a .hbs file names a custom template). */
export function neededSections(templates: readonly string[]): NeededSection[] {
  return templates.flatMap((name) => (isTemplatePath(name) ? [] : (TEMPLATE_SECTIONS[name] ?? []).map((section) => ({ section, template: name }))));
}
