// Every library internal saraban reaches into, in one table: which library, the version it was
// checked against, what is patched, what it buys, and how to turn it off. A patch of an untyped
// internal is only as good as the version it was read from, so test/startup/patches.test.ts fails
// when an installed library is not the version written here: read the patch against the new
// version, then change the version here.
//
// Speed tricks turn off with SARABAN_OFF (a comma list of ids, or `all`), output unchanged; the
// code cache also with SARABAN_CODE_CACHE=off. Fixes of what the libraries get wrong for Thai
// cannot be turned off: without them the output is wrong, not slower.
// This module imports nothing of saraban's and nothing that loads a library: the launcher reads it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A library, found as saraban's code finds it: `via` is the chain of packages that load it
 *  (pdfkit is pdfmake's, fontkit is pdfkit's), each resolved from the one before. */
export interface Library {
  via: readonly string[];
  /** The version the patches were read against: exact; for Node, the major version. */
  checked: string;
}

export const LIBRARIES = {
  node: { via: [], checked: '20' },
  pdfmake: { via: ['pdfmake'], checked: '0.3.11' },
  pdfkit: { via: ['pdfmake', 'pdfkit'], checked: '0.19.1' },
  fontkit: { via: ['pdfmake', 'pdfkit', 'fontkit'], checked: '2.0.4' },
  linebreak: { via: ['pdfmake', 'linebreak'], checked: '1.1.0' },
  'unicode-trie': { via: ['pdfmake', 'pdfkit', 'fontkit', 'unicode-trie'], checked: '2.0.0' },
  'tiny-inflate': { via: ['pdfmake', 'pdfkit', 'fontkit', 'unicode-trie', 'tiny-inflate'], checked: '1.0.3' },
  brotli: { via: ['pdfmake', 'pdfkit', 'fontkit', 'brotli'], checked: '1.3.3' },
  '@noble/ciphers': { via: ['pdfmake', 'pdfkit', '@noble/ciphers'], checked: '1.3.0' },
  '@noble/hashes': { via: ['pdfmake', 'pdfkit', '@noble/hashes'], checked: '1.8.0' },
  xmldoc: { via: ['pdfmake', 'xmldoc'], checked: '2.0.3' },
  zod: { via: ['zod'], checked: '4.6.7' },
  docx: { via: ['docx'], checked: '9.15.2' },
} as const satisfies Record<string, Library>;

export type LibraryName = keyof typeof LIBRARIES;

export interface Patch {
  /** What SARABAN_OFF names (switchable patches only). */
  id: string;
  libraries: readonly LibraryName[];
  /** saraban's modules that hold it: the first is the patch, the others (in parentheses) its helpers. */
  module: string;
  patched: string;
  buys: string;
  /** `SARABAN_OFF=<id>`, or why it cannot be turned off. */
  off: string;
  switchable: boolean;
}

export const PATCHES: readonly Patch[] = [
  {
    id: 'code-cache',
    libraries: ['node'],
    module: 'src/runtime/code-cache.ts',
    patched: "Module.prototype._compile (with Module.wrap, _resolveFilename): CommonJS compiled through vm.Script with V8's bytecode saved by the build",
    buys: 'a cold render: 800 ms CPU with it, 930 ms without (docs/architecture.md)',
    off: 'SARABAN_CODE_CACHE=off or SARABAN_OFF=code-cache',
    switchable: true,
  },
  {
    id: 'require-cache',
    libraries: ['node'],
    module: 'src/runtime/cjs.ts',
    patched: "Module._cache: the stand-ins below put in require's cache before a library asks",
    buys: 'the means of fast-inflate and deferred (nothing by itself)',
    off: 'with fast-inflate and deferred',
    switchable: false,
  },
  {
    id: 'fast-inflate',
    libraries: ['tiny-inflate', 'unicode-trie', 'fontkit', 'linebreak'],
    module: 'src/runtime/fast-inflate.ts',
    patched: "tiny-inflate (as unicode-trie requires it) replaced by node:zlib with the same contract",
    buys: 'a cold render: 60 ms CPU less (about 20 ms of wall time in a cold PDF)',
    off: 'SARABAN_OFF=fast-inflate',
    switchable: true,
  },
  {
    id: 'deferred',
    libraries: ['@noble/ciphers', '@noble/hashes', 'brotli', 'xmldoc', 'zod'],
    module: 'src/runtime/deferred.ts (lists: src/writers/pdf/preload.ts, src/data/zod.ts)',
    patched: "pdfkit's encryption, fontkit's WOFF2 decoder, pdfmake's SVG parser and zod's locales load on first use",
    buys: 'a cold render: 100 ms CPU less (about 30 ms of wall time)',
    off: 'SARABAN_OFF=deferred',
    switchable: true,
  },
  {
    id: 'thai-pdf-fix',
    libraries: ['pdfkit', 'fontkit'],
    module: 'src/writers/pdf/pdfkit-thai-fix.ts (src/writers/pdf/subset-file.ts, src/writers/pdf/subset-glyphs.ts)',
    patched: "fontkit's getGlyph, pdfkit's EmbeddedFont encode and widthOfString, fontkit's TTFSubset encode",
    buys: 'Thai text that copies out as it went in (a self-test on install); subsets written directly (half of embedding a font)',
    off: 'cannot: copied Thai text would lose vowels',
    switchable: false,
  },
  {
    id: 'thai-justify',
    libraries: ['pdfmake'],
    module: 'src/writers/pdf/justify.ts',
    patched: "pdfmake's ElementWriter.alignLine",
    buys: "Thai distributed justification, no spaces a reader would copy",
    off: 'cannot: justified Thai lines would show and copy spaces never typed',
    switchable: false,
  },
  {
    id: 'cluster-wrap',
    libraries: ['pdfmake'],
    module: 'src/writers/pdf/overflow.ts',
    patched: "pdfmake's LayoutBuilder.buildNextLine",
    buys: 'an unbreakable word too wide for its column cut between grapheme clusters, inside the page',
    off: 'cannot: marks would be torn from their consonant',
    switchable: false,
  },
  {
    id: 'tall-unbreakable',
    libraries: ['pdfmake'],
    module: 'src/writers/pdf/unbreakable.ts',
    patched: "pdfmake's PageElementWriter.commitUnbreakableBlock",
    buys: 'an unbreakable block taller than a page placed in page-high slices instead of vanishing from the PDF',
    off: 'cannot: the text of such a block would be lost',
    switchable: false,
  },
  {
    id: 'line-fit',
    libraries: ['pdfmake'],
    module: 'src/writers/pdf/line-fit.ts',
    patched: "pdfmake's LayoutBuilder.buildNextLine and Line.hasEnoughSpaceForInline",
    buys: 'Thai paragraphs broken where a reader keeps words whole, and justified lines flush: the breaks of the whole paragraph chosen together (Knuth–Plass) instead of line by line',
    off: 'cannot: lines would again split compounds and stop short of the margin',
    switchable: false,
  },
  {
    id: 'keep-with-next',
    libraries: ['pdfmake'],
    module: 'src/writers/pdf/keep.ts',
    patched: "pdfmake's LayoutBuilder.processVerticalContainer",
    buys: 'keep-with-next in one layout pass (pdfmake relays the whole document per page break: 28 passes for 1,000 agenda items)',
    off: "cannot: the keeps are marked for it alone (pdfmake's own, pageBreakBefore, is quadratic)",
    switchable: false,
  },
  {
    id: 'font-tables',
    libraries: ['fontkit'],
    module: 'src/writers/pdf/fontkit-table-cache.ts',
    patched: "fontkit's TTFFont._decodeTable and Glyph._decode, cached per font buffer",
    buys: "the same fonts' tables decoded once per process, not once per document; with layout-cache and style-cache: a batch of 300 memos at 29.1 documents/s instead of 12.8",
    off: 'SARABAN_OFF=font-tables',
    switchable: true,
  },
  {
    id: 'layout-cache',
    libraries: ['pdfkit', 'fontkit'],
    module: 'src/writers/pdf/layout-cache.ts',
    patched: "pdfkit's EmbeddedFont.layoutCached, per font buffer",
    buys: 'a word shaped once per process (shaping is half of a warm render)',
    off: 'SARABAN_OFF=layout-cache',
    switchable: true,
  },
  {
    id: 'style-cache',
    libraries: ['pdfmake'],
    module: 'src/writers/pdf/style-cache.ts',
    patched: "pdfmake's TextInlines.measure",
    buys: "a style property resolved once per run of word pieces, not once per piece",
    off: 'SARABAN_OFF=style-cache',
    switchable: true,
  },
  {
    id: 'docx-boilerplate',
    libraries: ['docx'],
    module: 'src/writers/docx/boilerplate.ts (src/build/docx-boilerplate.ts)',
    patched: "nothing at run time: the parts docx writes the same in every document, taken from docx at build time",
    buys: 'a render that never loads docx (a minutes DOCX in 1.6–2.5 ms instead of 6–8 ms)',
    off: 'cannot at run time: the rest of the package is written by saraban (docs/docx.md)',
    switchable: false,
  },
];

/** Whether SARABAN_OFF (or, for the code cache, SARABAN_CODE_CACHE=off) turns patch `id` off. */
export function patchOff(id: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (id === 'code-cache' && env.SARABAN_CODE_CACHE === 'off') return true;
  const off = (env.SARABAN_OFF ?? '').split(',').map((s) => s.trim());
  return off.includes(id) || off.includes('all');
}

/** The installed version of a library, found through its `via` chain; undefined when absent. */
export function installedVersion(name: LibraryName): string | undefined {
  const lib: Library = LIBRARIES[name];
  if (lib.via.length === 0) return process.versions.node.split('.')[0];
  let from = createRequire(import.meta.url);
  let dir = '';
  for (const pkg of lib.via) {
    let entry: string;
    try {
      entry = from.resolve(pkg);
    } catch {
      return undefined;
    }
    dir = packageDir(entry, pkg);
    from = createRequire(path.join(dir, 'package.json'));
  }
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The folder of the package `name` that holds `entry` (a package.json whose name is `name`). */
function packageDir(entry: string, name: string): string {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === name) return dir;
    } catch {
      // no package.json here: look further up
    }
  }
  throw new Error(`no package.json of ${name} above ${entry}`);
}

/** The libraries whose installed version is not the one their patches were checked against. */
export function uncheckedLibraries(installed: (name: LibraryName) => string | undefined = installedVersion): { library: LibraryName; installed: string | undefined; checked: string }[] {
  return (Object.keys(LIBRARIES) as LibraryName[])
    .map((library) => ({ library, installed: installed(library), checked: LIBRARIES[library].checked }))
    .filter((l) => l.installed !== l.checked);
}
