// `node dist/build/code-cache.js`: fills dist/.code-cache (run by `npm run build`, after the fonts).
// It renders the example meeting in every format, and validates it, with SARABAN_CODE_CACHE=write,
// so the cache holds the libraries a render loads and the functions it runs (code-cache.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CODE_CACHE_DIR } from '../runtime/code-cache.js';
import { PACKAGE_ROOT } from '../io/paths.js';

const root = PACKAGE_ROOT;
const bin = path.join(root, 'bin/saraban.js');
const example = path.join(root, 'data/trat-pmqa-2564.yaml');
const t0 = performance.now();
rmSync(CODE_CACHE_DIR, { recursive: true, force: true }); // entries of replaced library versions go too
const out = mkdtempSync(path.join(tmpdir(), 'saraban-code-cache-'));
try {
  const env = { ...process.env, SARABAN_CODE_CACHE: 'write' };
  for (const args of [['render', example, '--out', out], ['validate', example]]) {
    const run = spawnSync(process.execPath, [bin, ...args, '--lang', 'en'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    // A failed priming run costs speed, not correctness: say so and go on.
    if (run.status !== 0) console.warn(`code cache: \`saraban ${args[0]}\` exited with ${run.status ?? run.signal}; the cache may be incomplete`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`code cache ready in ${path.relative(process.cwd(), CODE_CACHE_DIR) || '.'}/ (${(performance.now() - t0).toFixed(0)} ms)`);
