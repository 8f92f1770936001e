// The fonts the PDF writer embeds: Google's Sarabun (OFL) from @fontsource, one merged TrueType
// file per style (see merge-fonts.ts). @fontsource ships WOFF, which fontkit would inflate again
// in every document; so the WOFFs are decoded and merged once into fonts/Sarabun-*.ttf (built by
// `npm run build`, or on first use when missing or built from another @fontsource version), and
// the buffers are read once per process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeFonts } from './merge-fonts.js';
import { readWoff } from './sfnt.js';
import { writeFileAtomic } from '../../io/output.js';
import { fontsourceDir } from '../fontsource.js';
import { PACKAGE_ROOT, versionIn } from '../../io/paths.js';

export const STYLES = {
  normal: { file: 'Sarabun-Regular.ttf', weight: 400, style: 'normal' },
  bold: { file: 'Sarabun-Bold.ttf', weight: 700, style: 'normal' },
  italics: { file: 'Sarabun-Italic.ttf', weight: 400, style: 'italic' },
  bolditalics: { file: 'Sarabun-BoldItalic.ttf', weight: 700, style: 'italic' },
} as const;
export type Style = keyof typeof STYLES;
export type Faces = Record<Style, Buffer>;

/** The @fontsource subsets merged into each style; the first is the base (Thai shaping). */
export const SUBSETS = ['thai', 'latin', 'latin-ext'] as const;
/** Bump when merge-fonts.ts changes what it writes, so old builds are replaced. */
const BUILDER_VERSION = 1;

export const FONT_DIR = path.join(PACKAGE_ROOT, 'fonts');
const MANIFEST = path.join(FONT_DIR, 'build.json');

const fontsourceVersion = () => versionIn(path.join(fontsourceDir(), 'package.json'));
const stamp = () => JSON.stringify({ fontsource: fontsourceVersion(), subsets: SUBSETS, builder: BUILDER_VERSION });

/** One merged TTF for a weight and style, straight from the @fontsource WOFF files. */
export function buildSarabun(weight: number, style: string): Buffer {
  const files = path.join(fontsourceDir(), 'files');
  return mergeFonts(SUBSETS.map((s) => readWoff(readFileSync(path.join(files, `sarabun-${s}-${weight}-${style}.woff`))).tables));
}

function readBuilt(): Faces | undefined {
  try {
    if (readFileSync(MANIFEST, 'utf8') !== stamp()) return undefined;
    return Object.fromEntries(Object.entries(STYLES).map(([k, s]) => [k, readFileSync(path.join(FONT_DIR, s.file))])) as Faces;
  } catch {
    return undefined;
  }
}

/** Builds the four TTFs into fonts/ (unless current and not forced) and returns them. */
export function buildFonts(force = false): Faces {
  const built = force ? undefined : readBuilt();
  if (built) return built;
  const faces = Object.fromEntries(Object.entries(STYLES).map(([k, s]) => [k, buildSarabun(s.weight, s.style)])) as Faces;
  try {
    // Atomic writes: several processes and batch worker threads may build at once.
    for (const [k, s] of Object.entries(STYLES)) writeFileAtomic(path.join(FONT_DIR, s.file), faces[k as Style]);
    writeFileAtomic(MANIFEST, stamp());
  } catch {
    // A read-only installation still works: the fonts are built in memory once per process.
  }
  return faces;
}

let cached: Faces | undefined;

/** The merged Sarabun TTFs, built or read once per process. */
export function sarabunFaces(): Faces {
  return (cached ??= buildFonts());
}
