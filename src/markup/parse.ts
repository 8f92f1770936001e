// The markup stage: document markup (the XML vocabulary templates write, see README.md, "Templates")
// → the Document model. White space is folded as in HTML: runs of spaces and newlines become one
// space, and leading/trailing space of a block is dropped; <br/> is an explicit line break.
import path from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import { SarabanError } from '../messages/errors.js';
import { VALUE_KINDS, type MessageKey, type MessageParams } from '../messages/catalogue.js';
import { isInside } from '../io/paths.js';
import { readImage } from '../writers/images.js';
import {
  defaultMeta, numberMarker, type Align, type Block, type Document, type DocumentMeta, type Inline, type ListItem, type TableCell,
} from '../model/document.js';
import { HEADING_STYLES, isStyleName, STYLES, styleDef, type StyleDef, type StyleName } from '../model/styles.js';
import { cellPadding } from '../model/layout.js';
import { ALIGNS, NUMBER_RANGES, STYLE_KINDS, UNITS } from './attributes.js';
import { fold, mergeRuns, splitLines, trimInlines } from './runs.js';
import { parseXml, textOf, type Element, type Node } from './xml.js';
import { SARABUN_SCALE, toThaiDigits } from '../thai/index.js';

/** The page width every writer lays out on (A4 portrait). */
const A4_WIDTH_CM = 21;

export interface MarkupOptions {
  /** Name of the markup's source (the template file), for error messages. */
  source: string;
  /** Folder that relative image paths resolve against (the data file's folder). */
  baseDir: string;
  /**
   * Folders images may come from besides baseDir and the template's own folder; nothing outside
   * them is ever read, whatever the data or template says.
   */
  imageDirs?: readonly string[];
  /**
   * Width in points of one line of runs as the document's font draws it (`size`: the body size in
   * TH SarabunPSK points), for columns sized to their text (widths="1 auto"). The pipeline passes
   * the PDF's own measure, so every writer gets one width; markup knows no font.
   */
  measure?: LineMeasure;
}

export type LineMeasure = (runs: readonly { text: string; bold?: boolean; size?: number }[], size: number) => number;

export function parseMarkup(markup: string, options: MarkupOptions): Document {
  const root = parseXml(markup, options.source);
  if (root.name !== 'document') fail(root, options, 'markup-root', { name: root.name });
  const reader = new Reader(options);
  const meta = reader.meta(root);
  reader.page = meta;
  return { meta, blocks: reader.blocks(root.children) };
}

function fail(el: Element, options: MarkupOptions, key: MessageKey, params: MessageParams = {}): never {
  throw SarabanError.of(key, params, { file: options.source, line: el.line });
}

/** ['tr'] → "<tr>"; ['td', 'th'] → "<td>, <th>" */
const tags = (names: readonly string[]): string => names.map((n) => `<${n}>`).join(', ');
const INLINE_TAGS = new Set(['b', 'i', 'u', 'nobr', 'span', 'br', 'tab']);

class Reader {
  /** The document's page settings, for checks that need the text width. */
  page: DocumentMeta = defaultMeta;

  constructor(private readonly options: MarkupOptions) {}

  meta(el: Element): DocumentMeta {
    const a = el.attrs;
    const margins = a.margins ? this.numbers(el, 'margins', a.margins) : undefined;
    if (margins && margins.length !== 4) fail(el, this.options, 'markup-margins');
    return {
      ...defaultMeta,
      title: a.title ?? '',
      lang: a.lang ?? defaultMeta.lang,
      margins: margins
        ? { top: margins[0]!, right: margins[1]!, bottom: margins[2]!, left: margins[3]! }
        : { ...defaultMeta.margins },
      fontSize: a['font-size'] ? this.number(el, 'font-size', a['font-size']) : defaultMeta.fontSize,
      font: a.font ?? defaultMeta.font,
      thaiDigits: this.bool(el, 'thai-digits', a['thai-digits'], defaultMeta.thaiDigits),
      pageNumbers: {
        from: a['page-numbers'] ? this.number(el, 'page-numbers', a['page-numbers']) : defaultMeta.pageNumbers.from,
        format: a['page-number-format'] ?? defaultMeta.pageNumbers.format,
        position: a['page-number-position'] === 'bottom' ? 'bottom' : 'top',
      },
      dictionary: [],
      ...(a.draft !== undefined ? { draft: this.bool(el, 'draft', a.draft, false) } : {}),
    };
  }

  blocks(nodes: Node[]): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      if (typeof node === 'string') {
        if (node.trim()) throw SarabanError.of('markup-loose-text', { text: node.trim().slice(0, 40) }, { file: this.options.source });
        continue;
      }
      out.push(this.block(node));
    }
    return out;
  }

  block(el: Element): Block {
    const keepWithNext = this.bool(el, 'keep-with-next', el.attrs['keep-with-next'], false);
    const base = keepWithNext ? { keepWithNext } : {};
    switch (el.name) {
      case 'h1':
      case 'h2':
      case 'h3': {
        const level = Number(el.name[1]) as 1 | 2 | 3;
        const name = this.styleName(el, 'paragraph', HEADING_STYLES[level]);
        const style = styleDef(name);
        const size = el.attrs.size !== undefined ? this.number(el, 'size', el.attrs.size) : typeof style.size === 'number' ? style.size : undefined;
        return {
          kind: 'heading',
          level,
          align: this.align(el, style.align ?? 'center'),
          ...(size !== undefined ? { size } : {}),
          ...(style.lineExact ? { line: style.lineExact } : {}),
          content: this.inlines(el),
          ...this.styled(el, name, base),
        };
      }
      case 'p': {
        const name = this.styleName(el, 'paragraph', 'plain');
        const style = styleDef(name);
        const number = this.paragraphNumber(el);
        const content = this.inlines(el, style);
        return {
          kind: 'paragraph',
          align: this.align(el, style.align ?? 'left'),
          firstLine: this.optNumber(el, 'first-line', style.firstLine ?? 0),
          indent: this.optNumber(el, 'indent', 0),
          ...(number ? { number } : {}),
          content: number ? mergeRuns([{ kind: 'text', text: `${numberMarker(number)} `, ...(style.bold ? { bold: true } : {}) }, ...content]) : content,
          ...this.styled(el, name, base),
        };
      }
      case 'list':
        return {
          kind: 'list',
          marker: el.attrs.marker ?? '{n}.',
          start: this.optNumber(el, 'start', 1),
          indent: this.optNumber(el, 'indent', 0),
          items: this.elements(el, ['item']).map((item) => this.listItem(item)),
          ...base,
        };
      case 'row':
        return this.row(el, this.styled(el, this.styleName(el, 'paragraph', 'plain'), base));
      case 'table':
        return this.table(el, base);
      case 'signature':
        return {
          kind: 'signature',
          signLine: this.bool(el, 'sign-line', el.attrs['sign-line'], true),
          caption: this.childInlines(el, 'caption'),
          name: this.childInlines(el, 'name'),
          position: this.elements(el, ['caption', 'name', 'position'])
            .filter((c) => c.name === 'position')
            .map((c) => this.inlines(c)),
          ...(el.attrs.center !== undefined ? { center: this.number(el, 'center', el.attrs.center) } : {}),
          ...base,
        };
      case 'image': {
        const beside = this.bool(el, 'beside', el.attrs.beside, false);
        const src = this.imagePath(el);
        // height="1.5" (the form gives the Garuda's height) sets the width by the image's aspect.
        const height = el.attrs.height === undefined ? undefined : this.number(el, 'height', el.attrs.height);
        const img = height === undefined ? undefined : readImage(src);
        const width = img ? (height! * img.width) / img.height : this.optNumber(el, 'width', 3);
        return {
          kind: 'image', src, width, align: this.align(el, 'center'), ...(beside ? { beside } : {}),
          written: { src: el.attrs.src!, line: el.line }, ...base,
        };
      }
      case 'box': {
        const beside = this.bool(el, 'beside', el.attrs.beside, false);
        return {
          kind: 'box',
          width: this.optNumber(el, 'width', 3),
          height: this.optNumber(el, 'height', 3),
          align: this.align(el, 'center'),
          content: this.inlines(el),
          ...(beside ? { beside } : {}),
          ...base,
        };
      }
      case 'foot':
        return { kind: 'foot', blocks: this.blocks(el.children), ...base };
      case 'photos':
        return {
          kind: 'photos',
          columns: this.optNumber(el, 'columns', 2),
          items: this.elements(el, ['photo', 'credit'])
            .filter((c) => c.name === 'photo')
            .map((p) => ({ src: this.imagePath(p), written: { src: p.attrs.src ?? '', line: p.line }, caption: this.inlines(p), ...(p.attrs.url ? { url: p.attrs.url } : {}) })),
          credit: this.childInlines(el, 'credit'),
          ...base,
        };
      case 'hashtags':
        return {
          kind: 'hashtags',
          tags: this.elements(el, ['tag']).map((t) => fold(textOf(t)).trim().replace(/^#/, '')).filter(Boolean),
          ...base,
        };
      case 'pagebreak':
        return { kind: 'pagebreak' };
      case 'rule':
        return { kind: 'rule', ...base };
      case 'keep':
        return { kind: 'keep', blocks: this.blocks(el.children), ...base };
      default:
        return fail(el, this.options, 'markup-unknown-block', { name: el.name });
    }
  }

  listItem(el: Element): ListItem {
    const inlineNodes = el.children.filter((c) => typeof c === 'string' || INLINE_TAGS.has(c.name));
    const blockNodes = el.children.filter((c): c is Element => typeof c !== 'string' && !INLINE_TAGS.has(c.name));
    return { content: trimInlines(this.inlineNodes(inlineNodes, {})), children: this.blocks(blockNodes) };
  }

  /** A numbered paragraph: number="4.1" (one value per level) with marker="ระเบียบวาระที่ {n}". */
  paragraphNumber(el: Element): { values: number[]; pattern: string } | undefined {
    const n = el.attrs.number;
    if (n === undefined) return undefined;
    if (!/^\d+(\.\d+)*$/.test(n.trim())) fail(el, this.options, 'markup-paragraph-number', { value: n });
    const pattern = el.attrs.marker ?? '{n}';
    if (!pattern.includes('{n}')) fail(el, this.options, 'markup-marker', { n: '{n}', pattern });
    return { values: n.trim().split('.').map(Number), pattern };
  }

  /** The style a block names (style="agenda"), or its element's default; only known names. */
  styleName(el: Element, type: StyleDef['type'], fallback: StyleName): StyleName {
    const name = el.attrs.style;
    if (name === undefined) return fallback;
    if (!isStyleName(name) || STYLES[name].type !== type) {
      const known = Object.entries(STYLES).filter(([, d]) => d.type === type).map(([n]) => n);
      fail(el, this.options, 'markup-unknown-style', { kind: STYLE_KINDS[type], name, known: known.join(', ') });
    }
    return name;
  }

  /** The block's style name, and keep-with-next from the style when the markup does not say. */
  styled(el: Element, name: StyleName, base: { keepWithNext?: boolean }): { style?: StyleName; keepWithNext?: boolean } {
    const keep = el.attrs['keep-with-next'] === undefined && (styleDef(name) as StyleDef).keepNext ? { keepWithNext: true } : base;
    return { ...keep, ...(name !== 'plain' ? { style: name } : {}) };
  }

  row(el: Element, base: { keepWithNext?: boolean; style?: StyleName }): Block {
    const cells = this.elements(el, ['cell']).map((c) => this.inlines(c));
    const stops = el.attrs.stops ? this.numbers(el, 'stops', el.attrs.stops) : cells.map((_, i) => i * 4);
    if (stops.length !== cells.length) fail(el, this.options, 'markup-row-stops', { cells: cells.length, stops: stops.length });
    return { kind: 'row', stops, cells, ...base };
  }

  table(el: Element, base: { keepWithNext?: boolean }): Block {
    const trs = this.elements(el, ['tr']);
    // <tr height="0.8">: the row's own least height (cm); "auto": as tall as its text.
    const heights = trs.map((tr) => (tr.attrs.height === undefined ? undefined : tr.attrs.height.trim() === 'auto' ? 0 : this.number(tr, 'height', tr.attrs.height)));
    const rows: TableCell[][] = trs.map((tr) =>
      this.elements(tr, ['td', 'th']).map((td) => {
        const content = this.inlines(td);
        return {
          content: td.name === 'th' ? content.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i)) : content,
          align: this.align(td, td.name === 'th' ? 'center' : 'left'),
          colspan: this.optNumber(td, 'colspan', 1),
        };
      }),
    );
    const columns = Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + c.colspan, 0)));
    const borders = this.bool(el, 'borders', el.attrs.borders, true);
    const given = el.attrs.widths ? el.attrs.widths.trim().split(/[\s,]+/) : Array.from({ length: columns }, () => '1');
    if (given.length !== columns) fail(el, this.options, 'markup-table-widths', { columns, widths: given.length });
    const widths = given.includes('auto') ? this.fitColumns(el, given, rows, borders) : given.map((w) => this.number(el, 'widths', w));
    this.checkColumnWidths(el, widths, borders);
    return {
      kind: 'table',
      widths,
      headerRows: this.optNumber(el, 'header-rows', 0),
      borders,
      rows,
      ...(el.attrs['row-height'] !== undefined ? { rowHeight: this.number(el, 'row-height', el.attrs['row-height']) } : {}),
      ...(heights.some((h) => h !== undefined) ? { heights } : {}),
      ...base,
    };
  }

  /**
   * Widths with `auto` columns, in cm: an auto column is as wide as its longest line (its cells of
   * one column, split at <br/>, as the PDF draws them, in the document's digits) and its padding,
   * and 3% more, as TH SarabunPSK in Word draws up to that much wider than Sarabun (thai/scripts.ts);
   * the other columns share the rest by their weights (the address block of an external letter,
   * ending at the right margin: widths="1 auto").
   */
  fitColumns(el: Element, given: string[], rows: TableCell[][], borders: boolean): number[] {
    const { margins, fontSize, thaiDigits } = this.page;
    const measure = this.options.measure;
    if (!measure) throw new Error('markup: a table with an auto column needs MarkupOptions.measure');
    const textCm = A4_WIDTH_CM - margins.left - margins.right;
    const padCm = ((2 * cellPadding(borders).x + (borders ? 0.5 : 0)) * 2.54) / 72;
    const longest = (column: number): number => {
      let most = 0;
      for (const cells of rows) {
        let at = 0;
        for (const cell of cells) {
          if (at === column && cell.colspan === 1) {
            for (const line of splitLines(cell.content)) {
              const runs = line.map((r) => (thaiDigits ? { ...r, text: toThaiDigits(r.text) } : r));
              most = Math.max(most, measure(runs, fontSize));
            }
          }
          at += cell.colspan;
        }
      }
      return (most * 1.03 * 2.54) / 72;
    };
    const fixed = given.map((w, k) => (w === 'auto' ? Math.min(textCm, longest(k) + padCm) : undefined));
    const rest = Math.max(0, textCm - fixed.reduce<number>((a, w) => a + (w ?? 0), 0));
    const weights = given.map((w) => (w === 'auto' ? 0 : this.number(el, 'widths', w)));
    const total = weights.reduce((a, w) => a + w, 0);
    // Nothing but auto columns: the rest goes to them alike.
    const autos = fixed.filter((w) => w !== undefined).length;
    return given.map((_, k) => fixed[k] !== undefined ? fixed[k]! + (total > 0 ? 0 : rest / autos) : (weights[k]! / total) * rest);
  }

  /**
   * Every column must hold its padding and one letter (an em of the body text, as drawn): a
   * narrower one (100 columns on A4) cannot wrap its text by letters and would run past the margin.
   */
  checkColumnWidths(el: Element, widths: number[], borders: boolean): void {
    const { margins, fontSize } = this.page;
    const textCm = A4_WIDTH_CM - margins.left - margins.right;
    const total = widths.reduce((a, w) => a + w, 0);
    const minCm = ((2 * cellPadding(borders).x + fontSize * SARABUN_SCALE) * 2.54) / 72;
    const narrowest = Math.min(...widths);
    const cm = total > 0 ? (narrowest / total) * textCm : 0;
    if (cm < minCm) {
      fail(el, this.options, 'markup-table-narrow', {
        columns: widths.length, column: widths.indexOf(narrowest) + 1, width: cm.toFixed(2), min: minCm.toFixed(2), fits: Math.max(1, Math.floor(textCm / minCm)),
      });
    }
  }

  imagePath(el: Element): string {
    const src = el.attrs.src;
    const at = { file: this.options.source, line: el.line };
    if (!src) throw SarabanError.of('image-no-src', {}, at);
    const { baseDir, source, imageDirs = [] } = this.options;
    const allowed = [baseDir, path.dirname(source), ...imageDirs];
    const file = path.resolve(baseDir, src);
    if (!allowed.some((d) => isInside(d, file))) throw SarabanError.of('image-outside', { src }, at);
    if (!existsSync(file)) throw SarabanError.of('image-missing', { src, base: baseDir }, at);
    // The gate judges the real path (a link inside the folder may point out of it), the kind of
    // file and its size; readImage checks the image whole.
    const real = realpathSync(file);
    try {
      readImage(real, { within: allowed, shown: src, at });
    } catch (e) {
      if (e instanceof SarabanError && e.key === 'input-outside') throw SarabanError.of('image-outside', { src }, at);
      throw e;
    }
    return real;
  }

  /** The element children of el, which must all be among the allowed names. */
  elements(el: Element, allowed: string[]): Element[] {
    const out: Element[] = [];
    for (const c of el.children) {
      if (typeof c === 'string') {
        if (c.trim()) fail(el, this.options, 'markup-only-elements', { name: el.name, allowed: tags(allowed) });
        continue;
      }
      if (!allowed.includes(c.name)) fail(c, this.options, 'markup-not-allowed', { child: c.name, name: el.name, allowed: tags(allowed) });
      out.push(c);
    }
    return out;
  }

  childInlines(el: Element, name: string): Inline[] {
    const child = el.children.find((c): c is Element => typeof c !== 'string' && c.name === name);
    return child ? this.inlines(child) : [];
  }

  /** The inlines of a block; a bold paragraph style makes every run bold. */
  inlines(el: Element, style?: StyleDef): Inline[] {
    return trimInlines(this.inlineNodes(el.children, style?.bold ? { bold: true } : {}));
  }

  inlineNodes(nodes: Node[], style: RunLook): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      if (typeof node === 'string') {
        const t = fold(node);
        if (t) out.push({ kind: 'text', text: t, ...style });
        continue;
      }
      switch (node.name) {
        case 'br':
          out.push({ kind: 'br' });
          break;
        case 'tab':
          out.push({ kind: 'tab' });
          break;
        case 'b':
          out.push(...this.inlineNodes(node.children, { ...style, bold: true }));
          break;
        case 'i':
          out.push(...this.inlineNodes(node.children, { ...style, italic: true }));
          break;
        case 'u':
          out.push(...this.inlineNodes(node.children, { ...style, underline: true }));
          break;
        case 'nobr':
          out.push(...this.inlineNodes(node.children, { ...style, nowrap: true }));
          break;
        case 'span': {
          // A character style: its look is resolved into the runs (bold, size), its name kept.
          const name = this.styleName(node, 'character', 'memo-label');
          if (node.attrs.style === undefined) fail(node, this.options, 'markup-span-style');
          const def: StyleDef = styleDef(name);
          out.push(...this.inlineNodes(node.children, {
            ...style,
            style: name,
            ...(def.bold ? { bold: true } : {}),
            ...(typeof def.size === 'number' ? { size: def.size } : {}),
          }));
          break;
        }
        default:
          fail(node, this.options, 'markup-inline-block', { name: node.name });
      }
    }
    return mergeRuns(out);
  }

  align(el: Element, fallback: Align): Align {
    const a = el.attrs.align;
    if (a === undefined) return fallback;
    if (!ALIGNS.includes(a as Align)) fail(el, this.options, 'markup-align', { aligns: ALIGNS.join(', '), value: a });
    return a as Align;
  }

  optNumber(el: Element, name: string, fallback: number): number {
    const v = el.attrs[name];
    return v === undefined ? fallback : this.number(el, name, v);
  }

  /** A number attribute, within its range (NUMBER_RANGES): no 1e308 indent, no colspan of a billion. */
  number(el: Element, name: string, v: string): number {
    const n = Number(v);
    const range = NUMBER_RANGES[name];
    const inRange = !range || (n >= range.min && n <= range.max && (!range.whole || Number.isInteger(n)));
    if (v.trim() === '' || !Number.isFinite(n) || !inRange) {
      const { min = -Infinity, max = Infinity, whole = false, unit = '' } = range ?? {};
      throw SarabanError.of('markup-number', {
        name, value: v, min, max, unit: UNITS[unit] ?? '', kind: VALUE_KINDS[whole ? 'int' : 'number']!,
      }, { file: this.options.source, line: el.line });
    }
    return n;
  }

  numbers(el: Element, name: string, v: string): number[] {
    return v.trim().split(/[\s,]+/).map((x) => this.number(el, name, x));
  }

  bool(el: Element, name: string, v: string | undefined, fallback: boolean): boolean {
    if (v === undefined || v === '') return fallback;
    if (v === 'true' || v === 'false') return v === 'true';
    return fail(el, this.options, 'markup-boolean', { name, value: v });
  }
}

/** The look an inline element gives the text inside it. */
interface RunLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  nowrap?: boolean;
  size?: number;
  style?: StyleName;
}
