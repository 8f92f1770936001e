// zod, as its CommonJS build (runtime/cjs.ts). Every module takes zod's values from here, so the program
// has one copy of zod: schemas made by one copy are foreign to another's registry and JSON Schema
// converter. Types: `import type { z } from 'zod'` (or `z as Z` beside this value).
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Zod from 'zod';
import { requireCjs } from '../runtime/cjs.js';
import { defer, type Deferred } from '../runtime/deferred.js';

/** zod's messages in some fifty languages, which its classic API requires as `../locales/index.cjs`
 *  (zod 4): they load only if something asks for them (runtime/deferred.ts). */
export const ZOD_DEFERRED: readonly Deferred[] = [
  { from: createRequire(path.join(path.dirname(requireCjs.resolve('zod')), 'v4/classic/external.cjs')), request: '../locales/index.cjs', kind: 'object', esModule: true },
];

defer(ZOD_DEFERRED);
export const z: typeof Zod.z = (requireCjs('zod') as typeof Zod).z;
