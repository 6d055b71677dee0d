/**
 * The toolbar popup: the sourcing summary of the current tab (asked of its content script), a
 * button that shows the panel — or analyses the page where the extension does not run by itself —
 * and the ways to the outlet comparison and the settings.
 */
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readSettings } from '../options/settings.js';
import { pickUiLang, translator, type Translate } from '../ui/i18n.js';
import { showPanelIn } from './show.js';

/** What the content script answers to 'get-summary' (content/index.ts). */
export interface TabSummary {
  title: string | null;
  isArticle: boolean;
  notAnalysed: string | null;
  sentences: number;
  attributedSentences: number;
  namedSources: number;
  anonymousSources: number;
  attributions: number;
  agencies: string[];
  agencyCopy: 'wholly' | 'partly' | null;
  truncated: string | null;
}

type State = { kind: 'loading' } | { kind: 'summary'; summary: TabSummary | null } | { kind: 'not-running' } | { kind: 'no-tab' };

/** The tab the popup is about: the active tab (or `?tab=ID`, which the end-to-end tests use). */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function Summary({ s, t }: { s: TabSummary; t: Translate }) {
  if (!s.isArticle) return <p data-testid="ql-popup-no-article">{t('noArticle')}</p>;
  if (s.notAnalysed) return <p>{t('notAnalysed')}</p>;
  return (
    <div data-testid="ql-popup-summary">
      {s.title && <p class="title">{s.title}</p>}
      <p>{t('summaryLine', s.attributedSentences, s.sentences)}</p>
      <meter min={0} max={1} value={s.sentences ? s.attributedSentences / s.sentences : 0} aria-label={t('summaryLine', s.attributedSentences, s.sentences)} />
      <p>{t('namedLine', s.namedSources, s.anonymousSources)}</p>
      {s.agencies.length > 0 && <p>{t('agencies')}: {s.agencies.join(', ')}</p>}
      {s.agencyCopy && <p class="note">{t('agencyCopy_' + s.agencyCopy)}</p>}
      {s.truncated && <p class="note">{t('truncated_' + s.truncated)}</p>}
    </div>
  );
}

function Popup({ t, tabId }: { t: Translate; tabId: number | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (tabId === null) { setState({ kind: 'no-tab' }); return; }
    browser.tabs.sendMessage(tabId, { type: 'get-summary' })
      .then((summary) => setState({ kind: 'summary', summary: (summary as TabSummary | null) ?? null }))
      .catch(() => setState({ kind: 'not-running' }));
  }, [tabId]);
  const show = () => {
    if (tabId === null) return;
    showPanelIn(tabId).then(() => window.close(), (e: unknown) => setError(t('popupCannot', (e as Error).message)));
  };
  return (
    <main>
      <h1>{t('extName')}</h1>
      {state.kind === 'loading' && <p aria-busy="true">…</p>}
      {state.kind === 'summary' && (state.summary ? <Summary s={state.summary} t={t} /> : <p>{t('popupAnalysing')}</p>)}
      {state.kind === 'not-running' && <p data-testid="ql-popup-not-running">{t('popupNotRunning')}</p>}
      <div class="actions">
        {state.kind === 'summary' && <button type="button" id="show-panel" onClick={show}>{t('popupShowPanel')}</button>}
        {state.kind === 'not-running' && <button type="button" id="analyse" onClick={show}>{t('popupAnalyse')}</button>}
        <button type="button" id="open-compare" class="secondary" onClick={() => { browser.tabs.create({ url: browser.runtime.getURL('compare.html') }); window.close(); }}>{t('histCompare')}</button>
        <button type="button" id="open-options" class="secondary" onClick={() => { browser.runtime.openOptionsPage(); window.close(); }}>{t('popupSettings')}</button>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
    </main>
  );
}

async function main(): Promise<void> {
  const settings = await readSettings(browser.storage.local);
  const lang = pickUiLang(browser.i18n.getUILanguage(), settings.uiLang);
  document.documentElement.lang = lang;
  render(<Popup t={translator(lang)} tabId={await targetTab()} />, document.getElementById('app')!);
}

main();
