/**
 * The lexicon data of every language, for the hosts that bundle them all (the CLI, the tests). The
 * extension's content script is built without it (build.mjs puts an empty module in its place) and
 * loads the data of the page's language alone (src/content/lexicons.ts).
 */
import type { LexiconData } from '../lexicon/index.js';
import { germanData } from './de/data.js';
import { englishData } from './en/data.js';

export const BUNDLED_DATA: Readonly<Record<string, LexiconData>> = { de: germanData, en: englishData };
