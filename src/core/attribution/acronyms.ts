/**
 * Step: the short forms the text introduces for bodies, "der Talberger Landesdienst (TLD)",
 * "the Talbury Budget Office (TBO)": the short form takes the type of the full name,
 * so that a later mention by it ("die TLD-Sprecherin", "the TBO said") is typed by what the text
 * said it is, not by a default.
 */
import type { Article, SentenceState } from './context.js';

/** How many tokens before its short form a body's full name may start. */
const MAX_NAME_TOKENS = 8;
/** A short form: two to seven capitals or digits, starting with a capital. */
const SHORT_FORM = /^\p{Lu}[\p{Lu}\d]{1,6}$/u;

export function acronyms(art: Article, s: SentenceState): void {
  const { tokens, text } = s;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !SHORT_FORM.test(tokens[i + 1]!.text)) continue;
    // the longest noun phrase of the clause that runs up to the parenthesis (which it may take in)
    for (let k = Math.max(art.grammar.clauseStartBefore(tokens, i), i - MAX_NAME_TOKENS); k < i; k++) {
      const p = art.grammar.phraseAt(text, tokens, k, art.lex);
      if (!p || p.pronoun || p.to < i) continue;
      const c = art.classify(text.slice(tokens[k]!.start, tokens[i - 1]!.end));
      // (not a party in brackets after a person's name: "Finanzminister Tom Kahl (CDU)" names his party)
      const short = tokens[i + 1]!.lower;
      if (c.type !== 'person' && c.type !== 'other' && !c.guessed && art.lex.nameTypes.get(short) !== 'politician')
        art.shortForms.set(short, c.type);
      break;
    }
  }
}
