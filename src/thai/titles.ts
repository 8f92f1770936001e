// How a title joins a name. Thai writes most titles against the name ("นายณัฐพงษ์", "ดร.นพดล"),
// but government releases put a space after the full military and police ranks and the royal
// titles ("พลเอก ประยุทธ์", "หม่อมหลวง ปนัดดา"). The list is data: add a title here, not a case
// in a template.

/** Titles followed by a space before the name, as the last word of a title ("พลตำรวจเอก"). */
export const SPACED_TITLES: readonly string[] = [
  'พลเอก', 'พลโท', 'พลตรี',
  'พลเรือเอก', 'พลเรือโท', 'พลเรือตรี',
  'พลอากาศเอก', 'พลอากาศโท', 'พลอากาศตรี',
  'พลตำรวจเอก', 'พลตำรวจโท', 'พลตำรวจตรี',
  'หม่อมเจ้า', 'หม่อมราชวงศ์', 'หม่อมหลวง',
];

const spaced = new Set(SPACED_TITLES);

/** "นาย" + "ณัฐพงษ์" → "นายณัฐพงษ์"; "พลเอก" + "ประยุทธ์" → "พลเอก ประยุทธ์" (a title "พลเอก ดร." ends in ดร.: no space). */
export function titled(title: string, name: string): string {
  const t = title.trim();
  if (!t) return name;
  return spaced.has(t.split(/\s+/).at(-1)!) ? `${t} ${name}` : `${t}${name}`;
}

/** "{title}{name} {surname}", as a release and a signature write a person. */
export function personName(p: { title?: string | undefined; name?: string | undefined; surname?: string | undefined }): string {
  return `${titled(p.title ?? '', p.name ?? '')}${p.surname ? ` ${p.surname}` : ''}`;
}
