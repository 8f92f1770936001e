// The parts of a DOCX package that are the same in every document saraban writes (theme, font
// table, settings, app properties, package relationships) and the root elements of the parts it
// fills in itself (document, header, footer, numbering, core properties), as the docx library
// writes them. docx makes them once, at build time (build/docx-boilerplate.ts →
// dist/docx-boilerplate.json), so a render never loads docx; without a build (tests run from
// src/) they are made on first use, by the same function.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as Docx from 'docx';
import { requireCjs } from '../../runtime/cjs.js';
import { CODE_ROOT, versionIn } from '../../io/paths.js';

export interface Boilerplate {
  /** Whole parts, by name, in the order docx zips them. */
  parts: Record<string, string>;
  /** The text of a part up to and including its root's start tag. */
  documentStart: string;
  headerStart: string;
  footerStart: string;
  numberingStart: string;
  coreStart: string;
  /** A header's or footer's (empty) relationships. */
  emptyRels: string;
  /** [Content_Types].xml up to its Override elements. */
  typesStart: string;
  /** docx's version, so a build made with another docx is made again. */
  docx: string;
}

export const BOILERPLATE_FILE = path.join(CODE_ROOT, 'docx-boilerplate.json');

let made: Boilerplate | undefined;

export function boilerplate(): Boilerplate {
  if (made) return made;
  try {
    const built = JSON.parse(readFileSync(BOILERPLATE_FILE, 'utf8')) as Boilerplate;
    if (built.docx === docxVersion()) return (made = built);
  } catch {
    // not built: made below
  }
  return (made = makeBoilerplate());
}

/** docx's version, from its package.json (docx exports no ./package.json): reading it does not load docx. */
const docxVersion = (): string => versionIn(path.join(path.dirname(requireCjs.resolve('docx')), '..', 'package.json'));

/** The static parts' names, in docx's zip order. */
export const STATIC_PARTS = ['_rels/.rels', 'docProps/app.xml', 'word/settings.xml', 'word/fontTable.xml', 'word/theme/theme1.xml'] as const;

/** Builds a sample package with docx and keeps what saraban does not write itself. */
export function makeBoilerplate(): Boilerplate {
  const docx = requireCjs('docx') as typeof Docx;
  const { Document, Header, Footer, Paragraph, BuilderElement, Packer } = docx;
  const file = new Document({
    numbering: { config: [{ reference: 'sample', levels: [{ level: 0, format: docx.LevelFormat.DECIMAL, text: '%1.' }] }] },
    sections: [{ headers: { default: new Header({ children: [new Paragraph({})] }) }, footers: { default: new Footer({ children: [new Paragraph({})] }) }, children: [new Paragraph({ numbering: { reference: 'sample', level: 0 } })] }],
  });
  // Thai in the settings too: the theme-font language of the complex-script slot. CT_Settings puts
  // themeFontLang after compat, which docx writes last.
  (file.Settings as unknown as { root: unknown[] }).root.push(
    new BuilderElement<{ val: string; bidi: string }>({ name: 'w:themeFontLang', attributes: { val: { key: 'w:val', value: 'en-US' }, bidi: { key: 'w:bidi', value: 'th-TH' } } }),
  );
  const compiler = (Packer as unknown as { compiler?: { compile(f: unknown): Map<string, string | Uint8Array> } }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error(`docx ${docxVersion()} has no Packer.compiler: saraban needs docx 9.x`);
  const parts = compiler.compile(file);
  const text = (name: string): string => {
    const v = parts.get(name);
    if (v === undefined) throw new Error(`docx wrote no ${name}`);
    return typeof v === 'string' ? v : new TextDecoder().decode(v);
  };
  const upTo = (xml: string, tag: string): string => {
    const at = xml.indexOf(tag);
    const end = xml.indexOf('>', at) + 1;
    if (at < 0 || end <= 0) throw new Error(`no ${tag} in docx's part`);
    return xml.slice(0, end);
  };
  const types = text('[Content_Types].xml');
  return {
    parts: Object.fromEntries(
      STATIC_PARTS.map((name) => [
        name,
        // The package has no custom properties part (docProps/custom.xml), so no relationship to one.
        name === '_rels/.rels' ? text(name).replace(/<Relationship [^>]*Target="docProps\/custom\.xml"\/>/, '') : text(name),
      ]),
    ),
    documentStart: upTo(text('word/document.xml'), '<w:body'),
    headerStart: upTo(text('word/header1.xml'), '<w:hdr'),
    footerStart: upTo(text('word/footer1.xml'), '<w:ftr'),
    numberingStart: upTo(text('word/numbering.xml'), '<w:numbering'),
    coreStart: upTo(text('docProps/core.xml'), '<cp:coreProperties'),
    emptyRels: text('word/_rels/header1.xml.rels'),
    typesStart: types.slice(0, types.indexOf('<Override')),
    docx: docxVersion(),
  };
}
