// The template stage: data → document markup, through Handlebars. Templates live in folders
// (the package's templates/ and any the user adds); partials are the .hbs files in their
// partials/ sub-folders, named by file name.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { SarabanError } from '../errors.js';
import { helpers } from './helpers.js';

export const BUILTIN_TEMPLATES = path.resolve(fileURLToPath(import.meta.url), '../../../templates');

export interface TemplateRef {
  /** Short name used in output file names: "news". */
  name: string;
  file: string;
}

/** A name ("news") is looked up in the template folders; anything with a slash or .hbs is a path. */
export async function resolveTemplate(nameOrPath: string, folders: readonly string[] = [BUILTIN_TEMPLATES]): Promise<TemplateRef> {
  if (nameOrPath.includes('/') || nameOrPath.includes(path.sep) || nameOrPath.endsWith('.hbs')) {
    const file = path.resolve(nameOrPath);
    if (!(await exists(file))) throw new SarabanError(`template file not found: ${nameOrPath}`, { file: nameOrPath });
    return { name: path.basename(file, '.hbs'), file };
  }
  for (const dir of folders) {
    const file = path.join(dir, `${nameOrPath}.hbs`);
    if (await exists(file)) return { name: nameOrPath, file };
  }
  const known = (await Promise.all(folders.map(listTemplates))).flat();
  throw new SarabanError(`unknown template "${nameOrPath}"`, undefined, `available: ${[...new Set(known)].join(', ') || '(none)'}`);
}

export async function listTemplates(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -4)).sort();
  } catch {
    return [];
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await readFile(file);
    return true;
  } catch {
    return false;
  }
}

/** A compiled template, ready to render many data sets (batch work compiles once). */
export type CompiledTemplate = (data: unknown) => string;

export async function compileTemplate(ref: TemplateRef): Promise<CompiledTemplate> {
  const env = Handlebars.create();
  env.registerHelper(helpers);
  for (const dir of new Set([path.join(path.dirname(ref.file), 'partials'), path.join(BUILTIN_TEMPLATES, 'partials')])) {
    for (const name of await listTemplates(dir)) {
      if (env.partials[name]) continue; // the template's own folder wins over the built-ins
      env.registerPartial(name, await readFile(path.join(dir, `${name}.hbs`), 'utf8'));
    }
  }
  const source = await readFile(ref.file, 'utf8');
  let template: HandlebarsTemplateDelegate;
  try {
    env.precompile(source); // compile eagerly so syntax errors surface here, with the template's name
    template = env.compile(source, { strict: false, preventIndent: true });
  } catch (e) {
    throw templateError(ref, e);
  }
  return (data) => {
    try {
      return template(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (e) {
      throw templateError(ref, e);
    }
  };
}

function templateError(ref: TemplateRef, e: unknown): SarabanError {
  const message = e instanceof Error ? e.message : String(e);
  const line = /line (\d+)/.exec(message)?.[1];
  return new SarabanError(`template error: ${message.split('\n')[0]}`, { file: ref.file, ...(line ? { line: Number(line) } : {}) });
}
