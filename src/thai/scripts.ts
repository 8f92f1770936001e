// Scripts and sizes. scriptRuns splits text into Thai and non-Thai runs, for writers that mark
// Thai as complex script (DOCX w:cs). The PDF writer does not route fonts by script: it embeds
// one merged Sarabun font per style (src/writers/pdf/merge-fonts.ts), because routing splits
// words like "Aวันที่" or "(ร่าง)" into pieces that justification pulls apart.

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
