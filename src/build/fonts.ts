// `node dist/build/fonts.js [--force]`: builds fonts/Sarabun-*.ttf (run by `npm run build`).
import path from 'node:path';
import { buildFonts, FONT_DIR, STYLES } from '../writers/pdf/fonts.js';

const t0 = performance.now();
const faces = buildFonts(process.argv.includes('--force'));
const sizes = Object.entries(STYLES).map(([k, s]) => `${s.file} ${faces[k as keyof typeof STYLES].length} B`);
console.log(`fonts ready in ${path.relative(process.cwd(), FONT_DIR) || '.'}/ (${(performance.now() - t0).toFixed(0)} ms): ${sizes.join(', ')}`);
