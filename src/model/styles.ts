// The named styles of a document: what a paragraph IS (an agenda item, a resolution, a signature
// line) and how that role looks. Templates name the role (`<p style="agenda">`); the markup stage
// resolves the look into the model (alignment, indent, bold, size, keep-with-next), so every writer
// prints the same thing; the DOCX writer also writes the table as Word styles, Thai names with
// English aliases, so a clerk edits the style rather than each line.
/** How a paragraph's lines sit between the margins. */
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface StyleDef {
  /** w:styleId: ASCII, stable (Word and LibreOffice key styles by it). */
  id: string;
  /** The name a clerk sees in Word's style gallery (Thai). */
  name: string;
  /** The English alias (w:aliases): Word shows "ชื่อ,Alias" and finds the style by either. */
  alias: string;
  type: 'paragraph' | 'character';
  /** Size in points: a number is absolute, `+n` / `-n` is the body size plus or minus n. Unset: the body size. */
  size?: number | `+${number}` | `-${number}`;
  bold?: boolean;
  align?: Align;
  /** First-line indent in cm. */
  firstLine?: number;
  /** Keep on the page of the next paragraph (headings, labels, agenda items). */
  keepNext?: boolean;
  /** Level in the outline (Word's navigation pane), 0 = top. */
  outline?: number;
  /** An exact line pitch in points (the memo heading's 35 pt line). */
  lineExact?: number;
}

/** Every style, by the role name templates use. Normal is Word's own default paragraph style. */
export const STYLES = {
  plain: { id: 'Normal', name: 'Normal', alias: 'ข้อความปกติ', type: 'paragraph', align: 'left' },
  body: { id: 'BodyText', name: 'เนื้อความ', alias: 'Body Text', type: 'paragraph', align: 'justify', firstLine: 2.5 },
  title: { id: 'DocTitle', name: 'ชื่อเรื่อง', alias: 'Document Title', type: 'paragraph', size: '+4', bold: true, align: 'center', outline: 0 },
  heading: { id: 'Heading', name: 'หัวเรื่อง', alias: 'Heading', type: 'paragraph', size: '+2', bold: true, align: 'center', outline: 1 },
  subheading: { id: 'Subheading', name: 'หัวเรื่องย่อย', alias: 'Subheading', type: 'paragraph', size: '+0', bold: true, align: 'center', outline: 2 },
  'minutes-title': { id: 'MinutesTitle', name: 'ชื่อการประชุม', alias: 'Minutes Title', type: 'paragraph', size: '+0', bold: true, align: 'center', keepNext: true, outline: 0 },
  label: { id: 'Label', name: 'หัวข้อ', alias: 'Label', type: 'paragraph', bold: true, align: 'left', keepNext: true },
  agenda: { id: 'AgendaItem', name: 'ระเบียบวาระ', alias: 'Agenda Item', type: 'paragraph', bold: true, align: 'left', keepNext: true, outline: 1 },
  'agenda-topic': { id: 'AgendaSubItem', name: 'ระเบียบวาระย่อย', alias: 'Agenda Sub-item', type: 'paragraph', bold: true, align: 'left', firstLine: 2.5, keepNext: true, outline: 2 },
  resolution: { id: 'Resolution', name: 'มติที่ประชุม', alias: 'Resolution', type: 'paragraph', align: 'justify', firstLine: 2.5 },
  list: { id: 'ListItem', name: 'รายการ', alias: 'List Item', type: 'paragraph', align: 'justify' },
  table: { id: 'TableText', name: 'ข้อความในตาราง', alias: 'Table Text', type: 'paragraph', align: 'left' },
  signature: { id: 'Signature', name: 'ลงชื่อ', alias: 'Signature', type: 'paragraph', align: 'center' },
  hashtags: { id: 'Hashtags', name: 'แฮชแท็ก', alias: 'Hashtags', type: 'paragraph', align: 'left' },
  image: { id: 'Picture', name: 'รูปภาพ', alias: 'Picture', type: 'paragraph' },
  caption: { id: 'PhotoCaption', name: 'คำบรรยายภาพ', alias: 'Photo Caption', type: 'paragraph', size: '-3', align: 'center' },
  credit: { id: 'PhotoCredit', name: 'เครดิตภาพ', alias: 'Photo Credit', type: 'paragraph', size: '-3', align: 'left' },
  rule: { id: 'Rule', name: 'เส้นคั่น', alias: 'Rule', type: 'paragraph' },
  'memo-title': { id: 'MemoHeading', name: 'บันทึกข้อความ', alias: 'Memo Heading', type: 'paragraph', size: 29, bold: true, align: 'center', lineExact: 35, outline: 0 },
  'memo-field': { id: 'MemoField', name: 'ส่วนหัวบันทึก', alias: 'Memo Field', type: 'paragraph', align: 'left' },
  salutation: { id: 'Salutation', name: 'คำขึ้นต้น', alias: 'Salutation', type: 'paragraph', align: 'left' },
  'page-number': { id: 'PageNumber', name: 'เลขหน้า', alias: 'Page Number', type: 'paragraph', align: 'center' },
  'memo-label': { id: 'MemoLabel', name: 'หัวข้อบันทึก', alias: 'Memo Label', type: 'character', size: 20, bold: true },
} as const satisfies Record<string, StyleDef>;

export type StyleName = keyof typeof STYLES;

export function isStyleName(name: string): name is StyleName {
  return Object.hasOwn(STYLES, name);
}

export function styleDef(name: StyleName): StyleDef {
  return STYLES[name];
}

/** A style's size in points for a body size (16 pt in official documents). */
export function styleSize(style: StyleDef, bodySize: number): number {
  if (style.size === undefined) return bodySize;
  return typeof style.size === 'number' ? style.size : bodySize + Number(style.size);
}

/** The heading role of each level, when the markup names none. */
export const HEADING_STYLES = { 1: 'title', 2: 'heading', 3: 'subheading' } as const satisfies Record<1 | 2 | 3, StyleName>;
