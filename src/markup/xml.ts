// Document markup read as XML (saxes): a tree of elements with their attributes, children and
// line, for the markup stage (parse.ts) to read as the vocabulary. A syntax error is reported at
// its line and column; a CDATA section is text.
import type { SaxesTag } from 'saxes';
import { SarabanError } from '../messages/errors.js';
import { requireCjs } from '../runtime/cjs.js';

const { SaxesParser } = requireCjs('saxes') as typeof import('saxes');

/** An element as read: its attributes as written, its children (text as strings), its line. */
export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  line: number;
}
export type Node = Element | string;

/** The markup's root element, or the markup's first syntax error (located), or markup-empty. */
export function parseXml(markup: string, source: string): Element {
  // Nothing but white space and comments: say so, not the XML parser's "must contain a root element".
  if (markup.replace(/<!--[\s\S]*?-->/g, '').trim() === '') throw SarabanError.of('markup-empty', {}, { file: source });
  const parser = new SaxesParser({ position: true });
  const stack: Element[] = [];
  let root: Element | undefined;
  let error: SarabanError | undefined;
  parser.on('error', (e) => {
    error ??= SarabanError.of('markup-syntax', { detail: e.message.replace(/^\d+:\d+: /, '') }, {
      file: source,
      line: parser.line,
      column: parser.column,
    });
  });
  parser.on('opentag', (tag: SaxesTag) => {
    const el: Element = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], line: parser.line };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  // A CDATA section is text written without escapes (<![CDATA[a < b]]>): the same as text to us.
  const addText = (t: string) => void stack.at(-1)?.children.push(t);
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(markup).close();
  if (error) throw error;
  if (!root) throw SarabanError.of('markup-empty', {}, { file: source }); // (saxes reports a missing root as an error first)
  return root;
}

/** The text inside an element, its children's included. */
export function textOf(el: Element): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
