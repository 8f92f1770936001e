// DOCX, runs and paragraphs: how the model's text is written against its named style — a run
// writes only what differs from its paragraph's (or character) style, a paragraph only what
// differs from its style's look — and the writing context (Ctx) the other DOCX modules share.
// Part of the DOCX writer (docx/index.ts says how the whole file is written).
import {
  type Align,
  type DocumentMeta,
  type Inline,
} from '../../model/document.js';
import { spaceAfter } from '../../model/layout.js';
import { STYLES, styleSize, type StyleDef, type StyleName } from '../../model/styles.js';
import { hasThai, keepTogether, scriptRuns } from '../../thai/index.js';
import { keepSpans } from '../../thai/break-penalties.js';
import type { PreparedPhotos } from '../images.js';
import { FIRST_NUM_ID as firstNumId, type ListDef } from './package.js';
import { LINE_BREAK, paragraphXml, runXml, TAB, textXml, type ParaProps, type RunProps } from './xml.js';

/** Twips per centimetre (1 cm = 567 twips, the value Word itself rounds to). */
export const TWIPS_PER_CM = 567;
export const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);

/** Twips per point. */
export const pt20 = (pt: number) => Math.round(pt * 20);

// ---------------------------------------------------------------------------------------------
// Runs

/** How a run looks: the size in points and the formatting a writer may set on it. */
export interface RunLook {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** The character style it takes its look from (styleId). */
  charStyle?: string;
}

export interface Ctx {
  meta: DocumentMeta;
  /** Text width in cm. */
  textWidth: number;
  /** Styles used so far: only these go into styles.xml. */
  used: Set<StyleName>;
  /** Lists so far, each its own numbering definition (restarts at its start). */
  lists: ListDef[];
  /** The numbering of numbered paragraphs (agenda items) in progress: the values so far per level. */
  outline?: { reference: string; config: ListDef; texts: string[]; values: number[] };
  /** The photos of the document, prepared (upright, scaled) before writing. */
  photos: PreparedPhotos;
  /** The images, by content (SHA-1 and type), in the order the body first uses them: one media
   * file each, with its relationship id (from firstImageRel on). */
  media: Map<string, { type: 'png' | 'jpg'; data: Uint8Array; relId: number }>;
  /** The first image's relationship id: set once the page numbers' parts are known. */
  firstImageRel: number;
  /** Pictures so far (wp:docPr ids). */
  pictures: number;
  /** The lists' references, in the order the body first uses them: their instances' numIds. */
  numbered: string[];
}

/** The look of a style's runs at the document's body size. */
function styleRunLook(name: StyleName, meta: DocumentMeta): RunLook {
  const def: StyleDef = STYLES[name];
  return { size: styleSize(def, meta.fontSize), ...(def.bold ? { bold: true } : {}) };
}

/**
 * A run's properties: only what differs from the look it sits in (its paragraph style, or its
 * character style), so a clerk who changes a style changes every run of it. szCs goes with sz,
 * bCs with b and iCs with i.
 */
function runProps(look: RunLook, base: RunLook): RunProps {
  return {
    ...(look.charStyle ? { style: look.charStyle } : {}),
    ...(look.size !== base.size ? { size: look.size * 2 } : {}),
    ...(!!look.bold !== !!base.bold ? { bold: !!look.bold } : {}),
    ...(!!look.italic !== !!base.italic ? { italic: !!look.italic } : {}),
    ...(!!look.underline !== !!base.underline ? { underline: look.underline ? ('single' as const) : ('none' as const) } : {}),
  };
}

type Piece = { kind: 'text'; text: string; look: RunLook } | { kind: 'tab' } | { kind: 'br' };

const sameLook = (a: RunLook, b: RunLook) =>
  a.size === b.size && !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && a.charStyle === b.charStyle;

/**
 * Model inlines → docx runs in a paragraph of style `role`: adjacent text with the same look is
 * joined, then split again only where the script changes; `nowrap` text and dictionary terms are
 * kept whole (keepTogether: no-break spaces and word joiners, docs/thai.md). `base` is the look the
 * block gives its text (a heading's bold and size); runs write only where they differ from their style.
 */
export function runs(content: readonly Inline[], ctx: Ctx, role: StyleName, base: RunLook = styleRunLook(role, ctx.meta)): string {
  const paraLook = styleRunLook(role, ctx.meta);
  const pieces: Piece[] = [];
  for (const i of content) {
    if (i.kind === 'tab' || i.kind === 'br') {
      pieces.push({ kind: i.kind });
      continue;
    }
    if (i.text === '') continue;
    const charStyle = i.style ? (STYLES[i.style] as StyleDef) : undefined;
    if (i.style) ctx.used.add(i.style);
    const look: RunLook = {
      size: i.size ?? base.size,
      bold: base.bold || i.bold,
      italic: base.italic || i.italic,
      underline: base.underline || i.underline,
      ...(charStyle ? { charStyle: charStyle.id } : {}),
    };
    const text = keepTogether(i.text, { dictionary: ctx.meta.dictionary, whole: i.nowrap, spans: keepSpans(i.text) });
    const last = pieces.at(-1);
    if (last?.kind === 'text' && sameLook(last.look, look)) last.text += text;
    else pieces.push({ kind: 'text', text, look });
  }
  let out = '';
  for (const p of pieces) {
    if (p.kind === 'tab') out += runXml({}, TAB, false);
    else if (p.kind === 'br') out += runXml({}, LINE_BREAK, false);
    else {
      // Under a character style, differences are measured from the style's own look.
      const from = p.look.charStyle ? { ...paraLook, ...charLook(p.look.charStyle, ctx.meta), charStyle: p.look.charStyle } : paraLook;
      const props = runProps(p.look, from);
      for (const r of scriptRuns(p.text)) out += runXml(props, textXml(r.text), hasThai(r.text));
    }
  }
  return out;
}

function charLook(styleId: string, meta: DocumentMeta): Partial<RunLook> {
  const def = Object.values(STYLES).find((d) => d.id === styleId) as StyleDef;
  return { size: styleSize(def, meta.fontSize), ...(def.bold ? { bold: true } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Paragraph looks: what the style gives, and what a paragraph asks for

/** w:jc by alignment. Thai justification: Word spreads the space between characters (thaiDistribute), not only at spaces. */
export const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'thaiDistribute' };

/** Paragraph properties in twips, as a style gives them and as a paragraph wants them. */
export interface ParaLook {
  align: Align;
  firstLine: number;
  left: number;
  right: number;
  before: number;
  after: number;
  keepNext: boolean;
  keepLines: boolean;
}

/** Styles whose paragraphs are lines inside a block: no space after each (the block's last line gets it). */
const LINE_STYLES: ReadonlySet<StyleName> = new Set(['list', 'table', 'signature', 'hashtags', 'page-number']);

/** The paragraph look a style gives (layout.ts decides the space after). */
export function styleParaLook(name: StyleName): ParaLook {
  const def: StyleDef = STYLES[name];
  return {
    align: def.align ?? 'left',
    firstLine: twips(def.firstLine ?? 0),
    left: 0,
    right: 0,
    before: 0,
    after: LINE_STYLES.has(name) ? 0 : pt20(spaceAfter({ keepWithNext: !!def.keepNext })),
    keepNext: !!def.keepNext,
    keepLines: def.outline !== undefined || name === 'signature',
  };
}

/** What a paragraph holds besides its look: its runs (XML), list level, tab stops, page break. */
export interface ParaContent {
  runs: string;
  numbering?: { reference: string; level: number };
  /** Left tab stops, twips. */
  tabs?: number[];
  pageBreakBefore?: boolean;
  /** In the frame at the foot of the last page (a `foot` block), this wide in twips. */
  footFrame?: number;
}
export interface ParaOut {
  kind: 'p';
  role: StyleName;
  want: Partial<ParaLook>;
  content: ParaContent;
}
/** A paragraph still to be written, or finished XML (a table, a page break). */
export type Out = ParaOut | { kind: 'xml'; xml: string };

export const para = (role: StyleName, want: Partial<ParaLook>, content: ParaContent): ParaOut => ({ kind: 'p', role, want, content });

/** The paragraph's XML: its style, and only the properties that differ from the style's. */
export function materialize(o: ParaOut, ctx: Ctx): string {
  ctx.used.add(o.role);
  const style = styleParaLook(o.role);
  const want = { ...style, ...o.want };
  const { numbering, tabs, pageBreakBefore, footFrame } = o.content;
  const p: ParaProps = {
    ...(o.role !== 'plain' ? { style: STYLES[o.role].id } : {}),
    ...(want.keepNext !== style.keepNext ? { keepNext: want.keepNext } : {}),
    ...(want.keepLines !== style.keepLines ? { keepLines: want.keepLines } : {}),
    ...(pageBreakBefore ? { pageBreakBefore } : {}),
    ...(footFrame !== undefined ? { footFrame } : {}),
    ...(numbering ? { numbering: { numId: numIdOf(numbering.reference, ctx), level: numbering.level } } : {}),
    ...(tabs ? { tabs } : {}),
  };
  if (want.after !== style.after || want.before !== style.before) {
    p.spacing = { ...(want.before !== style.before ? { before: want.before } : {}), ...(want.after !== style.after ? { after: want.after } : {}) };
  }
  if (want.firstLine !== style.firstLine || want.left !== style.left || want.right !== style.right) {
    p.indent = {
      ...(want.left !== style.left ? { left: want.left } : {}),
      ...(want.right !== style.right ? { right: want.right } : {}),
      ...(want.firstLine !== style.firstLine ? { firstLine: want.firstLine } : {}),
    };
  }
  if (want.align !== style.align) p.align = JC[want.align];
  return paragraphXml(p, o.content.runs);
}

/** The numId of a list's instance: lists are numbered in the order the body first uses them. */
function numIdOf(list: string, ctx: Ctx): number {
  let k = ctx.numbered.indexOf(list);
  if (k < 0) k = ctx.numbered.push(list) - 1;
  return firstNumId + k;
}
