/** Text for the terminal: page-derived strings lose their control characters, so that a page cannot send escape sequences. */

/** C0 and C1 control characters and DEL; tab and line breaks go too (messages are one line). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A string without control characters (each becomes a space), safe to print on a terminal. */
export function printable(s: string): string {
  return s.replace(CONTROL, ' ');
}
