// HTML: a standalone page (UTF-8, lang="th", Sarabun inlined from @fontsource) for the web or a
// Facebook post. Every piece of text goes through escapeHtml; nothing from the data is raw HTML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineText, listMarker, rowLeastHeight, signatureColumn, signatureLines, type Block, type Document, type Inline, type List, type Photos } from '../model/document.js';
import { breakUnits, hasWordBoundary, SARABUN_SCALE, wordBoundaries } from '../thai/index.js';
import { compoundSpans, keepSpans } from '../thai/break-penalties.js';
import { dataUri, imageDataUri, photoOf, preparePhotos, type PreparedPhotos } from './images.js';
import { fontsourceDir } from './fontsource.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Where a hashtag links: the posts that carry it. */
export const HASHTAG_URL = 'https://www.facebook.com/hashtag/';

/** The page, with its photos prepared (scaled and compressed) for embedding. */
export async function writeHtmlPage(doc: Document): Promise<string> {
  return writeHtml(doc, await preparePhotos(doc.blocks));
}

/** The page; `photos` holds the document's photos as preparePhotos made them (none needed without photos). */
export function writeHtml(doc: Document, photos: PreparedPhotos = new Map()): string {
  const ctx: Ctx = { doc, photos };
  const body = doc.blocks.map((b) => block(b, ctx)).join('\n');
  const size = (doc.meta.fontSize * SARABUN_SCALE).toFixed(1);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.meta.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="saraban">
<title>${escapeHtml(doc.meta.title)}</title>
${shareTags(doc, photos)}
<style>
${fontFaceCss()}
body { margin: 0; background: #f4f4f4; }
.saraban-document { font-family: 'Sarabun', sans-serif; font-size: ${size}pt; line-height: 1.6; color: #111;
  max-width: 21cm; margin: 1rem auto; padding: 2rem ${doc.meta.margins.right}cm 2rem ${doc.meta.margins.left}cm; background: #fff;
  line-break: strict; word-break: normal; overflow-wrap: break-word; }
.saraban-document h1 { font-size: 1.25em; } .saraban-document h2 { font-size: 1.1em; } .saraban-document h3 { font-size: 1em; }
.saraban-document h1, .saraban-document h2, .saraban-document h3 { margin: 0 0 .6em; }
.saraban-document p { margin: 0 0 .6em; }
.saraban-document .keep { margin-bottom: 0; }
/* Justified as Word's thaiDistribute does, the slack spread over every letter (inter-character:
   Chromium, Firefox), and only on a wide screen: a Thai line with one or two spaces justified
   between words opened 75 px gaps at 1280 px, and on a phone letters would spread apart
   ("เ มื่ อ"). A browser without inter-character leaves the text start-aligned rather than gap it. */
.saraban-document p.justify { text-align: start; }
@supports (text-justify: inter-character) {
  @media (min-width: 600px) { .saraban-document p.justify { text-align: justify; text-justify: inter-character; } }
}
.saraban-document ol { list-style: none; margin: 0 0 .6em; padding: 0; }
.saraban-document ol ol { margin: 0; }
.saraban-document li { display: flex; gap: .4em; }
.saraban-document li > .marker { flex: none; }
/* An item's text may shrink below its longest word, which then wraps (overflow-wrap) inside the page. */
.saraban-document li > div { min-width: 0; }
.saraban-document .row { display: grid; column-gap: .5em; margin: 0; }
.saraban-document .row > span { min-width: 0; }
.saraban-document table { border-collapse: collapse; margin: 0 0 .6em; width: 100%; table-layout: fixed; }
.saraban-document table.bordered td, .saraban-document table.bordered th { border: 1px solid #444; padding: .1em .4em; }
.saraban-document .signature { margin: 1.5em 0 .6em 50%; text-align: center; }
.saraban-document .signature p { margin: 0; }
.saraban-document .hashtags { margin: 0 0 .6em; }
.saraban-document .hashtag { display: block; color: #1d4ed8; }
.saraban-document .nowrap, .saraban-document .w { white-space: nowrap; }
.saraban-document .pagebreak { break-after: page; }
.saraban-document .keep-together { break-inside: avoid; }
.saraban-document .box { display: flex; align-items: center; justify-content: center; border: 1px dashed #666; color: #666; box-sizing: border-box; text-align: center; }
.saraban-document .foot { margin-top: 3em; break-inside: avoid; }
.saraban-document hr { border: 0; border-top: 1px solid #111; margin: 0 0 .6em; }
/* Photos: a grid on a wide screen, one a row on a phone; never wider than the text. */
.saraban-document .photos { display: grid; grid-template-columns: repeat(var(--columns, 2), minmax(0, 1fr)); gap: .6em; margin: 0 0 .6em; }
.saraban-document .photo { margin: 0; }
.saraban-document .photo img { display: block; width: 100%; height: auto; aspect-ratio: 4 / 3; object-fit: contain; background: #eee; }
.saraban-document .photo figcaption, .saraban-document .credit { font-size: .8125em; /* 13 pt at 16: styles caption, credit */ text-align: center; }
.saraban-document .credit { grid-column: 1 / -1; text-align: left; margin: 0; }
.saraban-document img { max-width: 100%; height: auto; }
.saraban-document a.hashtag { text-decoration: none; overflow-wrap: anywhere; }
/* A phone: the page is the screen. No print margins, no 2.5 cm first-line or block indents. */
@media (max-width: 600px) {
  body { background: #fff; }
  .saraban-document { margin: 0; padding: 1rem; max-width: none; font-size: ${(Number(size) * 0.85).toFixed(1)}pt; }
  .saraban-document [style*="text-indent"] { text-indent: 1.5em !important; }
  .saraban-document [style*="margin-left"] { margin-left: 0 !important; }
  .saraban-document .photos { grid-template-columns: minmax(0, 1fr); }
  .saraban-document .row { display: block; }
  .saraban-document .signature { margin-left: 0; }
}
@media print { body { background: none; } .saraban-document { margin: 0; padding: 0; max-width: none; } }
</style>
</head>
<body>
<article class="saraban-document">
${body}
</article>
</body>
</html>
`;
}

const alignStyle = (a: string, fallback: string) => (a === fallback ? '' : a === 'justify' ? ' class="justify"' : ` style="text-align:${a}"`);

interface Ctx {
  doc: Document;
  photos: PreparedPhotos;
}

/** Open Graph tags for a share preview: the title, the opening text (the first body paragraph,
 * one with a first-line indent such as a release's lead, else the first paragraph) and the first
 * photo (its published address when the data gives one, else the photo itself). */
function shareTags(doc: Document, photos: PreparedPhotos): string {
  const paragraphs = (blocks: Block[]): Extract<Block, { kind: 'paragraph' }>[] =>
    blocks.flatMap((b) => (b.kind === 'paragraph' && b.content.length ? [b] : b.kind === 'keep' ? paragraphs(b.blocks) : []));
  const all = paragraphs(doc.blocks);
  const opening = all.find((p) => p.firstLine > 0) ?? all[0];
  const description = opening ? inlineText(opening.content) : '';
  const photo = doc.blocks.find((b): b is Photos => b.kind === 'photos')?.items[0];
  const image = photo ? (photo.url ?? dataUri(photoOf(photos, photo.src))) : undefined;
  const meta = (property: string, content: string) => `<meta property="${property}" content="${escapeHtml(content)}">`;
  return [
    meta('og:type', 'article'),
    // A release posted without a headline is previewed by its opening words.
    meta('og:title', doc.meta.title || summary(description, 90)),
    ...(description ? [meta('og:description', summary(description)), `<meta name="description" content="${escapeHtml(summary(description))}">`] : []),
    ...(image ? [meta('og:image', image)] : []),
  ].join('\n');
}

/** A text cut to about 200 characters at a word boundary (never inside a Thai cluster), with "…". */
function summary(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = Math.max(0, ...[...wordBoundaries(text)].filter((k) => k < max));
  return `${text.slice(0, cut || max).trimEnd()}…`;
}

function block(b: Block, ctx: Ctx): string {
  const { doc } = ctx;
  const keep = b.keepWithNext ? ' class="keep"' : '';
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${alignStyle(b.align, 'left')}${b.size ? ` style="font-size:${(b.size / doc.meta.fontSize).toFixed(3)}em"` : ''}>${inlines(b.content, doc)}</h${b.level}>`;
    case 'paragraph': {
      const style = [
        b.firstLine ? `text-indent:${b.firstLine}cm` : '',
        b.indent ? `margin-left:${b.indent}cm` : '',
        b.align !== 'left' && b.align !== 'justify' ? `text-align:${b.align}` : '',
      ].filter(Boolean).join(';');
      const cls = [b.align === 'justify' ? 'justify' : '', b.keepWithNext ? 'keep' : ''].filter(Boolean).join(' ');
      return `<p${cls ? ` class="${cls}"` : ''}${style ? ` style="${style}"` : ''}>${inlines(b.content, doc)}</p>`;
    }
    case 'list':
      return list(b, ctx);
    case 'row': {
      const columns = b.stops.map((s, k) => `${((b.stops[k + 1] ?? s + 4) - s).toFixed(2)}cm`);
      columns[columns.length - 1] = 'minmax(0, 1fr)';
      return `<div class="row" style="grid-template-columns:${columns.join(' ')};margin-left:${b.stops[0] ?? 0}cm">${b.cells.map((c) => `<span>${inlines(c, doc)}</span>`).join('')}</div>`;
    }
    case 'table': {
      const total = b.widths.reduce((a, w) => a + w, 0);
      const cols = b.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
      const rows = b.rows.map((r, k) => {
        const tag = k < b.headerRows ? 'th' : 'td';
        const least = rowLeastHeight(b, k);
        return `<tr${least ? ` style="height:${least}cm"` : ''}>${r.map((c) => `<${tag}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''} style="text-align:${c.align}">${inlines(c.content, doc)}</${tag}>`).join('')}</tr>`;
      });
      return `<table${b.borders ? ' class="bordered"' : ''}><colgroup>${cols}</colgroup>${rows.join('')}</table>`;
    }
    case 'signature': {
      // Centred on a given line (cm, as paragraph indents are): a column symmetric about it.
      const column = b.center === undefined ? undefined : signatureColumn(b, 21 - doc.meta.margins.left - doc.meta.margins.right);
      const style = column ? ` style="margin-left:${column.left.toFixed(2)}cm;margin-right:${column.right.toFixed(2)}cm"` : '';
      return `<div class="signature"${style}>${signatureLines(b).map((l) => `<p>${inlines(l, doc)}</p>`).join('')}</div>`;
    }
    case 'image':
      return `<p style="text-align:${b.align}"${keep}><img src="${imageDataUri(b.src)}" style="width:${b.width}cm" alt=""></p>`;
    case 'photos':
      return photoGrid(b, ctx);
    case 'hashtags':
      return `<p class="hashtags">${b.tags.map((t) => `<a class="hashtag" href="${HASHTAG_URL}${encodeURIComponent(t)}">#${escapeHtml(t)}</a>`).join('')}</p>`;
    case 'pagebreak':
      return '<div class="pagebreak"></div>';
    case 'rule':
      return '<hr>';
    case 'keep':
      return `<div class="keep-together">${b.blocks.map((c) => block(c, ctx)).join('\n')}</div>`;
    case 'box':
      // Beside the next block: floated at the left, as the PDF and DOCX draw it out of the flow.
      return `<div class="box" style="width:${b.width}cm;height:${b.height}cm;${b.beside ? 'float:left' : b.align === 'center' ? 'margin:0 auto' : b.align === 'right' ? 'margin-left:auto' : ''}"${keep}>${inlines(b.content, doc)}</div>`;
    case 'foot':
      return `<div class="foot">${b.blocks.map((c) => block(c, ctx)).join('\n')}</div>`;
  }
}

/** Photos as figures in a grid, loaded lazily, each with its caption (also its alt text). */
function photoGrid(b: Photos, ctx: Ctx): string {
  const figures = b.items.map((p) => {
    const img = photoOf(ctx.photos, p.src);
    const caption = inlineText(p.caption);
    return `<figure class="photo"><img src="${dataUri(img)}" width="${img.width}" height="${img.height}" loading="lazy" decoding="async" alt="${escapeHtml(caption)}">${p.caption.length ? `<figcaption>${inlines(p.caption, ctx.doc)}</figcaption>` : ''}</figure>`;
  });
  const credit = b.credit.length ? `<p class="credit">${inlines(b.credit, ctx.doc)}</p>` : '';
  return `<div class="photos" style="--columns:${Math.max(1, Math.min(b.columns, b.items.length))}">${figures.join('')}${credit}</div>`;
}

function list(b: List, ctx: Ctx): string {
  const { doc } = ctx;
  const items = b.items.map((item, k) => {
    const children = item.children.map((c) => block(c, ctx)).join('');
    return `<li><span class="marker">${escapeHtml(listMarker(b, b.start + k, doc.meta))}</span><div>${inlines(item.content, doc)}${children}</div></li>`;
  });
  const style = b.indent ? ` style="margin-left:${b.indent}cm"` : '';
  return `<ol${b.start !== 1 ? ` start="${b.start}"` : ''}${style}${b.keepWithNext ? ' class="keep"' : ''}>\n${items.join('\n')}\n</ol>`;
}

function inlines(content: Inline[], doc: Document): string {
  return content
    .map((i) => {
      if (i.kind === 'br') return '<br>';
      if (i.kind === 'tab') return '&emsp;';
      let s = i.nowrap ? `<span class="nowrap">${escapeHtml(i.text)}</span>` : breakable(i.text, doc.meta.dictionary);
      if (i.underline) s = `<u>${s}</u>`;
      if (i.italic) s = `<i>${s}</i>`;
      if (i.bold) s = `<b>${s}</b>`;
      return s;
    })
    .join('');
}

/**
 * Text with the Thai layer's line breaks: a browser breaks Thai with its own dictionary, so each
 * unit the layer keeps whole (a number with its unit, an official term, "ต่าง ๆ") but the browser
 * could split is wrapped in a no-wrap span. Breaks stay possible between units.
 */
function breakable(text: string, dictionary: readonly string[]): string {
  // Names with their titles, numbers with their units, provinces and short compounds too: a
  // browser cannot rank breaks as the PDF's line fitter does (thai/break-penalties.ts).
  return breakUnits(text, { dictionary, protect: [...keepSpans(text), ...compoundSpans(text)] })
    .map((unit) => {
      const core = unit.trimEnd();
      const tail = unit.slice(core.length);
      return hasWordBoundary(core) ? `<span class="w">${escapeHtml(core)}</span>${escapeHtml(tail)}` : escapeHtml(unit);
    })
    .join('');
}

let cachedFontCss: string | undefined;

/** @font-face rules for Sarabun (Thai and Latin subsets, regular and bold) with the fonts inlined. */
function fontFaceCss(): string {
  if (cachedFontCss) return cachedFontCss;
  const dir = fontsourceDir();
  const rules: string[] = [];
  for (const weight of [400, 700]) {
    const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
    for (const rule of css.split(/\n(?=\/\*)/)) {
      const subset = /sarabun-(thai|latin|latin-ext)-\d+-normal\.woff2/.exec(rule);
      const range = /unicode-range:[^;]+;/.exec(rule);
      if (!subset || !range) continue;
      const data = readFileSync(path.join(dir, 'files', subset[0])).toString('base64');
      rules.push(`@font-face { font-family: 'Sarabun'; font-style: normal; font-weight: ${weight}; font-display: swap; src: url(data:font/woff2;base64,${data}) format('woff2'); ${range[0]} }`);
    }
  }
  return (cachedFontCss = rules.join('\n'));
}
