/**
 * Step: the subjunctive of reported speech (German Konjunktiv I) after an attributed sentence:
 * indirect speech continued. Further from any attribution only a form that no indicative shares
 * counts, and only in the main clause. Languages without such a mood have no `konjunktivAt`.
 */
import { NO_SOURCE } from './no-source.js';
import type { Article, SentenceState } from './context.js';
import { firstColon, speakerBeforeColon } from './colon-quotes.js';

/** The subjunctive continues reported speech when an attribution stands this many sentences before. */
const KONJUNKTIV_REACH = 3;

export function konjunktiv(art: Article, s: SentenceState): void {
  const { grammar: g, lex } = art;
  const at = g.konjunktivAt;
  if (s.here.length > 0 || !at) return;
  const { tokens, index } = s;
  // "Berger hat zwei Wünsche an die Stadt: Zuerst müsse der Preis stimmen": the subjunctive after a
  // colon gives the view of whoever the clause before it names
  const colon = firstColon(tokens);
  const after = colon > 0 ? tokens.findIndex((_, n) => n > colon && at(tokens, n, lex) !== null) : -1;
  if (after > 0) {
    const { p, topic } = speakerBeforeColon(art, s.text, tokens, colon);
    if (p && !topic) {
      s.add({ kind: 'reportative', cue: tokens[after]!.text, cueId: 'reportative:konjunktiv', ...art.describe(p) });
      return;
    }
  }
  const prev = art.found.length ? art.found[art.found.length - 1]! : null;
  let k: number;
  if (
    prev &&
    index - prev.sentenceIndex <= KONJUNKTIV_REACH &&
    art.sentences[prev.sentenceIndex]!.s.block >= s.info.s.block - 1
  ) {
    k = tokens.findIndex((_, n) => at(tokens, n, lex) !== null);
  } else {
    // further on, only a form that cannot be indicative, in the main clause: "Der Föhn sei in Flammen
    // aufgegangen"; before any attribution only one the lexicon lists ("sei", "habe"), not one read from
    // its ending and place; the main clause goes on right after a comma that closes an apposition or a
    // clause set before it ("Der Wirt, Tom Kahl, habe …"; not "…, als sei nichts geschehen")
    const firstClause = tokens.findIndex((t) => t.text === ',' || t.text === ':');
    // (the clause after a colon that names no speaker is a main clause too: "Der Vorwurf: Er habe …")
    const colonFirst = colon > 0 && colon === firstClause;
    const afterColon = colonFirst ? tokens.findIndex((t, n) => n > colon && t.text === ',') : -1;
    const inColonClause = (n: number) => colonFirst && n > colon && (afterColon < 0 || n < afterColon);
    k = tokens.findIndex(
      (t, n) =>
        at(tokens, n, lex) === 'unambiguous' &&
        (prev || lex.konjunktivUnambiguous.has(t.lower)) &&
        (firstClause < 0 || n < firstClause || tokens[n - 1]!.text === ',' || inColonClause(n)),
    );
  }
  if (k >= 0) s.add({ kind: 'reportative', cue: tokens[k]!.text, cueId: 'reportative:konjunktiv', ...NO_SOURCE });
}
