/**
 * Step: the answers of an interview written as a transcript. A paragraph that opens with the name
 * of a person the article has named, then a colon, and no quotation mark after it ("Roth: Das
 * sehe ich anders. …") is that person's direct speech, every sentence of it. Once such an answer
 * has followed a question, the interview may run on without names: a paragraph that ends with a
 * question mark is the interviewer's question, and the paragraphs after it, up to the next question
 * or a heading, are the answer of the same person; the paragraph right before the interviewee's next
 * labelled answer is the interviewer's turn too, whatever its last mark (a question put as a statement).
 * A line without closing punctuation is a heading
 * ("Roth: Der Plan kommt zu spät"), never an answer; a paragraph that names the interviewee speaks
 * of them (a box or a report between the answers), as does one after an answer that opens with a source of
 * its own (the report goes on), and a credit line ("Das Gespräch führte …") ends the interview.
 */
import { isQuoteMark } from '../quotes.js';
import { SENTENCE_END, opensWithLabel, type Article, type SentenceState, type Speaker } from './context.js';

/** A speaker's name before the colon has at most this many words ("Eva Maria Roth"). */
const MAX_NAME_WORDS = 3;
/** A paragraph ending so is a question. */
const QUESTION_END = /\?\s*[\p{Pf}\p{Pe}"']*\s*$/u;

export function interviewAnswers(art: Article, s: SentenceState): void {
  const { grammar: g } = art;
  const { tokens, info } = s;
  if (info.s.start === 0) opening(art, s);
  const answer = art.answer?.block === info.s.block ? art.answer : null;
  if (!answer || s.here.some((h) => h.kind === 'quote')) return;
  // (the label names who speaks whatever the answer reports: "Kahl: Die Polizei sagte mir, …" is Kahl's answer,
  // and the police's words in it)
  if (info.s.start === 0 && answer.labelled) {
    s.speaker ??= answer.speaker;
    s.add({ kind: 'quote', cue: ':', cueId: 'quote:colon', ...answer.speaker });
    return;
  }
  // the answer's further sentences, and the paragraphs of an unlabelled answer, the interviewee's beside a
  // source they report ("Die Behörde hat mir gesagt, …" is their answer, and the authority's words in it)
  // (a sentence with a quotation is left to the steps that read those)
  if (!s.hasQuote && tokens.length) {
    s.add({ kind: 'quote', cue: g.quoteCue, cueId: 'quote', ...answer.speaker });
    art.carried.add(s.last());
  }
}

/** At a paragraph's first sentence: whether the paragraph is an answer, and whose. */
function opening(art: Article, s: SentenceState): void {
  const { memory } = art;
  const { tokens, info } = s;
  const block = art.blocks[info.s.block] ?? '';
  // a heading or a credit line (no closing punctuation) ends the answers: what follows is no transcript
  if (!SENTENCE_END.test(block)) {
    art.answer = null;
    art.afterQuestion = false;
    return;
  }
  // the credit line after an interview ("Das Gespräch führte …") ends it
  const lower = block.trimStart().toLowerCase();
  if (art.lex.interviewCredits.some((c) => lower.startsWith(c))) {
    art.answer = null;
    art.afterQuestion = false;
    art.interviewee = null;
    return;
  }
  // "A: …", "Antwort: …" after a question: the answer of the person the interview is with, the one the
  // text named last when no answer has named them yet ("Dana Reyes is standing for mayor. … Q: Why …? A: …")
  if (tokens[1]?.text === ':' && art.grammar.answerLabels?.has(tokens[0]!.lower) && !tokens[2]?.quoted) {
    const person = art.interviewee || !art.afterQuestion ? null : memory.view().lastPerson;
    const speaker =
      art.interviewee ??
      (person && !person.anonymous ? art.describe({ from: 0, to: 0, text: person.name, pronoun: false }, false) : null);
    if (speaker) {
      art.interviewee = speaker;
      art.answer = { block: info.s.block, speaker, labelled: true };
      art.afterQuestion = false;
      return;
    }
  }
  // "Name:" and speech that is not in quotation marks
  const colon = tokens.findIndex((t) => t.text === ':');
  const after = tokens[colon + 1];
  const name = tokens.slice(0, colon);
  const labelled =
    colon >= 1 &&
    colon <= MAX_NAME_WORDS &&
    !!after &&
    !after.quoted &&
    !isQuoteMark(after.text) &&
    name.every((t) => t.word && t.cap && !t.quoted) &&
    // (not a label of the text's own, "Q: …", "Frage: …": the interviewer's question)
    !opensWithLabel(tokens, art.grammar);
  if (labelled) {
    const mention = name.map((t) => t.text).join(' ');
    const c = art.classify(mention);
    if (c.name && c.type === 'person' && memory.knows(c.name)) {
      const speaker = art.describe({ from: 0, to: colon, text: mention, pronoun: false });
      art.answer = { block: info.s.block, speaker, labelled: true };
      // (an answer to a question: the article is an interview, and its answers may go on unlabelled)
      if (art.afterQuestion) art.interviewee = speaker;
      art.afterQuestion = false;
      return;
    }
  }
  const question = QUESTION_END.test(block);
  // a labelled question ("Zeitung: …?") or one without a label: the answer follows it
  if (question || labelled) {
    // a question that addresses a person the article named ("Frau Berger, wie …?", "Mr Kahl, why …?"):
    // the interview is with them
    const [title, surname, comma] = tokens;
    if (
      question &&
      title &&
      art.lex.titles.has(title.lower) &&
      surname?.cap &&
      comma?.text === ',' &&
      memory.knows(surname.text)
    )
      art.interviewee = art.describe({ from: 0, to: 2, text: `${title.text} ${surname.text}`, pronoun: false });
    art.answer = null;
    art.afterQuestion = question;
    return;
  }
  // a paragraph after a question, or after another paragraph of the answer: the interviewee speaks on
  // (a paragraph that names the interviewee speaks of them: a box or a report between the answers)
  const previous = art.answer;
  // (a paragraph right before the interviewee's next labelled answer is the interviewer's turn, a question
  // put as a statement: "Ihre Kritiker werfen Ihnen vor, …" before "Kahl: Das sehe ich anders.")
  if (art.interviewee && labelledBy(art.blocks[info.s.block + 1] ?? '', art.interviewee)) {
    art.answer = null;
    art.afterQuestion = true;
    return;
  }
  // (nor does a paragraph after an answer, not after a question, that opens with a source of its own: the report
  // goes on after the interview, "Der Verband hält die Pläne für unzureichend")
  const ownSource =
    !art.afterQuestion && s.here.some((h) => !!h.source && !art.lex.pronouns.has(h.source.toLowerCase()));
  if (
    art.interviewee &&
    (art.afterQuestion || previous?.block === info.s.block - 1) &&
    !namesPerson(block, art.interviewee) &&
    !ownSource
  ) {
    art.answer = { block: info.s.block, speaker: art.interviewee, labelled: false };
  } else art.answer = null;
  art.afterQuestion = false;
}

/** Whether a paragraph opens with a speaker's label: their surname, maybe after other words of the name, and a colon ("Roth: …", "Jana Roth: …"). */
function labelledBy(block: string, speaker: Speaker): boolean {
  const surname = (speaker.resolved ?? speaker.source).split(/\s+/).pop();
  const label = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s*:/u.exec(block);
  return !!surname && !!label && label[1]!.split(/\s+/).pop() === surname;
}

/** Whether a text names a speaker by the last word of their name ("… erklärt Jana Roth", "Roth zufolge"). */
function namesPerson(text: string, speaker: Speaker): boolean {
  const surname = (speaker.resolved ?? speaker.source).split(/\s+/).pop();
  if (!surname || !/^\p{Lu}/u.test(surname)) return false;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1))
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + surname.length] ?? '')) return true;
  return false;
}
