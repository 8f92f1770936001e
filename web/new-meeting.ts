// The "new meeting" panel: where to start (the minutes from nothing, the papers before a meeting,
// a news release, a memo, or the next meeting of a committee from one of the folder's files) and
// the file's name. Shown at once in a folder without data files, and from the header's button.
import type { FormAnswer } from '../src/serve/protocol.js';

type Texts = FormAnswer['texts'];

const START_TEXT: Record<string, keyof Texts> = {
  minutes: 'startMinutes', papers: 'startPapers', news: 'startNews', memo: 'startMemo', next: 'startNext',
};
/** The name a new file is offered, by starting point. */
const NAME: Record<string, string> = { minutes: 'meeting-1.yaml', papers: 'meeting-1.yaml', news: 'news.yaml', memo: 'memo.yaml', next: '' };

export interface NewMeetingOptions {
  texts: Texts;
  starts: readonly string[];
  files: () => string[];
  /** Makes the file; resolves to an error message, or undefined when it was made and opened. */
  create: (start: string, file: string, from: string) => Promise<string | undefined>;
  /** Whether the panel may be closed (not in an empty folder). */
  closable: () => boolean;
}

export function newMeetingPanel(o: NewMeetingOptions): { element: HTMLDialogElement; open(): void } {
  const tx = o.texts;
  const dialog = Object.assign(document.createElement('dialog'), { id: 'new-meeting', className: 'new-meeting' });
  const form = document.createElement('form');
  form.method = 'dialog';
  const intro = Object.assign(document.createElement('p'), { id: 'new-intro' });
  const choices = Object.assign(document.createElement('fieldset'), { className: 'starts' });
  choices.append(Object.assign(document.createElement('legend'), { textContent: tx.newIntro }));
  const name = Object.assign(document.createElement('input'), { type: 'text', id: 'new-file', value: 'meeting-1.yaml' });
  const from = Object.assign(document.createElement('select'), { id: 'new-from' });
  const fromRow = field(tx.nextFrom, from);
  const message = Object.assign(document.createElement('p'), { className: 'problem', id: 'new-message', role: 'alert' });
  for (const start of o.starts) {
    const id = `start-${start}`;
    const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'start', value: start, id, checked: start === o.starts[0] });
    radio.addEventListener('change', () => chosen());
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: tx[START_TEXT[start] ?? 'newMeeting'] });
    const row = document.createElement('div');
    row.className = 'start';
    row.append(radio, label);
    choices.append(row);
  }
  const create = Object.assign(document.createElement('button'), { type: 'submit', id: 'new-create', textContent: tx.create, className: 'primary' });
  const cancel = Object.assign(document.createElement('button'), { type: 'button', id: 'new-cancel', textContent: tx.cancel });
  cancel.addEventListener('click', () => dialog.close());
  const buttons = document.createElement('div');
  buttons.className = 'dialog-buttons';
  buttons.append(create, cancel);
  form.append(Object.assign(document.createElement('h2'), { textContent: tx.newMeeting }), intro, choices, fromRow, field(tx.newFile, name), message, buttons);
  dialog.append(form);
  dialog.addEventListener('cancel', (e) => {
    if (!o.closable()) e.preventDefault();
  });

  const current = () => (form.querySelector<HTMLInputElement>('input[name=start]:checked')?.value ?? o.starts[0]!);
  function chosen(): void {
    const start = current();
    fromRow.hidden = start !== 'next';
    // The next meeting's name comes from the last one's (meeting-3 → meeting-4): left empty.
    if (start === 'next' || name.dataset.typed !== 'yes') name.value = NAME[start] ?? '';
    message.textContent = '';
  }
  name.addEventListener('input', () => (name.dataset.typed = 'yes'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    create.disabled = true;
    const error = await o.create(current(), name.value.trim(), from.value).finally(() => (create.disabled = false));
    if (error) message.textContent = error;
    else dialog.close();
  });

  return {
    element: dialog,
    open() {
      const files = o.files();
      intro.textContent = files.length ? '' : tx.emptyFolder;
      from.replaceChildren(...files.map((f) => new Option(f, f)));
      // The next meeting needs a file of a meeting before it.
      const next = form.querySelector<HTMLInputElement>('#start-next');
      if (next) next.disabled = files.length === 0;
      cancel.hidden = !o.closable();
      chosen();
      dialog.showModal();
    },
  };
}

function field(text: string, input: HTMLElement): HTMLElement {
  const row = document.createElement('div');
  row.className = 'field';
  const label = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: text });
  row.append(label, input);
  return row;
}
