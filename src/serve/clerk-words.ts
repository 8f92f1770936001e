// A problem as the editor says it to a clerk: what to do in the form ("กรอกชื่อ ของประธานในที่
// ประชุม"), where (the form's labels, "ผู้มาประชุม แถวที่ 2 › ชื่อ"), and no YAML: no keys, no
// indentation advice, no command-line options. `saraban validate` keeps its own words; the
// problem's path and key stay for the page to find the field.
import type { Problem } from '../messages/errors.js';
import type { Lang } from '../messages/i18n.js';
import type { MessageKey } from '../messages/catalogue.js';
import type { EditorProblem, FieldSpec } from './protocol.js';
import { stepsOf } from './spec-path.js';
import { serveText } from './texts.js';

/** Problems that mean a field is empty or missing: the answer is to fill it in. */
const FILL_IN = new Set<MessageKey>([
  'required', 'required-final', 'empty', 'empty-name', 'empty-attendee', 'substitute-without-for', 'electronic-without-platform',
  'news-without-date', 'news-without-venue', 'agenda-title', 'invitation-garuda', 'missing-section', 'minutes-without-meeting',
] as MessageKey[]);
/** A list with too few rows: the answer is to add one. */
const ADD = new Set<MessageKey>(['list-too-short'] as MessageKey[]);
/** Words for a file, not a form: a YAML key ("name:", `news:`), a command, an option. */
const FILE_TALK = /[A-Za-z_]+:(?:[\s)"]|$)|`|saraban |--[a-z]|ย่อหน้าให้ตรง|indented/;

export function clerkProblems(problems: readonly Problem[], spec: FieldSpec, refs: Map<number, FieldSpec>, lang: Lang): EditorProblem[] {
  return problems.map((p) => {
    // A missing section is named, not located: its path is the section.
    const path = p.path ?? (p.key === 'missing-section' && p.field && !p.field.includes('.') ? [p.field] : undefined);
    if (!path) return { ...p, todo: p.message };
    const steps = stepsOf(spec, refs, path, serveText('row', lang));
    const where = steps.map((s) => s.label).join(' › ');
    const leaf = steps.at(-1);
    // The leaf's owner, when the leaf alone is vague: the chair's name, a row's position.
    const owner = steps.length > 2 ? steps.at(-2)?.label : undefined;
    const what = `${leaf?.label ?? ''}${owner ? serveText('of', lang).replace('{whose}', owner) : ''}`;
    const key = p.key as MessageKey | undefined;
    let todo: string;
    if (key === 'empty-attendee') todo = serveText('fillNameOrPosition', lang).replace('{whose}', owner ?? leaf?.label ?? '');
    else if ((key && ADD.has(key)) || (key === 'required' && leaf?.spec?.kind === 'array')) todo = serveText('addOne', lang).replace('{what}', leaf?.label ?? '');
    else if (key && FILL_IN.has(key)) todo = serveText('fillIn', lang).replace('{what}', what);
    else todo = [p.message, p.expected].filter((s) => s && !FILE_TALK.test(s)).join(' — ') || p.message;
    return { ...p, at: path, todo, where };
  });
}
