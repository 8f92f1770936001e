// The chair is a member: a row of the members present is marked "เป็นประธาน" instead of typing
// the chair again. The marked row is the chair — meeting.chair is written from it, and follows it
// as it is edited or moved. A file opened with a chair marks the row with the same name.
import { getAt, setAt, deleteAt, isRecord, type Data, type Path } from './form.js';

const PRESENT = JSON.stringify(['minutes', 'present']);
const PERSON = ['title', 'name', 'surname', 'position'] as const;
const CHAIR_ROLE = 'ประธาน';

export class ChairMark {
  /** The marked row (the object itself: it stays marked when rows move). */
  private marked: unknown;

  constructor(private readonly label: string, private readonly data: () => Data, private readonly changed: (structural: boolean) => void) {}

  /** On opening a file: the row whose name is the chair's. */
  adopt(): void {
    const chair = getAt(this.data(), ['meeting', 'chair']);
    const rows = getAt(this.data(), ['minutes', 'present']);
    this.marked = isRecord(chair) && chair.name && Array.isArray(rows)
      ? rows.find((r) => isRecord(r) && r.name === chair.name && (r.surname ?? '') === (chair.surname ?? ''))
      : undefined;
  }

  /** The "เป็นประธาน" box of a row of the members present. */
  rowMark = (path: Path, k: number): HTMLElement | undefined => {
    if (JSON.stringify(path) !== PRESENT) return undefined;
    const row = getAt(this.data(), [...path, k]);
    const id = `chair:${path.join('/')}/${k}`;
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, checked: row !== undefined && row === this.marked });
    box.addEventListener('change', () => {
      if (box.checked) {
        this.marked = row;
        if (isRecord(row) && !row.role) row.role = CHAIR_ROLE;
        this.sync();
      } else {
        this.marked = undefined;
        deleteAt(this.data(), ['meeting', 'chair']);
      }
      this.changed(true);
    });
    const label = Object.assign(document.createElement('label'), { htmlFor: id, className: 'chair-mark', textContent: this.label });
    label.prepend(box);
    return label;
  };

  /** meeting.chair from the marked row, while it is still a member present; its inputs too. */
  sync(): void {
    const rows = getAt(this.data(), ['minutes', 'present']);
    if (!isRecord(this.marked) || !Array.isArray(rows) || !rows.includes(this.marked)) return;
    const chair: Record<string, unknown> = {};
    for (const key of PERSON) if (this.marked[key] !== undefined && this.marked[key] !== '') chair[key] = this.marked[key];
    setAt(this.data(), ['meeting', 'chair'], chair);
    for (const key of PERSON) {
      const input = document.getElementById(`f:meeting/chair/${key}`);
      if (input instanceof HTMLInputElement && input !== document.activeElement) input.value = String(chair[key] ?? '');
    }
  }
}
