// Errors a user can act on. Anything that is a SarabanError is shown as its message (no stack
// trace); any other error is a bug and is shown with its stack. An error made from a key of the
// message catalogue (src/messages/catalogue.ts) can be shown in Thai or English; one made from a plain
// message is shown as written.
import { displayPath } from '../io/paths.js';
import { MESSAGES, LABELS, fill, type MessageEntry, type MessageKey, type MessageParams } from './catalogue.js';
import type { Lang } from './i18n.js';
import { displayField, fieldName, type FieldPath } from '../data/fields.js';

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class SarabanError extends Error {
  /** The catalogue entry this error was made from, if any. */
  key?: MessageKey;
  params: MessageParams = {};
  /** The data field at fault, as a path: "meeting.date". */
  field?: string;
  /** The same as keys and indices, so that Thai can count from one. */
  fieldPath?: FieldPath;
  /** For an error that gathers several (all the problems of one data file). */
  problems: readonly SarabanError[] = [];

  constructor(
    message: string,
    readonly location?: SourceLocation,
    readonly hint?: string,
    /** Process exit code: 2 for bad input (data, template, arguments). */
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'SarabanError';
  }

  /** An error from the message catalogue; its .message is the English text. */
  static of(key: MessageKey, params: MessageParams = {}, location?: SourceLocation, field?: string | FieldPath): SarabanError {
    const entry: MessageEntry = MESSAGES[key];
    const hint = entry.hint ? fill(entry.hint.en, params) : undefined;
    const e = new SarabanError(fill(entry.message.en, params), location, hint);
    e.key = key;
    e.params = params;
    if (typeof field === 'string') e.field = field;
    else if (field !== undefined) {
      e.field = fieldName(field);
      e.fieldPath = field;
    }
    return e;
  }

  /** Several problems as one error; the first `cap` are shown, the rest counted. */
  static many(problems: readonly SarabanError[], cap = 20, location?: SourceLocation): SarabanError {
    if (problems.length === 1) return problems[0]!;
    const e = SarabanError.of('problems', { count: problems.length }, location);
    e.problems = problems.slice(0, cap);
    e.params = { count: problems.length, more: Math.max(0, problems.length - cap) };
    return e;
  }

  /** "file:line:col: field: message", then what was expected and a hint, one per line. */
  format(lang: Lang = 'en'): string {
    const entry: MessageEntry | undefined = this.key ? MESSAGES[this.key] : undefined;
    const text = (b: { th: string; en: string }) => fill(b[lang], this.params, lang);
    const field = this.fieldPath ? displayField(this.fieldPath, lang) : this.field;
    const lines = [`${where(this.location)}${field ? `${field}: ` : ''}${entry ? text(entry.message) : this.message}`];
    if (entry?.expected) lines.push(`  ${LABELS.expected[lang]}: ${text(entry.expected)}`);
    const hint = entry ? entry.hint && text(entry.hint) : this.hint;
    if (hint) lines.push(entry ? `  ${LABELS.hint[lang]}: ${hint}` : `  ${hint}`);
    for (const p of this.problems) lines.push(p.format(lang));
    const more = Number(this.params.more ?? 0);
    if (this.problems.length && more > 0) lines.push(fill(MESSAGES['more-problems'].message[lang], { count: more }, lang));
    return printable(lines.join('\n'));
  }
}

/**
 * Text safe to print to a terminal: control characters (an ESC starting an ANSI or OSC sequence,
 * a carriage return, C1 controls) and the invisible bidi controls that reorder a line (U+202E)
 * are shown as escapes — a value from the data must never drive the user's terminal.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}

function where(location: SourceLocation | undefined): string {
  if (!location?.file) return '';
  return `${displayPath(location.file)}${location.line ? `:${location.line}` : ''}${location.column ? `:${location.column}` : ''}: `;
}

/** One problem with the data, a template or a document, in the language asked for: a SarabanError
 *  as plain JSON (api.ts gives them to programs, the editor's server to the page). */
export interface Problem {
  /** The catalogue key (docs/errors.md), when it has one. */
  key?: MessageKey;
  /** "minutes.present[4].name" (Thai: "minutes.present คนที่ ๕ › name"). */
  field?: string;
  path?: FieldPath;
  /** For a problem inside a template or an image: its file and line. */
  file?: string;
  line?: number;
  column?: number;
  message: string;
  expected?: string;
  hint?: string;
}
