/** Account names on social platforms ("@nasa", "talbury99") and web addresses, the same in every language. */

/** An "@name", or one word of lower-case letters with digits or an underscore, as user names are written. */
const HANDLE = /^(?:@[\p{L}\d_.]{2,30}|(?=[\p{L}\d_.]*[\d_])(?=[\p{L}\d_.]*\p{Ll})\p{Ll}[\p{L}\d_.]{2,29})$/u;

/** Whether the last word of a mention is an account name: "talbury99", "user @hafen_rat". */
export function endsWithHandle(mention: string): boolean {
  const last = mention.trim().split(/\s+/).pop() ?? '';
  return HANDLE.test(last);
}

/**
 * A web address: a name, perhaps after "www." and before further labels, and a top-level domain of two to six
 * small letters ("Umweltbundesamt.de", "Jobcuts.fyi", "talbury.gov.uk"); not an abbreviation ("z.B", "U.S").
 */
const WEB_ADDRESS = /^(?:www\.)?([\p{L}\d][\p{L}\d-]+)(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,6}$/u;

/** The name a web address gives its site ("Jobcuts" of "Jobcuts.fyi"), capitalised; null for any other word. */
export function webSiteName(word: string): string | null {
  const name = WEB_ADDRESS.exec(word.trim())?.[1];
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : null;
}
