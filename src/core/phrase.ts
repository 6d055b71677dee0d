/** A noun phrase found in a sentence: the token range of a source mention and its text. */
import type { Token } from './tokens.js';

/** A source mention's tokens [from, to) in its sentence, and its text. */
export interface Phrase {
  /** Token range [from, to). */
  from: number;
  to: number;
  text: string;
  pronoun: boolean;
  /** A description set off after the mention ("Dana Miller, an economics professor"): not part of the mention, but it tells its type. */
  role?: string;
  /** A pronoun whose verb is plural ("sie fordern"): it points to no one person. */
  plural?: boolean;
}

/** The text of tokens [from, to) as it stands in the sentence. */
export function spanText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}
