/**
 * HTML character references in text that no HTML parser decoded: the strings of a page's JSON-LD
 * (a script's text is raw, and content systems write "&#8217;", "&quot;" or "&uuml;" into it) and
 * names a page encoded twice ("Haus &amp;amp; Hof" in a meta tag). Numeric references as the HTML
 * standard reads them, and the named ones news pages write there (the five of XML, the no-break space, German letters,
 * typographic quotation marks and dashes); a name outside the table stays as written.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  euro: '€',
};

/** Numeric references 0x80–0x9F name the characters of Windows-1252 at those bytes (the HTML standard's table). */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const REFERENCE = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;

function codePoint(n: number): string | null {
  if (n >= 0x80 && n <= 0x9f) return WINDOWS_1252[n - 0x80]!;
  // (no character at zero, above Unicode or in the surrogates: the reference stays as written)
  if (n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
  return String.fromCodePoint(n);
}

/** `s` with its character references decoded (the same string when it holds none). */
export function decodeCharRefs(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const hex = ref[1] === 'x' || ref[1] === 'X';
    return codePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10)) ?? whole;
  });
}
