// The editor's page: the form beside a live preview. Every change is sent (debounced) to the
// server, which checks the data with the same messages as `saraban validate` and renders the
// chosen document to HTML with the same writer as `saraban render`; problems are shown beside
// their fields. State-changing requests carry the per-run token written into the page.
import type { DataAnswer, EditorProblem, ErrorAnswer, FormAnswer, NewAnswer, NewsDraftAnswer, PreviewAnswer, SaveAnswer, TableAnswer } from '../src/serve/protocol.js';
import { agendaHooks } from './agenda.js';
import { ChairMark } from './chair.js';
import { Form, getAt, pathKey, type Data, type Path } from './form.js';
import { newMeetingPanel } from './new-meeting.js';

const token = document.querySelector<HTMLMetaElement>('meta[name="saraban-token"]')!.content;
/** The wait after a keystroke before the preview is asked for: short, since a newer request
 *  aborts the one in flight and the server answers in tens of milliseconds. */
const DEBOUNCE_MS = 25;

const api = async (url: string, body?: unknown): Promise<Response> => {
  const res = await fetch(url, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Saraban-Token': token }, body: JSON.stringify(body) });
  return res;
};
/** An answer of the server; a refusal without problems is thrown. */
const json = async <T>(url: string, body?: unknown): Promise<T & Partial<ErrorAnswer>> => {
  const res = await api(url, body);
  const out = (await res.json()) as T & Partial<ErrorAnswer>;
  if (!res.ok && !out.problems) throw new Error(out.error ?? res.statusText);
  return out;
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

const meta = await json<FormAnswer>('/api/form');
const tx = meta.texts;
let file = document.querySelector<HTMLMetaElement>('meta[name="saraban-file"]')!.content || meta.files[0] || '';
let data: Data = {};
let version: string | undefined;
let dirty = false;
let previews = 0;

// ---- layout -----------------------------------------------------------------------------
const fileSelect = el('select', { id: 'file' });
const templateSelect = el('select', { id: 'template' });
for (const t of meta.templates) templateSelect.append(new Option(tx[t as keyof typeof tx] ?? t, t));
const saveButton = el('button', { type: 'button', id: 'save', textContent: tx.save });
const newButton = el('button', { type: 'button', id: 'new', textContent: `+ ${tx.newMeeting}` });
const draftButton = el('button', { type: 'button', id: 'news-draft', textContent: tx.newsDraft, title: tx.newsDraftHint });
const status = el('span', { id: 'status', role: 'status' });
const showKeys = el('input', { type: 'checkbox', id: 'show-keys' });
showKeys.addEventListener('change', () => document.body.classList.toggle('show-keys', showKeys.checked));
const header = el('header', { className: 'bar' },
  el('h1', {}, 'saraban ', el('span', { textContent: tx.title })),
  el('span', { className: 'pick' }, el('label', { htmlFor: 'file' }, tx.file), fileSelect),
  el('span', { className: 'pick' }, el('label', { htmlFor: 'template' }, tx.document), templateSelect),
  saveButton, newButton, draftButton, status,
  el('label', { className: 'dev', htmlFor: 'show-keys', title: tx.showKeys }, showKeys, el('span', { textContent: tx.showKeys })),
  el('a', { href: '#preview-pane', className: 'to-preview', textContent: `${tx.preview} ↓` }));
const formRoot = el('form', { id: 'form', className: 'form-pane', noValidate: true, ariaLabel: tx.title });
formRoot.addEventListener('submit', (e) => e.preventDefault());
const problemList = el('ul', { id: 'problems' });
const previewNote = el('p', { id: 'preview-note', className: 'note' });
const frame = el('iframe', { id: 'preview', title: tx.preview });
// Sandboxed: the document's HTML runs no script (no allow-scripts) and cannot navigate or submit;
// same-origin only so the editor can put each new render into it in place, keeping its scroll.
frame.setAttribute('sandbox', 'allow-same-origin');
const downloads = el('div', { className: 'downloads' }, el('span', { textContent: `${tx.download}:` }));
for (const f of meta.formats) {
  const b = el('button', { type: 'button', id: `download-${f}`, textContent: f.toUpperCase() });
  b.addEventListener('click', () => download(f));
  downloads.append(b);
}
const previewPane = el('section', { className: 'preview-pane', id: 'preview-pane', ariaLabel: tx.preview },
  el('h2', { textContent: tx.preview }), downloads, previewNote,
  el('details', { className: 'problems', open: true }, el('summary', { id: 'problems-title', textContent: tx.problems }), problemList),
  frame);
document.body.append(header, el('main', {}, formRoot, previewPane));

const chair = new ChairMark(tx.isChair, () => data, (structural) => form.changed(structural));
const agenda = agendaHooks(meta.agendaTitles, () => data);
const form = new Form({
  spec: meta.spec, texts: tx, months: meta.months, data, tables: meta.tables,
  onChange: () => {
    chair.sync();
    offerDraft();
    changed();
  },
  readTable: async (name) => (await json<TableAnswer>(`/api/table?file=${encodeURIComponent(name)}`)).rows ?? [],
  fresh: agenda.fresh, beforeMove: agenda.beforeMove, rowMark: chair.rowMark,
});

const panel = newMeetingPanel({
  texts: tx, starts: meta.starts, files: () => meta.files, closable: () => Boolean(file),
  create: async (start, name, from) => {
    if (dirty && !confirm(tx.unsaved)) return '';
    const out = await json<NewAnswer>('/api/new', { start, file: name, from }).catch((e: Error) => ({ error: e.message, file: '' }));
    if (out.error) return out.error;
    meta.files = [...new Set([...meta.files, out.file])].sort();
    await load(out.file);
    return undefined;
  },
});
document.body.append(panel.element);
newButton.addEventListener('click', () => panel.open());

// ---- loading and saving -----------------------------------------------------------------
async function load(name: string): Promise<void> {
  fileSelect.replaceChildren(...[...new Set([...meta.files, name])].filter(Boolean).sort().map((f) => new Option(f, f, false, f === name)));
  const out = await json<DataAnswer>(`/api/data?file=${encodeURIComponent(name)}`);
  if (out.error) {
    status.textContent = out.error;
    return;
  }
  // A PDF's data is saved as the YAML file the server names.
  file = out.file || name;
  version = out.version;
  data = out.data && typeof out.data === 'object' ? out.data : {};
  form.data = data;
  const docs = Array.isArray(data.documents) ? data.documents : [];
  templateSelect.value = meta.templates.find((t) => docs.includes(t)) ?? (data.minutes || !data.news ? 'minutes' : 'news');
  chair.adopt();
  openSections();
  offerDraft();
  form.render(formRoot);
  dirty = false;
  status.textContent = '';
  refresh();
}

/** The sections the chosen document needs, open in the form. */
function openSections(): void {
  form.opened = new Set(meta.sections[templateSelect.value] ?? []);
}

async function save(force = false): Promise<void> {
  status.textContent = '…';
  // The file names its documents, so `saraban render` of it as it is renders what was previewed.
  if (!Array.isArray(data.documents) || data.documents.length === 0) data.documents = [templateSelect.value];
  const res = await api('/api/save', { file, data, version, force }).catch((e: Error) => ({ ok: false, json: async () => ({ error: e.message }) }));
  const out = (await res.json()) as Partial<SaveAnswer & ErrorAnswer>;
  if (out.conflict && !force && confirm(tx.overwrite)) return save(true);
  if (!res.ok) {
    status.textContent = `${tx.saveFailed}: ${out.error}`;
    return;
  }
  dirty = false;
  version = out.version;
  // Saved: the problems of rows left empty count now.
  if (out.problems?.length) showProblems(out.problems);
  status.textContent = out.problems?.length ? tx.savedWithProblems.replace('{n}', String(out.problems.length)) : `${tx.saved} ${file}`;
  document.body.dataset.saved = String(Number(document.body.dataset.saved ?? 0) + 1);
}
saveButton.addEventListener('click', () => save());
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 's') {
    e.preventDefault();
    save();
  }
});
fileSelect.addEventListener('change', () => {
  if (dirty && !confirm(tx.unsaved)) {
    fileSelect.value = file;
    return;
  }
  load(fileSelect.value);
});
templateSelect.addEventListener('change', () => {
  openSections();
  offerDraft();
  form.render(formRoot);
  refresh();
});
window.addEventListener('beforeunload', (e) => {
  if (dirty) e.preventDefault();
});

// ---- the news release drafted from the meeting (issue 30) -------------------------------
/** The draft button, offered for the release or for any file with a meeting to draft it from. */
function offerDraft(): void {
  const meeting = data.meeting;
  draftButton.hidden = templateSelect.value !== 'news' && !(meeting && typeof meeting === 'object' && !Array.isArray(meeting));
}

/** The release drafted into the form, as an edit the clerk then saves; text they already have is
 *  drafted over only when they say so. */
async function draftNews(force = false): Promise<void> {
  status.textContent = '…';
  const res = await api('/api/news-draft', { data, force }).catch((e: Error) => ({ json: async () => ({ error: e.message }) }));
  const out = (await res.json()) as Partial<NewsDraftAnswer & ErrorAnswer>;
  if (out.exists && !force) {
    if (confirm(tx.redraftNews)) return draftNews(true);
    status.textContent = dirty ? tx.unsaved : '';
    return;
  }
  if (!out.data) {
    if (out.problems) showProblems(out.problems);
    status.textContent = out.error ?? tx.noDraft;
    return;
  }
  data = out.data as Data;
  // A file that names its documents renders the release too, once it has one.
  if (Array.isArray(data.documents) && data.documents.length && !data.documents.includes('news')) data.documents = [...data.documents, 'news'];
  form.data = data;
  chair.adopt();
  templateSelect.value = 'news';
  openSections();
  form.render(formRoot);
  changed();
  status.textContent = tx.newsDrafted;
}
draftButton.addEventListener('click', () => draftNews());

// ---- preview and problems ---------------------------------------------------------------
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: AbortController | undefined;
function changed() {
  dirty = true;
  status.textContent = tx.unsaved;
  clearTimeout(timer);
  timer = setTimeout(refresh, DEBOUNCE_MS);
}

async function refresh(): Promise<void> {
  inFlight?.abort();
  const controller = (inFlight = new AbortController());
  const seq = ++previews;
  let out: PreviewAnswer;
  try {
    const res = await fetch('/api/preview', { method: 'POST', signal: controller.signal, headers: { 'Content-Type': 'application/json', 'X-Saraban-Token': token }, body: JSON.stringify({ data, template: templateSelect.value }) });
    out = (await res.json()) as PreviewAnswer;
  } catch (e) {
    if ((e as Error).name === 'AbortError') return;
    throw e;
  }
  if (seq !== previews) return;
  showProblems(out.problems ?? []);
  showReadings(out.readings ?? {});
  previewNote.textContent = out.html === null ? tx.noPreview : out.draft ? tx.draftPreview : '';
  previewNote.classList.toggle('draft', Boolean(out.draft));
  show(out.html ?? '');
  // Counted once the new render is on screen: after the next frame is painted.
  requestAnimationFrame(() => setTimeout(() => (document.body.dataset.previews = String(seq))));
}

/** The new render put into the preview in place: no reload, so it keeps its scroll position. */
function show(html: string): void {
  const doc = frame.contentDocument;
  if (!doc?.body || frame.dataset.ready !== 'yes') {
    frame.srcdoc = html;
    frame.addEventListener('load', () => (frame.dataset.ready = 'yes'), { once: true });
    return;
  }
  const next = new DOMParser().parseFromString(html, 'text/html');
  doc.head.replaceWith(doc.adoptNode(next.head));
  doc.body.replaceWith(doc.adoptNode(next.body));
}

/** How each date and time was read, under its field. */
function showReadings(readings: Record<string, string>): void {
  for (const r of formRoot.querySelectorAll<HTMLElement>('.reading')) {
    const input = document.getElementById(r.id.replace(/:reading$/, ''));
    r.textContent = (input?.dataset.path && readings[input.dataset.path]) || '';
  }
}

function showProblems(problems: EditorProblem[]): void {
  for (const p of formRoot.querySelectorAll('.problem')) p.remove();
  for (const i of formRoot.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  problemList.replaceChildren();
  document.getElementById('problems-title')!.textContent = problems.length ? `${tx.problems} (${problems.length})` : tx.noProblems;
  problems.forEach((p, n) => {
    const id = `problem-${n}`;
    // What to do, in the form's words; where, by the form's labels (src/serve/clerk-words.ts).
    const todo = p.todo ?? p.message;
    const text = p.where && !todo.includes(p.where) ? `${todo} (${p.where})` : todo;
    const item = el('li', {}, el('a', { href: `#${id}`, textContent: text }));
    problemList.append(item);
    const at = p.at ?? p.path ? nearest(p.at ?? p.path!) : undefined;
    if (!at) return;
    const note = el('p', { className: 'problem', id, textContent: todo });
    const input = at.matches('input, select, textarea') ? at : at.querySelector<HTMLElement>(':scope > input, :scope > select, :scope > textarea');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-errormessage', id);
    }
    const summary = at.querySelector(':scope > summary');
    if (summary) summary.after(note);
    else (at.matches('input, select, textarea') ? at.parentElement! : at).append(note);
    item.firstChild!.addEventListener('click', (e) => {
      e.preventDefault();
      openTo(at);
      const target = input ?? at.querySelector<HTMLElement>('input, select, textarea, button') ?? at;
      target.focus?.({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    });
  });
}

/** The element of the field a problem names, or of the nearest enclosing part of the form. */
function nearest(path: readonly (string | number)[]): HTMLElement | undefined {
  const byPath = new Map<string, HTMLElement>();
  for (const e of formRoot.querySelectorAll<HTMLElement>('[data-path]')) if (!byPath.has(e.dataset.path!)) byPath.set(e.dataset.path!, e);
  for (let n = path.length; n >= 0; n--) {
    const found = byPath.get(pathKey(path.slice(0, n)));
    if (found) return found.matches('td') ? found.querySelector<HTMLElement>('input, select, textarea') ?? found : found;
  }
  return undefined;
}

function openTo(node: HTMLElement): void {
  for (let e: HTMLElement | null = node; e; e = e.parentElement) if (e instanceof HTMLDetailsElement) e.open = true;
}

// ---- downloads --------------------------------------------------------------------------
async function download(format: string): Promise<void> {
  const res = await api('/api/download', { data, template: templateSelect.value, format, file });
  if (!res.ok) {
    // No draft could be made: say why, beside the fields.
    const out = (await res.json()) as Partial<ErrorAnswer>;
    if (out.problems) showProblems(out.problems);
    status.textContent = out.error ?? tx.noDownload;
    return;
  }
  const left = res.headers.get('X-Saraban-Draft');
  status.textContent = left ? tx.draftDownload.replace('{n}', left) : '';
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? `document.${format}`);
  const url = URL.createObjectURL(await res.blob());
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// For the tests (test/serve/editor.test.ts): the data as the page holds it.
(window as unknown as { saraban: object }).saraban = { get data() { return data; }, getAt: (p: Path) => getAt(data, p) };
// A folder without data files: the page opens on the choice of a new meeting.
if (file) await load(file);
else {
  document.body.dataset.previews = '0';
  panel.open();
}
