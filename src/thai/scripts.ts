// Script runs: which font file draws which characters. The @fontsource Sarabun subsets split by
// script — the Thai file has no Latin letters, digits or ".", the Latin file no Thai — so every
// run of text goes to the subset that has its glyphs. Shaping one run per script also keeps
// fontkit from shaping Thai marks with Latin rules ("Aวันที่").

export type Script = 'thai' | 'latin';

/** Thai block: consonants, vowels, marks, Thai digits, ๆ ฯ ๏ ๚ ๛. */
export const isThaiChar = (ch: string) => ch >= '\u0E01' && ch <= '\u0E5B';

export interface ScriptRun {
  text: string;
  script: Script;
}

/** Splits text into runs of one script; white space joins the run before it. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const ch of text) {
    const prev = runs.at(-1);
    const script: Script = isThaiChar(ch) ? 'thai' : 'latin';
    if (prev && (prev.script === script || ch === ' ')) prev.text += ch;
    else runs.push({ text: ch, script });
  }
  return runs;
}

/**
 * Google's Sarabun draws larger than TH SarabunPSK at the same point size; official sizes are
 * given in TH SarabunPSK points, so PDF and HTML multiply by this to match a TH SarabunPSK page.
 */
export const SARABUN_SCALE = 0.8;
