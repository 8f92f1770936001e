// Path questions asked in several places, answered once so that the answers agree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the compiled modules: dist/ (or src/, when tests run the sources). What the build
 *  makes for a render lies here (the code cache, the lexicon, the DOCX parts, the templates).
 *  The one place that knows how deep this module lies: every other path is made from it. */
export const CODE_ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');

/** The package's root folder (package.json, templates/, fonts/, web/). */
export const PACKAGE_ROOT = path.dirname(CODE_ROOT);

/** saraban's package.json. */
export const PACKAGE_JSON = path.join(PACKAGE_ROOT, 'package.json');

/** The package's templates/ folder (built-in templates, partials, examples). */
export const BUILTIN_TEMPLATES = path.join(PACKAGE_ROOT, 'templates');

/** The editor page's sources (web/: its style sheet; its TypeScript) and its scripts as the build
 *  compiles them (dist/web/, by build/web.ts). */
export const WEB_DIR = path.join(PACKAGE_ROOT, 'web');
export const WEB_BUILT_DIR = path.join(PACKAGE_ROOT, 'dist', 'web');

/** The version in a package.json (saraban's, or a library's that exports no ./package.json). */
export const versionIn = (packageJson: string): string => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

let version: string | undefined;
/** saraban's version, from its package.json (read once). */
export function sarabanVersion(): string {
  version ??= versionIn(PACKAGE_JSON);
  return version;
}

/** Whether `file` lies inside the folder `dir`, at any depth (the folder itself is not inside it).
 *  "..x.hbs" is a file name like any other: inside. */
export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** A path as shown to the user: relative to the working folder when inside it, as given otherwise. */
export function displayPath(file: string): string {
  const cwd = process.cwd();
  if (path.resolve(file) === cwd) return '.';
  return isInside(cwd, file) ? path.relative(cwd, file) : file;
}

/** A template argument with a slash (either kind) or ending in .hbs (any case) is a path; anything else is a name. */
export function isTemplatePath(s: string): boolean {
  return /[/\\]|\.hbs$/i.test(s);
}

/** The template's short name from its file: "letters/LETTER.HBS" → "LETTER". */
export function templateName(file: string): string {
  return path.basename(file).replace(/\.hbs$/i, '');
}
