// Where the Sarabun font package (@fontsource/sarabun) is installed: the PDF writer builds its
// TTFs from its WOFF files, the HTML writer inlines its WOFF2 files.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const fontsourceDir = (): string => path.dirname(require.resolve('@fontsource/sarabun/package.json'));
