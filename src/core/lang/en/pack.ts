/** English: its grammar and lexicon data, what the analysis of an English text needs beyond the markers of index.ts. */
import { grammar } from './grammar.js';
import { englishData } from './data.js';
import type { LanguagePack } from '../types.js';

export const englishPack: LanguagePack = { grammar, data: englishData };
