/** The CLI's functions as a library for the project's scripts (eval, bench). */
export { reportOf, decode, looksLikeHtml } from './quellenlage.js';
export { analyze, analyzePlainText } from '../page/analyze.js';
