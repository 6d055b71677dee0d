/** German: its grammar and lexicon data, what the analysis of a German text needs beyond the markers of index.ts. */
import { grammar } from './grammar.js';
import { germanData } from './data.js';
import type { LanguagePack } from '../types.js';

export const germanPack: LanguagePack = { grammar, data: germanData };
