// A YAML syntax error in words a clerk can act on: the yaml package's error code and the line it
// points at tell the likely cause (an unquoted ":" or "#", a bad indent, a tab, an open quote),
// and each cause has its own message and hint in the catalogue. The parser's English detail is
// kept only for causes not listed here.
import type { Document, YAMLError } from 'yaml';
import type { MessageKey, MessageParams } from '../messages/catalogue.js';
import { requireCjs } from '../runtime/cjs.js';
import { MAX_DEPTH } from './shape.js';

const { visit } = requireCjs('yaml') as typeof import('yaml');

/** "  title: ประชุม: ครั้งที่ 1": a plain value holding ": " (YAML reads a mapping inside). */
const COLON_IN_VALUE = /^\s*(?:-\s+)?[^\s:#'"][^:#]*:\s+[^'"\s|>].*:(?:\s|$)/;

/** The cause, and the line to show (1-based): where the clerk must look, not where the parser stopped. */
export function yamlProblem(error: YAMLError, lines: readonly string[], at: number): { key: MessageKey; params: MessageParams; line: number } {
  const line = lines[at - 1] ?? '';
  const indent = (s: string) => /^\s*/.exec(s)![0].length;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { key: 'yaml-tab', params: {}, line: at };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      if (COLON_IN_VALUE.test(line)) return { key: 'yaml-colon', params: {}, line: at };
      // The line after a value, indented deeper: the parser stops at the value, the fault is below.
      const next = lines[at] ?? '';
      return { key: 'yaml-indent', params: {}, line: next.trim() && indent(next) > indent(line) ? at + 1 : at };
    }
    case 'BAD_INDENT':
      if (/^\s*\t/.test(line)) return { key: 'yaml-tab', params: {}, line: at };
      return { key: /\s#|\[#|,#/.test(line) ? 'yaml-hash' : 'yaml-indent', params: {}, line: at };
    case 'MISSING_CHAR':
      if (/comment/i.test(error.message)) return { key: 'yaml-hash', params: {}, line: at };
      if (/quote/i.test(error.message)) {
        // The quote left open: the nearest line above with an odd number of them.
        let k = at;
        while (k > 1 && ((lines[k - 1] ?? '').match(/"/g) ?? []).length % 2 === 0) k--;
        return { key: 'yaml-quote', params: {}, line: k };
      }
      break;
    case 'DUPLICATE_KEY':
      return { key: 'yaml-duplicate', params: {}, line: at };
    case 'RESOURCE_EXHAUSTION':
      // The parser ran out of stack: nesting far deeper than the cap (yaml-bounds.ts).
      return { key: 'yaml-too-deep', params: { cap: MAX_DEPTH }, line: at };
    default:
      if (/^\s*\t/.test(line)) return { key: 'yaml-tab', params: {}, line: at };
  }
  return { key: 'yaml-syntax', params: { detail: error.message.split('\n')[0]! }, line: at };
}

/**
 * Where a "#" written as text was read as a comment: `title: ประชุม #3`, `- #ตราด`. YAML is
 * content with it (the value is cut or empty), so nothing would be reported; a comment glued to
 * its "#" (no space after it) is text a clerk meant, never a note. The offset of the value cut.
 */
export function textCutByHash(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (node.comment && !/^\s/.test(node.comment) && node.range) {
        at = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}
