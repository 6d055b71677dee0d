/** Account names on social platforms ("@nasa", "talbury99"), the same in every language. */

/** An "@name", or one word of lower-case letters with digits or an underscore, as user names are written. */
const HANDLE = /^(?:@[\p{L}\d_.]{2,30}|(?=[\p{L}\d_.]*[\d_])(?=[\p{L}\d_.]*\p{Ll})\p{Ll}[\p{L}\d_.]{2,29})$/u;

/** Whether the last word of a mention is an account name: "talbury99", "user @hafen_rat". */
export function endsWithHandle(mention: string): boolean {
  const last = mention.trim().split(/\s+/).pop() ?? '';
  return HANDLE.test(last);
}
