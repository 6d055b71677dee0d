/** German: its lexicon files, as the analysis reads them (part of its pack: pack.ts). */
import abbr from './lexicon/abbreviations.json';
import functionWords from './lexicon/function-words.json';
import according from './lexicon/according.json';
import reportative from './lexicon/reportative.json';
import anonymous from './lexicon/anonymous.json';
import speech from './lexicon/speech-verbs.json';
import sources from './lexicon/sources.json';
import commonNames from '../../lexicon/given-names.json';
import germanNames from './lexicon/given-names.json';
import type { LexiconData } from '../../lexicon/index.js';

export const germanData: LexiconData = {
  abbr,
  speech,
  according,
  reportative,
  sources,
  anonymous,
  // (the common given names and those of the German-speaking world beyond them)
  givenNames: {
    female: `${commonNames.female} ${germanNames.female}`,
    male: `${commonNames.male} ${germanNames.male}`,
    either: commonNames.either,
  },
  functionWords,
};
