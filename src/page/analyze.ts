/**
 * The one entry every host uses: a `Document` (or copied page text) → the sourcing report.
 * 1. extract the article, 2. decide its language, 3. analyse its text, 4. assemble the report.
 * Reports are validated against the zod schema where they leave the program (the CLI, exports) and in
 * the tests; the content script keeps zod's weight off every page.
 */
import {
  agencyOfOutlet,
  analyzeText,
  detectLang,
  prepareLanguage,
  summarise,
  withoutOwnOutlet,
  type Report as ReportT,
  type TraceEntry,
} from '../core/index.js';
import { declaredVsCited } from '../core/declared.js';
import { extractArticle, type ArticleDraft } from './extract.js';
import { extractFromText } from './plaintext.js';
import { letters } from './outlet.js';

export interface Analysis {
  report: ReportT;
  /** The article's blocks and their elements, for highlighting in a live page. */
  draft: ArticleDraft;
  /** Sentence offsets inside their block, parallel to `report.sentences`. */
  offsets: Array<{ block: number; start: number; end: number }>;
}

/**
 * Whether the article is agency copy: wholly (agencies, no own author), partly (both), or not. On an
 * agency's own site its articles are its own reporting.
 */
function agencyCopy(draft: ArticleDraft): 'wholly' | 'partly' | null {
  const own = agencyOfOutlet(draft.outlet);
  if (!draft.agencies.some((a) => a !== own)) return null;
  return draft.authors.length ? 'partly' : 'wholly';
}

/**
 * The body as plain text: its blocks after the headline, which the report gives as the title already
 * (a headline that says more than the title, a kicker before it, stays).
 */
function bodyText(draft: ArticleDraft): string {
  const [first, ...rest] = draft.blocks;
  const sameAsTitle = !!first && !!draft.title && letters(first) === letters(draft.title);
  return (sameAsTitle ? rest : draft.blocks).join('\n\n');
}

/** The language of a page: of the article's text, else the one the page declares. */
function languageOf(draft: ArticleDraft): string | null {
  return draft.isArticle
    ? detectLang(draft.blocks.join('\n'), draft.declaredLang)
    : (draft.declaredLang?.split(/[-_]/)[0]?.toLowerCase() ?? null);
}

function assemble(draft: ArticleDraft, url: string | null, opts: AnalyzeOptions): Analysis {
  const withBody = !!opts.withBody;
  const lang = languageOf(draft);
  const analysed = draft.isArticle
    ? analyzeText(draft.blocks, lang, opts.trace ?? null)
    : { sentences: [], attributions: [], summary: summarise([], 0), notAnalysed: 'no news article found on this page' };
  // (the outlet's own reporting is no source of its article)
  const attributions = withoutOwnOutlet(analysed.attributions, draft.outlet, lang);
  const text =
    attributions.length === analysed.attributions.length
      ? analysed
      : { ...analysed, attributions, summary: summarise(attributions, analysed.sentences.length) };
  const report: ReportT = {
    schemaVersion: 1,
    // the address given, else the one the page declares as its own
    url: url ?? draft.canonical ?? null,
    isArticle: draft.isArticle,
    liveblog: draft.liveblog,
    lang,
    notAnalysed: text.notAnalysed,
    article: {
      title: draft.title,
      outlet: draft.outlet,
      published: draft.published,
      modified: draft.modified,
      authors: draft.authors,
      agencies: draft.agencies,
      agencyCopy: agencyCopy(draft),
      truncated: draft.truncated,
      sentences: text.sentences.length,
      ...(withBody ? { text: bodyText(draft) } : {}),
    },
    sourcesBox: draft.sourcesBox,
    declaredVsCited: draft.sourcesBox.length
      ? declaredVsCited(draft.sourcesBox, text.attributions, draft.agencies)
      : null,
    declared: draft.declared,
    imageCredits: draft.imageCredits,
    sentences: text.sentences.map((s) => ({
      text: s.text,
      block: s.block,
      ...(s.skipped ? { skipped: s.skipped } : {}),
    })),
    attributions: text.attributions,
    summary: text.summary,
  };
  return { report, draft, offsets: text.sentences.map((s) => ({ block: s.block, start: s.start, end: s.end })) };
}

export interface AnalyzeOptions {
  /** Add the extracted body as `article.text`. */
  withBody?: boolean;
  /** Collects the attribution steps' decisions (`quellenlage report --explain`). */
  trace?: TraceEntry[];
}

/** Analyses the article of a document (a live page or linkedom), with what the page needs for highlighting. */
export function analyzeDocumentFull(doc: Document, url: string | null, opts: AnalyzeOptions = {}): Analysis {
  return assemble(extractArticle(doc, url), url, opts);
}

/**
 * The same in steps with pauses between them, for a live page: the DOM work (extraction), then
 * `pause()` (the content script gives the page its main thread back) and `prepare(lang)` (it loads
 * the grammar and lexicons of the article's language), the compilation of the lexicons, then the text
 * analysis, each in a task of its own.
 */
export async function analyzeDocumentInSteps(
  doc: Document,
  url: string | null,
  pause: () => Promise<void>,
  prepare: (lang: string | null) => Promise<void> = async () => undefined,
): Promise<Analysis> {
  const draft = extractArticle(doc, url);
  if (draft.isArticle) {
    const lang = languageOf(draft);
    await pause();
    // (what the text analysis needs of the language, loaded now: the grammar and lexicons of the article's language)
    await prepare(lang);
    // (the script of the language ran in the task that loaded it)
    await pause();
    prepareLanguage(lang);
    await pause();
  }
  return assemble(draft, url, {});
}

/** Analyses the article of a document: the sourcing report. */
export function analyze(doc: Document, url: string | null, opts: AnalyzeOptions = {}): ReportT {
  return analyzeDocumentFull(doc, url, opts).report;
}

/** Analyses a page's visible text as a browser copies it. */
export function analyzePlainText(text: string, url: string | null, opts: AnalyzeOptions = {}): ReportT {
  return assemble(extractFromText(text), url, opts).report;
}
