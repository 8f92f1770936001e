// The editor's language: Thai first. `--lang` given to `saraban serve` decides for every page;
// otherwise the browser's Accept-Language does, and only a browser that asks for English and not
// for Thai gets English. The server's locale (C.UTF-8 on most Linux machines, an English Windows)
// says nothing about the clerk in front of the browser.
import type { Lang } from '../messages/i18n.js';

export function editorLang(acceptLanguage: string | undefined, forced?: Lang): Lang {
  if (forced) return forced;
  let th = 0;
  let en = 0;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    if (!(q > 0)) continue;
    const base = tag.split('-')[0];
    if (base === 'th') th = Math.max(th, q);
    if (base === 'en') en = Math.max(en, q);
  }
  return en > 0 && th === 0 ? 'en' : 'th';
}
