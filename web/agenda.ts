// Agenda items keep their meaning. An untitled item takes the customary title of its number
// (ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุม), so moving or removing an item would silently
// rename the others. The editor therefore writes the customary title into the data when an item is
// added, and into every untitled item before rows move or go: what the clerk saw is what stays.
import { getAt, isRecord, type Data, type Path } from './form.js';

const AGENDA = JSON.stringify(['minutes', 'agenda']);

/** The number each item has: its own, or one more than the item before (as the schema counts). */
export function agendaNumbers(list: readonly unknown[]): number[] {
  let previous = 0;
  return list.map((item) => {
    const own = isRecord(item) ? Number(String(item.number ?? '').replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))) : NaN;
    previous = Number.isInteger(own) && own > 0 ? own : previous + 1;
    return previous;
  });
}

export function agendaHooks(titles: Readonly<Record<number, string>>, data: () => Data) {
  return {
    /** A new item: its customary title written in, when its number has one. */
    fresh(path: Path): unknown {
      if (JSON.stringify(path) !== AGENDA) return undefined;
      const list = getAt(data(), path);
      const numbers = agendaNumbers([...(Array.isArray(list) ? list : []), {}]);
      const title = titles[numbers.at(-1)!];
      return title ? { title } : {};
    },
    beforeMove(path: Path, list: Data[]): void {
      if (JSON.stringify(path) !== AGENDA || !Array.isArray(list)) return;
      const numbers = agendaNumbers(list);
      list.forEach((item, k) => {
        if (isRecord(item) && (item.title === undefined || item.title === '') && titles[numbers[k]!]) item.title = titles[numbers[k]!];
      });
    },
  };
}
