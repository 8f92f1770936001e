// `node dist/build/web.js` (run by `npm run build`): the editor page's TypeScript (web/*.ts) as the
// ES modules the browser runs (dist/web/*.js). Types are only stripped here, file by file, as the
// browser loads them (imports of the server's types vanish: `import type`); they are checked by
// `npm run typecheck` (web/tsconfig.json). No bundler: a few modules, served as they are.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { WEB_BUILT_DIR, WEB_DIR } from '../io/paths.js';

/** Compiles web/*.ts into dist/web/; returns the files written. */
export function buildWeb(from = WEB_DIR, to = WEB_BUILT_DIR): string[] {
  mkdirSync(to, { recursive: true });
  return readdirSync(from)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => {
      const { outputText } = ts.transpileModule(readFileSync(path.join(from, f), 'utf8'), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, isolatedModules: true, removeComments: false },
        fileName: f,
      });
      const out = path.join(to, f.replace(/\.ts$/, '.js'));
      writeFileSync(out, outputText);
      return out;
    });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const files = buildWeb();
  console.log(`editor page compiled to ${path.relative(process.cwd(), WEB_BUILT_DIR)}/ (${files.length} files, ${(performance.now() - t0).toFixed(0)} ms)`);
}
