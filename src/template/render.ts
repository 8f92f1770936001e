// The template stage: data → document markup, through Handlebars. Templates live in folders
// (the package's templates/ and any the user adds); partials are the .hbs files in their
// partials/ sub-folders, named by file name.
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import type HandlebarsNS from 'handlebars';
import { SarabanError } from '../messages/errors.js';
import { decodeText, readInput, sizeText } from '../io/input.js';
import { limit, limitText, LIMITS } from '../io/limits.js';
import { BUILTIN_TEMPLATES, isInside, isTemplatePath, templateName } from '../io/paths.js';
import { helpers } from './helpers.js';
import { COMPILE_OPTIONS, compiler, precompiled, runtime, type Handlebars } from './handlebars.js';

export { BUILTIN_TEMPLATES } from '../io/paths.js';

export interface TemplateRef {
  /** Short name used in output file names: "news". */
  name: string;
  file: string;
  /** Folders the template's real path must lie in (a built-in one's folder; the data file's folder
   *  for one its documents: names); none for a template named on the command line. Its partials
   *  must always lie in its own folder. */
  within?: string[];
}

/** A name ("news") is looked up in the template folders; anything with a slash or .hbs (any case) is a path. */
export async function resolveTemplate(nameOrPath: string, folders: readonly string[] = [BUILTIN_TEMPLATES], within?: string[]): Promise<TemplateRef> {
  if (isTemplatePath(nameOrPath)) {
    const file = path.resolve(nameOrPath);
    if (!(await exists(file))) throw SarabanError.of('template-file-not-found', { name: nameOrPath }, { file: nameOrPath });
    return { name: templateName(file), file, ...(within ? { within } : {}) };
  }
  for (const dir of folders) {
    const file = path.join(dir, `${nameOrPath}.hbs`);
    if (await exists(file)) return { name: nameOrPath, file, within: [dir] };
  }
  const known = (await Promise.all(folders.map(listTemplates))).flat();
  throw SarabanError.of('unknown-template', { name: nameOrPath, available: [...new Set(known)].join(', ') || '-' });
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
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** A compiled template, ready to render many data sets (batch work compiles once). */
export type CompiledTemplate = (data: unknown) => string;

export interface TemplateSource {
  /** The template's short name, or the partial's name as templates call it. */
  name: string;
  file: string;
  source: string;
}

/**
 * The template (first) and every partial it can use: the .hbs files of partials/ next to it, then
 * those of the built-in partials/ — a partial of the template's own folder wins over a built-in one.
 */
export async function templateSources(ref: TemplateRef): Promise<TemplateSource[]> {
  const read = (file: string, within: readonly string[] | undefined) => {
    const { bytes } = readInput(file, { kind: 'template', ...(within ? { within } : {}) });
    return decodeText(bytes, file);
  };
  const out: TemplateSource[] = [{ name: ref.name, file: ref.file, source: read(ref.file, ref.within) }];
  const seen = new Set<string>();
  const own = path.dirname(ref.file);
  // Each partials/ folder with the folder its files must lie in (a Map: the same folder once).
  const folders = new Map([[path.join(own, 'partials'), own], [path.join(BUILTIN_TEMPLATES, 'partials'), BUILTIN_TEMPLATES]]);
  for (const [dir, root] of folders) {
    for (const name of await listTemplates(dir)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const file = path.join(dir, `${name}.hbs`);
      out.push({ name, file, source: read(file, [root]) });
    }
  }
  return out;
}

/** Compiles a template with its partials (read here unless given: templateSources(ref)). */
export async function compileTemplate(ref: TemplateRef, sources?: readonly TemplateSource[]): Promise<CompiledTemplate> {
  const [main, ...partials] = sources ?? (await templateSources(ref));
  const built = builtTemplates([main!, ...partials]);
  const env = (built ? runtime() : compiler()).create();
  env.registerHelper(helpers);
  let template: HandlebarsTemplateDelegate;
  if (built) {
    // The package's own templates as `npm run build` compiled them (the test suite checks every one).
    const [spec, ...partialSpecs] = built;
    partials.forEach((p, k) => env.registerPartial(p.name, env.template(partialSpecs[k]!)));
    template = env.template(spec!);
  } else {
    // Handlebars compiles a partial from its source when first used; it cannot take an AST.
    for (const p of partials) env.registerPartial(p.name, p.source);
    // Check the user's template and partials eagerly, so that a syntax error, an unknown helper or an
    // unknown partial is reported with its own file and line before any data is rendered. The
    // package's own (templates/) are not checked at each run: the test suite checks every one
    // (checkTemplateSources), and checking them took a short batch 20-40 % of its time. Each source
    // is parsed once; the template's AST is what gets compiled.
    for (const p of partials) if (!isBuiltin(p)) checkTemplateSource(env, p.file, p.source);
    try {
      const ast = isBuiltin(main!) ? env.parse(main!.source) : checkTemplateSource(env, main!.file, main!.source);
      template = env.compile(ast, COMPILE_OPTIONS);
    } catch (e) {
      throw templateError(ref, e);
    }
  }
  // The markup a template makes is capped while it is made: {{#each}} counts what each pass
  // writes (once, however deep the loops nest), so nested loops over long lists stop at the cap
  // instead of running the heap out.
  const budget = { used: 0 };
  const cap = limit('markup');
  const tooBig = (size: number) =>
    SarabanError.of('markup-too-big', { size: sizeText(size), cap: limitText('markup'), env: LIMITS.markup.env }, { file: ref.file });
  const each = env.helpers.each as HandlebarsNS.HelperDelegate;
  env.registerHelper('each', function (this: unknown, context: unknown, options: HandlebarsNS.HelperOptions) {
    const fn = options.fn;
    const counted = (c: unknown, o?: HandlebarsNS.RuntimeOptions) => {
      const before = budget.used;
      const s = fn(c, o);
      // What loops inside this pass wrote is already counted: count the rest of the pass.
      budget.used = before + Math.max(s.length, budget.used - before);
      if (budget.used > cap) throw tooBig(budget.used);
      return s;
    };
    return each.call(this, context, { ...options, fn: counted });
  });
  return (data) => {
    budget.used = 0;
    let markup: string;
    try {
      markup = template(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (e) {
      throw templateError(ref, e);
    }
    if (markup.length > cap) throw tooBig(markup.length);
    return markup;
  };
}

function templateError(ref: TemplateRef, e: unknown): SarabanError {
  // A helper's own message, pointed at the template that called it.
  if (e instanceof SarabanError && e.key && !e.location) return SarabanError.of(e.key, e.params, { file: ref.file });
  if (e instanceof SarabanError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const line = /line (\d+)/.exec(message)?.[1];
  return SarabanError.of('template-runtime', { detail: message.split('\n')[0]! }, { file: ref.file, ...(line ? { line: Number(line) } : {}) });
}

interface AstNode {
  type?: string;
  loc?: { start: { line: number; column: number } };
  path?: { type?: string; parts?: string[]; original?: string; data?: boolean };
  name?: { type?: string; original?: string };
  params?: unknown[];
  hash?: { pairs?: unknown[] };
}

const isBuiltin = (s: TemplateSource) => isInside(BUILTIN_TEMPLATES, s.file);

/** The compiled forms of the sources when all are the package's own, unchanged since the build. */
function builtTemplates(sources: readonly TemplateSource[]): TemplateSpecification[] | undefined {
  const specs: TemplateSpecification[] = [];
  for (const s of sources) {
    const spec = isBuiltin(s) ? precompiled(s.source) : undefined;
    if (!spec) return undefined;
    specs.push(spec);
  }
  return specs;
}

/** Every source checked as a user's would be (the first is the template, the rest its partials). */
export function checkTemplateSources(sources: readonly TemplateSource[]): void {
  const env = compiler().create();
  env.registerHelper(helpers);
  for (const p of sources.slice(1)) env.registerPartial(p.name, p.source);
  for (const s of sources) checkTemplateSource(env, s.file, s.source);
}

/** The parsed source; throws a located SarabanError for a syntax error, an unknown helper or an unknown partial. */
function checkTemplateSource(env: Handlebars, file: string, source: string): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = /line (\d+)/.exec(message)?.[1];
    const detail = message.split('\n').at(-1)?.trim() || message;
    throw SarabanError.of('template-syntax', { detail }, { file, ...(line ? { line: Number(line) } : {}) });
  }
  const at = (n: AstNode) => ({ file, ...(n.loc ? { line: n.loc.start.line, column: n.loc.start.column + 1 } : {}) });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as AstNode;
    const calls = n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression';
    const p = n.path;
    const helper = calls && p?.type === 'PathExpression' && !p.data && p.parts?.length === 1 ? p.original : undefined;
    if (helper && helper === p?.parts?.[0] && ((n.params?.length ?? 0) > 0 || (n.hash?.pairs?.length ?? 0) > 0) && !env.helpers[helper]) {
      throw SarabanError.of('template-unknown-helper', { name: helper, available: Object.keys(env.helpers).sort().join(', ') }, at(n));
    }
    if (n.type === 'PartialStatement' && n.name?.type === 'PathExpression' && n.name.original && !env.partials[n.name.original]) {
      throw SarabanError.of('template-runtime', { detail: `the partial "${n.name.original}" does not exist` }, at(n));
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && k !== 'strip') visit(v);
  };
  visit(ast);
  try {
    env.precompile(ast);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw SarabanError.of('template-syntax', { detail: message.split('\n')[0]! }, { file });
  }
  return ast;
}
