// `node dist/build/docx-boilerplate.js` (run by `npm run build`): the DOCX parts saraban does not
// write itself, made once by the docx library (writers/docx/boilerplate.ts), so that rendering
// a DOCX never loads docx.
import path from 'node:path';
import { writeFileAtomic } from '../io/output.js';
import { BOILERPLATE_FILE, makeBoilerplate } from '../writers/docx/boilerplate.js';

const t0 = performance.now();
const made = makeBoilerplate();
writeFileAtomic(BOILERPLATE_FILE, JSON.stringify(made));
console.log(`DOCX boilerplate saved in ${path.relative(process.cwd(), BOILERPLATE_FILE)} (${(performance.now() - t0).toFixed(0)} ms): docx ${made.docx}`);
