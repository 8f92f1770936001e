// CommonJS libraries are loaded with require(), not import, on the paths every render takes.
// Node 20 scans an imported CommonJS module's source for its export names (cjs-module-lexer) and
// gives an ES module no code cache: importing saxes took 23 ms, requiring it (from the cache,
// code-cache.ts) 1 ms; zod's CommonJS build halves its 60–70 ms. Types still come from `import type`.
import { createRequire } from 'node:module';

export const requireCjs = createRequire(import.meta.url);
