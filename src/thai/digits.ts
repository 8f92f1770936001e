// Thai digits (เลขไทย). Official documents write numbers in Thai digits; identifiers do not change.
//
// The rule, applied to each token (a maximal run of characters that are neither white space nor Thai):
//   - a URL (scheme:// or www.) or an e-mail address is left as it is;
//   - a token that holds a Latin letter (COVID-19, A4, ISO9001, PMQA) is left as it is;
//   - otherwise every 0-9 becomes ๐-๙ ("10.30", "2564", "1)", "(6").

const THAI_ZERO = 0x0e50;

export function toThaiDigits(text: string): string {
  return text.replace(/[^\s\u0E00-\u0E7F]+/g, (token) =>
    isIdentifier(token) ? token : token.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d))),
  );
}

export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** A number written in the chosen digits. */
export function formatNumber(n: number | string, thaiDigits: boolean): string {
  return thaiDigits ? toThaiDigits(String(n)) : String(n);
}

function isIdentifier(token: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(token) || /^www\./i.test(token) || /@/.test(token) || /[A-Za-z]/.test(token);
}
