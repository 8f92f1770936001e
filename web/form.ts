// The form, built in the browser from the form description the server derives from the schema
// (src/serve/form.ts; its type in src/serve/protocol.ts). Plain DOM, no framework: each input is tied to a path in the data and
// writes its value there as the clerk types; adding, removing or moving rows rebuilds the form
// (focus is kept on the control that was used). Lists of people are tables that take rows pasted
// from Excel.
// Over 500 lines on purpose: one recursive builder over the form description, whose kinds
// (object, list, people grid, table matrix, choice) call back into one another through the class;
// what stands apart from it already lives beside it (agenda.ts, chair.ts, new-meeting.ts).

import type { FieldOf, FieldSpec, FormAnswer, SpecOf } from '../src/serve/protocol.js';

/** The data being edited: the schema's JSON, walked by paths of keys and indexes built at run
 *  time (the server checks it against the schema on every change). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reached by run-time paths
export type Data = any;
export type Path = (string | number)[];
type Texts = FormAnswer['texts'];
/** The spec the form draws: a reference resolved to what it refers to. */
type Spec = Exclude<FieldSpec, { kind: 'ref' }>;

/** The order sections are shown in: what a clerk fills first comes first. */
const SECTION_ORDER = ['status', 'meeting', 'minutes', 'committee', 'invitation', 'signin', 'news', 'memo', 'agency', 'province', 'national_vision', 'dictionary', 'documents', 'options', 'extra'];
const HIDDEN = new Set(['$schema']);
const PEOPLE = new Set(['present', 'absent', 'guests', 'members']);
const OPEN_SECTIONS = new Set(['meeting', 'minutes']);
const INLINE = new Set(['text', 'number', 'date', 'time']);

export const idOf = (path: Path): string => `f:${path.join('/')}`;
export const pathKey = (path: Path): string => JSON.stringify(path);

export function getAt(data: Data, path: Path): Data {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[k];
  }
  return v;
}

/** Sets a value, making the objects and lists on the way. */
export function setAt(data: Data, path: Path, value: unknown): void {
  let v = data;
  path.slice(0, -1).forEach((k, i) => {
    if (v[k] === null || typeof v[k] !== 'object') v[k] = typeof path[i + 1] === 'number' ? [] : {};
    v = v[k];
  });
  v[path.at(-1)!] = value;
}

/** Removes a key; an object left empty by it goes too (a list item stays, as a row). */
export function deleteAt(data: Data, path: Path): void {
  const parent = getAt(data, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return;
  if (Array.isArray(parent)) return;
  delete parent[path.at(-1)!];
  if (path.length > 1 && Object.keys(parent).length === 0 && typeof path.at(-2) === 'string') deleteAt(data, path.slice(0, -1));
}

export const isRecord = (v: unknown): v is Record<string, Data> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The Buddhist-Era form of an ISO Common-Era date, for display: 2021-07-29 → 29 กรกฎาคม 2564. */
export function thaiDate(value: unknown, months: readonly string[]): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value ?? ''));
  if (!m || Number(m[1]) >= 2400) return String(value ?? '');
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${Number(m[1]) + 543}`;
}

export interface FormOptions {
  spec: FieldSpec;
  texts: Texts;
  months: readonly string[];
  data: Data;
  /** The CSV/XLSX sheets of the folder, offered to fill a people table. */
  tables?: string[];
  onChange: (structural: boolean) => void;
  readTable: (name: string) => Promise<string[][]>;
  /** A new row of the list at `path` (the n-th): what it starts with (an agenda item, its title). */
  fresh?: (path: Path, n: number) => unknown;
  /** Before rows of the list at `path` swap places (an agenda item keeps its meaning). */
  beforeMove?: (path: Path, list: Data[]) => void;
  /** A mark of a row of a people table (whether it is the chair), placed by its buttons. */
  rowMark?: (path: Path, k: number) => HTMLElement | undefined;
}

export class Form {
  spec!: FieldSpec;
  texts!: Texts;
  months!: readonly string[];
  data: Data;
  tables?: string[];
  onChange!: (structural: boolean) => void;
  readTable!: (name: string) => Promise<string[][]>;
  fresh?: (path: Path, n: number) => unknown;
  beforeMove?: (path: Path, list: Data[]) => void;
  rowMark?: (path: Path, k: number) => HTMLElement | undefined;
  /** Sections opened because the chosen document needs them. */
  opened = new Set<string>();
  refs: Map<number, FieldSpec>;
  chosen: Map<string, number>;
  root?: HTMLElement;

  constructor(o: FormOptions) {
    Object.assign(this, o);
    this.refs = new Map();
    this.chosen = new Map();
    const collect = (s: unknown) => {
      if (!s || typeof s !== 'object') return;
      if ((s as FieldSpec).id) this.refs.set((s as FieldSpec).id!, s as FieldSpec);
      for (const v of Object.values(s)) if (typeof v === 'object') collect(v);
    };
    collect(o.spec);
  }

  resolve(spec: FieldSpec): Spec {
    return (spec.kind === 'ref' ? this.refs.get(spec.ref) : spec) as Spec;
  }

  render(root: HTMLElement, focusId?: string): void {
    this.root = root;
    const scroll = window.scrollY;
    root.replaceChildren(this.object(this.spec as SpecOf<'object'>, [], true));
    const el = focusId && document.getElementById(focusId);
    if (el) el.focus({ preventScroll: true });
    window.scrollTo(0, scroll);
  }

  changed(structural: boolean, focusId?: string): void {
    this.onChange(structural);
    if (structural) this.render(this.root!, focusId);
  }

  field(of: FieldSpec, path: Path, key: string | undefined, required: boolean): HTMLElement {
    const spec = this.resolve(of);
    switch (spec.kind) {
      case 'object': return this.object(spec, path, false, key);
      case 'array': return this.array(spec, path, key);
      case 'matrix': return this.matrix(spec, path, key);
      case 'choice': return this.choice(spec, path, key, required);
      case 'other': return this.other(spec, path, key);
      default: return this.scalar(spec, path, key, required);
    }
  }

  labelText(spec: FieldSpec, key?: string): string {
    return spec.label ?? key ?? '';
  }

  /** A heading with the field's label in the clerk's words; its YAML key only in a tooltip and in
   *  the developer view (body.show-keys), to find it in the file. */
  caption<T extends 'label' | 'summary' | 'span'>(tag: T, spec: FieldSpec, key: string | undefined, required: boolean, forId?: string): HTMLElementTagNameMap[T] {
    const el = document.createElement(tag);
    if (forId && el instanceof HTMLLabelElement) el.htmlFor = forId;
    el.append(this.labelText(spec, key));
    if (required) el.append(Object.assign(document.createElement('span'), { className: 'req', textContent: ' *', ariaHidden: 'true' }));
    if (key !== undefined && typeof key === 'string') {
      el.title = `${key}:`;
      el.append(Object.assign(document.createElement('code'), { className: 'key', textContent: `${key}:`, ariaHidden: 'true' }));
    }
    return el;
  }

  object(spec: SpecOf<'object'>, path: Path, top: boolean, key?: string): HTMLElement {
    const value = getAt(this.data, path);
    const fields = spec.fields.filter((f) => !HIDDEN.has(f.key));
    if (top) fields.sort((a, b) => SECTION_ORDER.indexOf(a.key) - SECTION_ORDER.indexOf(b.key));
    // A list item is headed by its number already (array()): a plain box, not a collapsible one.
    const item = typeof path.at(-1) === 'number';
    const box: HTMLElement = document.createElement(top || item ? 'div' : 'details');
    box.className = top ? 'form' : item ? 'object item-object' : 'object';
    box.dataset.path = pathKey(path);
    if (box instanceof HTMLDetailsElement) {
      // Open: what holds data, list items, and the parts of a section in use (meeting and minutes
      // are what a new file starts with); the rest opens with a click.
      const inUse = isRecord(getAt(this.data, [path[0]!])) || OPEN_SECTIONS.has(path[0] as string) || this.opened.has(path[0] as string);
      box.open = isRecord(value) || typeof path.at(-1) === 'number' || (path.length <= 2 && inUse);
      const summary = this.caption('summary', spec, key, false);
      box.append(summary);
    }
    const body = document.createElement('div');
    body.className = 'fields';
    for (const f of fields) {
      const child = this.field(f.field, [...path, f.key], f.key, f.required);
      if (top && !['object', 'array', 'ref'].includes(child.dataset.kind ?? '') && child.tagName !== 'DETAILS') child.classList.add('top-scalar');
      body.append(child);
    }
    box.append(body);
    return box;
  }

  scalar(spec: Spec, path: Path, key: string | undefined, required: boolean, inGrid?: string): HTMLElement {
    const id = idOf(path);
    const value = getAt(this.data, path);
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (spec.kind === 'boolean') {
      input = Object.assign(document.createElement('input'), { type: 'checkbox', checked: value === true || (value === undefined && spec.default === true) });
    } else if (spec.kind === 'enum') {
      const select = (input = document.createElement('select'));
      const word = (o: unknown) => spec.words?.[spec.options.indexOf(String(o))] ?? String(o);
      select.append(new Option(spec.default !== undefined ? `${word(spec.default)} (${this.texts.default})` : this.texts.none, ''));
      spec.options.forEach((o, k) => select.append(new Option(spec.words?.[k] ?? o, o, false, value === o)));
      if (value === undefined) select.value = '';
    } else if (spec.kind === 'long') {
      const area = (input = document.createElement('textarea'));
      area.rows = inGrid ? 1 : 2;
      area.value = value ?? '';
    } else {
      const line = (input = Object.assign(document.createElement('input'), { type: 'text' }));
      line.value = spec.kind === 'date' ? thaiDate(value, this.months) : value === undefined || value === null ? '' : String(value);
      if (spec.kind === 'time') Object.assign(line, { inputMode: 'decimal', placeholder: '13.30', size: 8 });
      if (spec.kind === 'number') Object.assign(line, { inputMode: 'numeric', size: 6 });
      if (spec.kind === 'date') line.placeholder = '5/8/67';
      if (spec.default !== undefined && spec.default !== '') line.placeholder = String(spec.default);
    }
    input.id = id;
    input.dataset.path = pathKey(path);
    input.addEventListener(spec.kind === 'boolean' || spec.kind === 'enum' ? 'change' : 'input', () => this.write(spec, path, input));
    if (inGrid) {
      input.setAttribute('aria-label', inGrid);
      return input;
    }
    const wrap = document.createElement('div');
    wrap.className = `field ${spec.kind}`;
    wrap.dataset.path = pathKey(path);
    const label = this.caption('label', spec, key, required, id);
    if (spec.kind === 'boolean') wrap.append(input, label);
    else if (spec.kind === 'time') {
      // Written "13.30 น." in the document: the suffix is shown, not typed.
      const row = Object.assign(document.createElement('span'), { className: 'with-unit' });
      row.append(input, Object.assign(document.createElement('span'), { textContent: 'น.', ariaHidden: 'true' }));
      wrap.append(label, row);
    } else wrap.append(label, input);
    const help = spec.kind === 'date' ? this.texts.dateHint : spec.kind === 'time' ? this.texts.timeHint : spec.help;
    const described: string[] = [];
    if (help) {
      const small = Object.assign(document.createElement('small'), { className: 'help', id: `${id}:help`, textContent: help });
      described.push(small.id);
      wrap.append(small);
    }
    if (spec.kind === 'date' || spec.kind === 'time') {
      // How the server read what was typed ("อ่านว่า วันพุธที่ ๑๒ มีนาคม ๒๕๖๘"), filled in with each preview.
      const reading = Object.assign(document.createElement('small'), { className: 'reading', id: `${id}:reading` });
      reading.setAttribute('aria-live', 'polite');
      described.push(reading.id);
      wrap.append(reading);
    }
    if (described.length) input.setAttribute('aria-describedby', described.join(' '));
    return wrap;
  }

  /** An input's value into the data: an emptied field is removed, not kept as "". */
  write(spec: Spec, path: Path, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void {
    let v: unknown;
    if (spec.kind === 'boolean') v = (input as HTMLInputElement).checked ? true : spec.default === false ? undefined : false;
    else if (spec.kind === 'number') v = /^\d+$/.test(input.value.trim()) ? Number(input.value.trim()) : input.value.trim() || undefined;
    else v = input.value === '' ? undefined : input.value;
    const inList = typeof path.at(-1) === 'number';
    if (v === undefined && !inList) deleteAt(this.data, path);
    else setAt(this.data, path, v ?? '');
    this.changed(false);
  }

  array(spec: SpecOf<'array'>, path: Path, key?: string): HTMLElement {
    const items = getAt(this.data, path);
    const list = Array.isArray(items) ? items : [];
    const item = this.resolve(spec.item);
    const box = document.createElement('details');
    box.className = 'array';
    box.dataset.kind = 'array';
    box.dataset.path = pathKey(path);
    box.open = true;
    box.append(this.caption('summary', spec, key, false));
    if (spec.grid) box.append(this.grid(item as SpecOf<'object'>, path, list, key));
    else if (INLINE.has(item.kind)) {
      // Short values (names for the dictionary, a table's header, widths): side by side.
      const ol = document.createElement('ol');
      ol.className = 'items inline';
      list.forEach((_, k) => {
        const li = document.createElement('li');
        li.dataset.path = pathKey([...path, k]);
        li.append(this.scalar(item, [...path, k], undefined, false, `${short(this.labelText(spec, key))} ${this.texts.item} ${k + 1}`), this.rowButtons(path, k, list.length));
        ol.append(li);
      });
      box.append(ol);
    } else {
      const ol = document.createElement('ol');
      ol.className = 'items';
      list.forEach((_, k) => {
        const li = document.createElement('li');
        li.className = 'item';
        li.dataset.path = pathKey([...path, k]);
        const head = document.createElement('div');
        head.className = 'item-head';
        head.append(Object.assign(document.createElement('span'), { className: 'item-no', textContent: `${short(this.labelText(spec, key))} ${this.texts.item} ${k + 1}` }));
        head.append(this.rowButtons(path, k, list.length));
        li.append(head, this.field(item, [...path, k], undefined, false));
        ol.append(li);
      });
      box.append(ol);
    }
    box.append(this.addButton(spec, item, path, list.length, key));
    return box;
  }

  grid(item: SpecOf<'object'>, path: Path, list: Data[], key?: string): HTMLElement {
    const wrap = document.createElement('div');
    wrap.className = 'grid-wrap';
    const table = document.createElement('table');
    table.className = 'grid cards';
    const cols = item.fields;
    const head = table.createTHead().insertRow();
    head.append(Object.assign(document.createElement('th'), { textContent: '#', scope: 'col' }));
    for (const c of cols) {
      const th = Object.assign(document.createElement('th'), { scope: 'col', title: `${c.field.label ?? c.key} (${c.key}:)` });
      th.append(short(c.field.label ?? c.key));
      if (short(c.field.label ?? c.key) !== c.key) th.append(Object.assign(document.createElement('code'), { className: 'key', textContent: c.key, ariaHidden: 'true' }));
      head.append(th);
    }
    head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: '' }));
    const body = table.createTBody();
    list.forEach((_, k) => {
      const tr = body.insertRow();
      tr.dataset.path = pathKey([...path, k]);
      tr.insertCell().textContent = String(k + 1);
      for (const c of cols) {
        const td = tr.insertCell();
        td.dataset.path = pathKey([...path, k, c.key]);
        // The column's name, shown above the input when the table is laid out as cards (style.css).
        td.dataset.label = short(c.field.label ?? c.key);
        td.className = `col-${c.key}`;
        td.append(this.scalar(this.resolve(c.field), [...path, k, c.key], c.key, false, `${short(c.field.label ?? c.key)} ${this.texts.row} ${k + 1}`));
      }
      const last = tr.insertCell();
      last.className = 'row-end';
      const mark = this.rowMark?.(path, k);
      if (mark) last.append(mark);
      last.append(this.rowButtons(path, k, list.length));
    });
    table.addEventListener('paste', (e) => this.paste(e, path, cols));
    wrap.append(table);
    if (PEOPLE.has(String(key))) {
      wrap.append(Object.assign(document.createElement('small'), { className: 'help', textContent: this.texts.pasteHint }));
      if (this.tables?.length) wrap.append(this.importer(path, cols));
    }
    return wrap;
  }

  /** A CSV/XLSX sheet of the folder loaded into the table, after its rows. */
  importer(path: Path, cols: FieldOf[]): HTMLElement {
    const id = `import:${path.join('/')}`;
    const select = Object.assign(document.createElement('select'), { id });
    select.append(new Option('—', ''), ...(this.tables ?? []).map((t) => new Option(t, t)));
    select.addEventListener('change', async () => {
      if (!select.value) return;
      const rows = await this.readTable(select.value);
      const list = getAt(this.data, path);
      const used = Array.isArray(list) ? list.filter((r: unknown) => isRecord(r) && Object.keys(r).length).length : 0;
      if (Array.isArray(list)) list.length = used;
      this.fill(path, cols, rows, used, 0, id);
    });
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: `${this.texts.importTable} ` });
    const box = document.createElement('div');
    box.className = 'import';
    box.append(label, select);
    return box;
  }

  /** Rows copied from Excel (tab-separated) pasted into a cell: filled from that cell on, rows added as needed. */
  paste(e: ClipboardEvent, path: Path, cols: FieldOf[]): void {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    const target = e.target;
    if (!(target instanceof HTMLElement) || !target.dataset.path) return;
    e.preventDefault();
    const at = JSON.parse(target.dataset.path) as Path;
    const rows = text.replace(/\r/g, '').split('\n').filter((r) => r.trim() !== '').map((r) => r.split('\t'));
    const col0 = cols.findIndex((c) => c.key === at.at(-1));
    this.fill(path, cols, rows, at.at(-2) as number, col0);
  }

  fill(path: Path, cols: FieldOf[], rows: string[][], row0: number, col0: number, focusId?: string): void {
    // A header row copied along with the names says which column is which ("บทบาท" is role:);
    // without one, the columns are in the table's order from the cell pasted into.
    const norm = (x: unknown) => String(x ?? '').trim().toLowerCase();
    const heads = cols.map((c) => [c.key, c.field.label, short(c.field.label ?? '')].filter(Boolean).map(norm));
    const columnOf = (cell: string) => {
      const v = norm(cell);
      return v.length < 2 ? -1 : heads.findIndex((hs) => hs.some((h) => h === v || h.startsWith(v) || v.startsWith(h)));
    };
    const first = (rows[0] ?? []).filter((c) => norm(c) !== '');
    const header = first.length > 0 && first.filter((c) => columnOf(c) >= 0).length * 2 >= first.length;
    const mapping = header ? rows[0]!.map(columnOf) : null;
    if (header) rows = rows.slice(1);
    let list = getAt(this.data, path);
    if (!Array.isArray(list)) setAt(this.data, path, (list = []));
    rows.forEach((cells, r) => {
      const k = row0 + r;
      if (!isRecord(list[k])) list[k] = {};
      cells.forEach((cell, c) => {
        const col = cols[mapping ? mapping[c] ?? -1 : col0 + c];
        if (!col) return;
        const spec = this.resolve(col.field);
        const v = String(cell ?? '').trim();
        if (spec.kind === 'boolean') {
          if (/^(1|true|yes|y|x|✓|ใช่|แทน)$/i.test(v)) list[k][col.key] = true;
          else delete list[k][col.key];
        } else if (v === '') delete list[k][col.key];
        else list[k][col.key] = spec.kind === 'number' && /^\d+$/.test(v) ? Number(v) : v;
      });
    });
    this.changed(true, focusId ?? idOf([...path, row0 + Math.max(rows.length, 1) - 1, cols[col0]!.key]));
  }

  rowButtons(path: Path, k: number, n: number): HTMLElement {
    const bar = document.createElement('span');
    bar.className = 'row-buttons';
    const button = (name: 'up' | 'down' | 'remove', text: string, enabled: boolean, act: () => void) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', textContent: text, disabled: !enabled, id: `${name}:${path.join('/')}/${k}` });
      b.setAttribute('aria-label', `${this.texts[name]} ${this.texts.row} ${k + 1}`);
      b.title = this.texts[name];
      b.addEventListener('click', act);
      bar.append(b);
    };
    const list = () => getAt(this.data, path);
    button('up', '↑', k > 0, () => {
      const l = list();
      this.beforeMove?.(path, l);
      [l[k - 1], l[k]] = [l[k], l[k - 1]];
      this.changed(true, `up:${path.join('/')}/${k - 1 === 0 ? k : k - 1}`);
    });
    button('down', '↓', k < n - 1, () => {
      const l = list();
      this.beforeMove?.(path, l);
      [l[k + 1], l[k]] = [l[k], l[k + 1]];
      this.changed(true, `down:${path.join('/')}/${k + 1 === n - 1 ? k : k + 1}`);
    });
    button('remove', '✕', true, () => {
      this.beforeMove?.(path, list());
      list().splice(k, 1);
      if (list().length === 0) deleteAt(this.data, path);
      this.changed(true, `add:${path.join('/')}`);
    });
    return bar;
  }

  addButton(spec: Spec, item: Spec, path: Path, n: number, key?: string): HTMLElement {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'add', id: `add:${path.join('/')}` });
    b.textContent = `+ ${this.texts.add}${spec.label ? ` ${short(spec.label)}` : key ? ` ${key}` : ''}`;
    b.addEventListener('click', () => {
      const list = getAt(this.data, path);
      const fresh = this.fresh?.(path, n) ?? emptyOf(item);
      if (Array.isArray(list)) list.push(fresh);
      else setAt(this.data, path, [fresh]);
      this.changed(true, idOf([...path, n, ...firstKey(item)]));
    });
    return b;
  }

  /** A table's rows: a grid of cells; rows added, moved and removed, columns added and removed;
   *  cells copied from Excel paste in as they are. */
  matrix(spec: SpecOf<'matrix'>, path: Path, key?: string): HTMLElement {
    const rows = Array.isArray(getAt(this.data, path)) ? getAt(this.data, path) : [];
    const width = Math.max(1, ...rows.map((r: unknown) => (Array.isArray(r) ? r.length : 0)));
    const box = document.createElement('details');
    box.className = 'array matrix';
    box.dataset.kind = 'array';
    box.dataset.path = pathKey(path);
    box.open = true;
    box.append(this.caption('summary', spec, key, false));
    const wrap = document.createElement('div');
    wrap.className = 'grid-wrap';
    const table = document.createElement('table');
    table.className = 'grid';
    const body = table.createTBody();
    rows.forEach((row: unknown, r: number) => {
      const tr = body.insertRow();
      tr.dataset.path = pathKey([...path, r]);
      tr.insertCell().textContent = String(r + 1);
      for (let c = 0; c < width; c++) {
        const at = [...path, r, c];
        const input = Object.assign(document.createElement('input'), { type: 'text', id: idOf(at), value: Array.isArray(row) && row[c] !== undefined ? String(row[c]) : '' });
        input.dataset.path = pathKey(at);
        input.setAttribute('aria-label', `${this.texts.row} ${r + 1} ${this.texts.column} ${c + 1}`);
        input.addEventListener('input', () => {
          const list = getAt(this.data, path);
          if (!Array.isArray(list[r])) list[r] = [];
          while (list[r].length <= c) list[r].push('');
          list[r][c] = input.value;
          this.changed(false);
        });
        const td = tr.insertCell();
        td.dataset.path = pathKey(at);
        td.append(input);
      }
      tr.insertCell().append(this.rowButtons(path, r, rows.length));
    });
    table.addEventListener('paste', (e) => {
      const text = e.clipboardData?.getData('text/plain') ?? '';
      const target = e.target;
      if (!/[\t\n]/.test(text.replace(/\r?\n$/, '')) || !(target instanceof HTMLElement) || !target.dataset.path) return;
      e.preventDefault();
      const [r0, c0] = (JSON.parse(target.dataset.path) as number[]).slice(-2) as [number, number];
      const list = getAt(this.data, path);
      text.replace(/\r/g, '').split('\n').filter((l) => l.trim() !== '').forEach((line, r) => {
        if (!Array.isArray(list[r0 + r])) list[r0 + r] = [];
        line.split('\t').forEach((cell, c) => {
          const row = list[r0 + r];
          while (row.length < c0 + c) row.push('');
          row[c0 + c] = cell.trim();
        });
      });
      this.changed(true, target.id);
    });
    wrap.append(table);
    const add = (name: 'addRow' | 'addColumn' | 'removeColumn', act: () => void) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'add', id: `${name}:${path.join('/')}`, textContent: `+ ${this.texts[name]}` });
      b.addEventListener('click', act);
      return b;
    };
    const bar = document.createElement('div');
    bar.className = 'matrix-buttons';
    bar.append(
      add('addRow', () => {
        const list = getAt(this.data, path);
        const fresh = Array.from({ length: width }, () => '');
        if (Array.isArray(list)) list.push(fresh);
        else setAt(this.data, path, [fresh]);
        this.changed(true, idOf([...path, rows.length, 0]));
      }),
      add('addColumn', () => {
        for (const row of getAt(this.data, path) ?? []) if (Array.isArray(row)) while (row.length <= width) row.push('');
        this.changed(true, `addColumn:${path.join('/')}`);
      }),
    );
    if (width > 1 && rows.length) {
      bar.append(add('removeColumn', () => {
        for (const row of getAt(this.data, path) ?? []) if (Array.isArray(row) && row.length >= width) row.length = width - 1;
        this.changed(true, `removeColumn:${path.join('/')}`);
      }));
      bar.lastChild!.textContent = `− ${this.texts.removeColumn}`;
    }
    box.append(wrap, bar);
    return box;
  }

  choice(spec: SpecOf<'choice'>, path: Path, key: string | undefined, required: boolean): HTMLElement {
    const value = getAt(this.data, path);
    const variants = spec.variants.map((v) => this.resolve(v));
    // The form the clerk chose stays chosen while the value fits it (an empty {} fits several).
    const remembered = this.chosen.get(pathKey(path));
    const k = remembered !== undefined && fits(variants[remembered], value) ? remembered : pickVariant(variants, value);
    const box = document.createElement('div');
    box.className = 'choice';
    box.dataset.path = pathKey(path);
    const id = `${idOf(path)}:form`;
    const select = Object.assign(document.createElement('select'), { id });
    variants.forEach((v, i) => select.append(new Option(short(v.label ?? (v.kind === 'object' ? v.fields.map((f) => f.key).join(', ') : v.kind)), String(i), false, i === k)));
    const label = this.caption('label', spec, key, required, id);
    if (label.firstChild?.nodeType === 3 && label.firstChild.textContent === '') label.firstChild.textContent = this.texts.form;
    else label.append(` (${this.texts.form})`);
    select.addEventListener('change', () => {
      const to = variants[Number(select.value)]!;
      const text = typeof value === 'string' ? value : isRecord(value) && typeof value.text === 'string' ? value.text : '';
      const next = to.kind === 'object' ? (to.fields.some((f) => f.key === 'text') && text ? { text } : {}) : text;
      setAt(this.data, path, next);
      this.chosen.set(pathKey(path), Number(select.value));
      this.changed(true, id);
    });
    box.append(label, select, this.field(variants[k]!, path, undefined, false));
    return box;
  }

  other(spec: Spec, path: Path, key?: string): HTMLElement {
    const wrap = document.createElement('div');
    wrap.className = 'field other';
    wrap.dataset.path = pathKey(path);
    wrap.append(this.caption('span', spec, key, false), Object.assign(document.createElement('small'), { className: 'help', textContent: this.texts.other }));
    return wrap;
  }
}

/** A grid header or button: the label up to its example or note. */
function short(label: string): string {
  return String(label).split(/ เช่น | \(|:/)[0]!;
}

function emptyOf(spec: FieldSpec): unknown {
  if (spec.kind === 'object') return {};
  if (spec.kind === 'array') return [];
  if (spec.kind === 'choice') return emptyOf(spec.variants[0]!);
  return '';
}

function firstKey(spec: FieldSpec): string[] {
  return spec.kind === 'object' && spec.fields[0] ? [spec.fields[0].key] : [];
}

function fits(variant: Spec | undefined, value: unknown): boolean {
  if (!variant) return false;
  if (!isRecord(value)) return variant.kind !== 'object';
  return variant.kind === 'object' && Object.keys(value).every((k) => variant.fields.some((f) => f.key === k));
}

/** The form of a union the value has: text for a string; for an object, the variant whose keys it uses. */
function pickVariant(variants: Spec[], value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (!isRecord(value)) return Math.max(0, variants.findIndex((v) => ['text', 'long', 'number', 'date', 'time'].includes(v.kind)));
  let best = 0;
  let score = -Infinity;
  variants.forEach((v, i) => {
    if (v.kind !== 'object') return;
    const keys = new Set(v.fields.map((f) => f.key));
    const s = Object.keys(value).reduce((n, k) => n + (keys.has(k) ? 1 : -10), 0);
    if (s > score) [best, score] = [i, s];
  });
  return best;
}
