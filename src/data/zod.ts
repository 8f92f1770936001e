// zod, as its CommonJS build (cjs.ts). Every module takes zod's values from here, so the program
// has one copy of zod: schemas made by one copy are foreign to another's registry and JSON Schema
// converter. Types: `import type { z } from 'zod'` (or `z as Z` beside this value).
import type * as Zod from 'zod';
import { requireCjs } from '../cjs.js';
import { defer } from '../deferred.js';

// zod's messages in other languages load only if something asks for them (deferred.ts).
defer('zod');
export const z: typeof Zod.z = (requireCjs('zod') as typeof Zod).z;
