// Scripts and sizes. scriptRuns splits text into Thai and non-Thai runs, for writers that mark
// Thai as complex script (DOCX w:cs, as Word itself splits runs). The PDF writer does not route fonts by script: it embeds
// one merged Sarabun font per style (src/writers/pdf/merge-fonts.ts), because routing splits
// words like "Aวันที่" or "(ร่าง)" into pieces that justification pulls apart.

export type Script = 'thai' | 'latin';

/** Thai block: consonants, vowels, marks, Thai digits, ๆ ฯ ๏ ๚ ๛. */
export const isThaiChar = (ch: string) => ch >= '\u0E01' && ch <= '\u0E5B';

export interface ScriptRun {
  text: string;
  script: Script;
}

/**
 * Neutral characters: white space, digits and punctuation/symbols outside the Thai block. Thai
 * digits, ๆ and ฯ are in the Thai block and so are Thai.
 */
// Format characters (the word joiner that keeps a name whole, ZWSP) are invisible: they join the run
// they stand in rather than start a run of their own.
const isNeutral = (ch: string) => /^[\s\p{N}\p{P}\p{S}\p{Cf}]$/u.test(ch) && !isThaiChar(ch);

/**
 * Splits text into runs of one script. A neutral character takes the script of the strong
 * character before it; neutral characters at the start take the script of the first strong one
 * (so "(นาย" and "1. Review" stay whole). Text with no strong character is one Latin run.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let lead = '';
  for (const ch of text) {
    const last = runs.at(-1);
    if (isNeutral(ch)) {
      if (last) last.text += ch;
      else lead += ch;
      continue;
    }
    const script: Script = isThaiChar(ch) ? 'thai' : 'latin';
    if (last?.script === script) last.text += ch;
    else {
      runs.push({ text: lead + ch, script });
      lead = '';
    }
  }
  if (lead) runs.push({ text: lead, script: 'latin' });
  return runs;
}

/** Whether a text holds a Thai character (a DOCX run is complex script then, ADR 0039 of thai-docx). */
export const hasThai = (text: string): boolean => [...text].some(isThaiChar);

/**
 * Google's Sarabun draws larger than TH SarabunPSK at the same point size. Official sizes are
 * TH SarabunPSK points (16 body, 20 subject, 29 heading), so PDF and HTML multiply by this to
 * match a TH SarabunPSK page. Measured (docs/thai.md): TH Sarabun New is TLWG Laksaman scaled by
 * 1/1.5042 = 0.665, and Laksaman matches Google Sarabun within 2-3% in Thai body height
 * (0.602/0.586 em), x-height and text width; TH 16 pt = Sarabun 10.5-10.9 pt. 0.68 → 10.9 pt.
 */
export const SARABUN_SCALE = 0.68;

/**
 * Line pitch of TH SarabunPSK single spacing, per point of font size: 16 pt sets lines about
 * 21 pt apart (20.8 by its win metrics, 21.1 by hhea). Writers keep this pitch, whatever the font.
 */
export const TH_SARABUN_LINE_PITCH = 21 / 16;
