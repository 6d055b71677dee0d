/**
 * Content script: after the page has loaded, find the article, analyse it, show the panel beside it
 * and tell the background the count for the badge. Nothing runs at module top level but `main()`;
 * everything one analysis sets up hangs on one AbortSignal, aborted when a single-page app moves
 * to another address and the analysis starts again.
 */
import browser from 'webextension-polyfill';
import { analyzeDocumentInSteps, type Analysis } from '../page/analyze.js';
import { rangeForOffsets } from '../page/ranges.js';
import { KIND_HIGHLIGHT_PREFIX, pageHighlightCss } from '../ui/page-style.js';
import { KINDS } from '../core/vocabulary.js';
import { layoutFor } from './layout.js';
import { ensureLanguage } from './languages.js';
import type { showPanel } from '../ui/panel-entry.js';
import { isSiteOff, readSettings } from '../options/settings.js';
import { rowDraftOf } from '../core/row.js';
import { listen, sendToBackground, type TabSummary, type ToContent } from '../messages.js';

const HIGHLIGHT = 'quellenlage-focus';

/** The CSS Custom Highlight API of this browser, or null where there is none. */
function highlightApi(): { registry: Map<string, unknown>; Highlight: new (...r: Range[]) => unknown } | null {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/** The block element of an analysed sentence and the range of the sentence in it (null when it cannot be mapped). */
function sentenceRange(analysis: Analysis, sentenceIndex: number): { el: Element; range: Range | null } | null {
  const off = analysis.offsets[sentenceIndex];
  const el = off ? analysis.draft.elements[off.block] : null;
  // (a block may be a run of text inside its element: its offsets count from the run's start)
  const base = off ? (analysis.draft.starts[off.block] ?? 0) : 0;
  return off && el ? { el, range: rangeForOffsets(document, el, base + off.start, base + off.end) } : null;
}

function highlight(analysis: Analysis, index: number): void {
  const a = analysis.report.attributions[index];
  const at = a ? sentenceRange(analysis, a.sentenceIndex) : null;
  if (!at) return;
  at.el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const api = highlightApi();
  if (at.range && api) {
    api.registry.set(HIGHLIGHT, new api.Highlight(at.range));
  } else {
    // fallback without the Highlight API: outline the paragraph for a moment
    const h = at.el as HTMLElement;
    h.style.outline = '3px solid #f0b400';
    setTimeout(() => {
      h.style.outline = '';
    }, 2500);
  }
}

/** What the reader set in the panel: collapsed per site and placement ("host|beside", "host|over"), educator mode. Kept in storage.local. */
interface PanelState {
  collapsed: Record<string, boolean>;
  educator: boolean;
}

async function readPanelState(): Promise<PanelState> {
  const got: Record<string, unknown> = (await browser.storage?.local.get('panelState').catch(() => ({}))) ?? {};
  const raw = got['panelState'] as Partial<PanelState> | undefined;
  const collapsed =
    raw && typeof raw.collapsed === 'object' && raw.collapsed
      ? Object.fromEntries(Object.entries(raw.collapsed).filter(([, v]) => typeof v === 'boolean'))
      : {};
  return { collapsed, educator: raw?.educator === true };
}

async function writePanelState(change: { collapsed?: Record<string, boolean>; educator?: boolean }): Promise<void> {
  const now = await readPanelState();
  const next: PanelState = {
    collapsed: { ...now.collapsed, ...change.collapsed },
    educator: change.educator ?? now.educator,
  };
  await browser.storage?.local.set({ panelState: next }).catch(() => undefined);
}

/** Educator mode: every attribution's sentence coloured in the article by its kind (one page highlight per kind). */
function educate(analysis: Analysis, on: boolean): void {
  const api = highlightApi();
  if (!api) return;
  for (const k of KINDS) api.registry.delete(KIND_HIGHLIGHT_PREFIX + k);
  if (!on) return;
  const byKind = new Map<string, Range[]>();
  const done = new Set<number>();
  for (const a of analysis.report.attributions) {
    if (done.has(a.sentenceIndex)) continue;
    done.add(a.sentenceIndex);
    const range = sentenceRange(analysis, a.sentenceIndex)?.range;
    if (range) byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), range]);
  }
  for (const [k, ranges] of byKind) api.registry.set(KIND_HIGHLIGHT_PREFIX + k, new api.Highlight(...ranges));
}

/** Gives the main thread back to the page for a moment: a new task (scheduler.yield where there is one). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((ok) => setTimeout(ok, 0));
}

function ensurePageStyle(signal: AbortSignal, colours: Record<string, string>): void {
  const style = document.createElement('style');
  style.dataset['quellenlage'] = 'highlight';
  style.textContent = pageHighlightCss(colours);
  (document.head ?? document.documentElement).appendChild(style);
  signal.addEventListener('abort', () => style.remove());
}

/** How this build loads the panel: "import" (Chromium) or "inject" (Firefox); set by build.mjs. */
declare const __PANEL_LOADER__: 'import' | 'inject';
/** The script version of the panel that the background injects; set by build.mjs. */
declare const __PANEL_SCRIPT__: 'panel.js' | 'panel-script.js';

/**
 * The panel, loaded on first use. Chromium: a module imported by a constant specifier, which a
 * content script resolves against its own address (chrome-extension://…/content.js); it is
 * web-accessible on the listed sites only, so elsewhere (a page the reader asked for, or every site
 * once allowed) the import fails and the panel comes as in Firefox. Firefox: the background injects
 * the panel script into this content script's world, where it sets a global.
 */
async function loadPanel(): Promise<{ showPanel: typeof showPanel }> {
  const own = () =>
    (globalThis as Record<string, unknown>)['quellenlagePanel'] as { showPanel: typeof showPanel } | undefined;
  if (__PANEL_LOADER__ === 'import' && !own()) {
    // (by the address the browser gives it: with use_dynamic_url a session's own, not the extension id's)
    const ui = await import(browser.runtime.getURL('panel.js')).catch(() => null);
    if (ui) return ui as { showPanel: typeof showPanel };
  }
  if (!own()) await sendToBackground({ type: 'load-script', file: __PANEL_SCRIPT__ });
  const ui = own();
  if (!ui) throw new Error('the panel script could not be loaded');
  return ui;
}

/** Set by the background when the user asked for this page (toolbar button): show the panel whatever the settings say. */
const onRequest = () => (globalThis as { quellenlageOnRequest?: boolean }).quellenlageOnRequest === true;

/** Whether the reader opened the panel over the text during this page load. */
let openedOverHere = false;

/** What the popup shows of the page as it is now (null while the analysis runs). */
let latest: TabSummary | null = null;

/**
 * The articles this page load has put into the history, by their text: a single-page app that moves
 * to another article adds it, one that changes its address over the same article (a pushState loop)
 * adds nothing, and no page load adds more than MAX_ROWS_PER_LOAD.
 */
const recorded = new Set<string>();
const MAX_ROWS_PER_LOAD = 20;

/** Whether the article is new to this page load's history (and notes it). */
function firstTimeHere(report: Analysis['report']): boolean {
  const key = `${report.article.title ?? ''}\n${report.sentences
    .slice(0, 3)
    .map((s) => s.text)
    .join('\n')}\n${report.sentences.length}`;
  if (recorded.has(key) || recorded.size >= MAX_ROWS_PER_LOAD) return false;
  recorded.add(key);
  return true;
}

async function run(signal: AbortSignal, forced = false): Promise<void> {
  latest = null;
  const settings = await readSettings(browser.storage?.local);
  const analysis = await analyzeDocumentInSteps(document, location.href, yieldToPage, ensureLanguage);
  if (signal.aborted) return;
  const { report } = analysis;
  // the badge count, and what the article's row is made of, for the local history (the background makes and
  // keeps it, if allowed) and the popup (which shows it): the row's code stays out of every page
  const draft =
    report.isArticle && !report.notAnalysed ? rowDraftOf(report, location.href, new Date().toISOString()) : null;
  latest = { isArticle: report.isArticle, notAnalysed: report.notAnalysed, draft };
  await sendToBackground({
    type: 'report',
    count: report.isArticle ? report.attributions.length : null,
    row: draft && firstTimeHere(report) ? draft : null,
  }).catch(() => undefined);
  if (signal.aborted) return;
  if (!report.isArticle && !forced) return;
  if ((!settings.autoOpen || isSiteOff(settings, location.hostname)) && !forced) return;
  // the panel (Preact and the UI) is a separate script, loaded only now that it is shown
  const ui = await loadPanel();
  if (signal.aborted) return;
  ensurePageStyle(signal, settings.colours);
  const layout = layoutFor(document, window, analysis.draft.elements, settings.panelSide);
  const state = await readPanelState();
  // remembered per site and per placement: open beside the text says nothing about over it
  const key = `${location.hostname}|${layout.placement === 'docked' ? 'beside' : 'over'}`;
  // beside the text: as the reader left it on this site; over the text (a sheet, an overlay) it
  // always starts as a tab: it never covers the article by itself
  // (the reader's own opening holds for this page load: a single-page app's next article keeps it)
  const collapsed = layout.placement === 'docked' ? (state.collapsed[key] ?? false) : !openedOverHere;
  if (state.educator) educate(analysis, true);
  const unmount = ui.showPanel(document, {
    report,
    browserLang: browser.i18n?.getUILanguage?.(),
    settingLang: settings.uiLang,
    onSelect: (i) => highlight(analysis, i),
    layout,
    colours: settings.colours,
    initiallyCollapsed: forced ? false : collapsed,
    onCollapse: (c) => {
      if (layout.placement !== 'docked') openedOverHere = !c;
      writePanelState({ collapsed: { [key]: c } });
    },
    educator: state.educator,
    onEducator: (on) => {
      educate(analysis, on);
      writePanelState({ educator: on });
    },
  });
  signal.addEventListener('abort', () => {
    unmount();
    educate(analysis, false);
  });
}

/** How often a single-page app's address is compared, and how long its new content gets to render. */
const URL_POLL_MS = 1000;
const SETTLE_MS = 800;

function main(): void {
  let controller = new AbortController();
  // each analysis hangs on its own signal: a new page in a single-page app aborts the old panel
  const start = (forced = onRequest()) => {
    controller.abort();
    controller = new AbortController();
    run(controller.signal, forced).catch((e) => console.warn('[Quellenlage]', e));
  };
  // the toolbar button on a page where the content script runs already
  // the toolbar popup: the summary of this page, and its button that shows the panel
  listen<ToContent>({
    'get-summary': () => Promise.resolve(latest),
    'show-panel': () => {
      start(true);
      return Promise.resolve(true);
    },
  });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', () => start(), { once: true });
  // single-page apps change the address without a load: compare it now and then (no permission needed)
  let href = location.href;
  let pending: ReturnType<typeof setTimeout> | undefined;
  setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    clearTimeout(pending);
    pending = setTimeout(() => start(), SETTLE_MS);
  }, URL_POLL_MS);
}

main();
