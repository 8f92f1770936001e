// The language of messages: --lang th|en, else the locale (LC_ALL, then LC_MESSAGES, then LANG,
// the POSIX order); Thai when the locale is Thai, English otherwise.
export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(s: unknown): s is Lang {
  return typeof s === 'string' && (LANGS as readonly string[]).includes(s);
}

export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('th') ? 'th' : 'en';
}

/** The language asked for on the command line (--lang th, --lang=en), else the locale's. */
export function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    const value = a === '--lang' ? argv[k + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  return localeLang(env);
}
