/** English: its lexicon files, as the analysis reads them (part of its pack: pack.ts). */
import sources from './lexicon/sources.json';
import speech from './lexicon/speech-verbs.json';
import anonymous from './lexicon/anonymous.json';
import reportative from './lexicon/reportative.json';
import according from './lexicon/according.json';
import functionWords from './lexicon/function-words.json';
import abbr from './lexicon/abbreviations.json';
import givenNames from '../../lexicon/given-names.json';
import type { LexiconData } from '../../lexicon/index.js';

export const englishData: LexiconData = {
  abbr,
  speech,
  according,
  reportative,
  sources,
  anonymous,
  givenNames,
  functionWords,
};
