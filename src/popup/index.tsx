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
import { sendToTab, type TabSummary } from '../messages.js';
import { rowFromDraft } from '../core/row.js';

type State =
  { kind: 'loading' } | { kind: 'summary'; summary: TabSummary | null } | { kind: 'not-running' } | { kind: 'no-tab' };

/** The tab the popup is about: the active tab (or `?tab=ID`, which the end-to-end tests use). */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function Summary({ s, t }: { s: TabSummary; t: Translate }) {
  if (!s.isArticle) return <p data-testid="ql-popup-no-article">{t('noArticle')}</p>;
  const r = s.draft ? rowFromDraft(s.draft) : null;
  if (s.notAnalysed || !r) return <p>{t('notAnalysed')}</p>;
  return (
    <div data-testid="ql-popup-summary">
      {r.title && <p class="title">{r.title}</p>}
      <p>{t('summaryLine', r.attributedSentences, r.sentences)}</p>
      <meter
        min={0}
        max={1}
        value={r.attributedShare}
        aria-label={t('summaryLine', r.attributedSentences, r.sentences)}
      />
      <p>{t('namedLine', r.namedSources, r.anonymousSources)}</p>
      {r.agencies.length > 0 && (
        <p>
          {t('agencies')}: {r.agencies.join(', ')}
        </p>
      )}
      {r.agencyCopy && <p class="note">{t('agencyCopy_' + r.agencyCopy)}</p>}
      {r.truncated && <p class="note">{t('truncated_' + r.truncated)}</p>}
    </div>
  );
}

function Popup({ t, tabId }: { t: Translate; tabId: number | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (tabId === null) {
      setState({ kind: 'no-tab' });
      return;
    }
    sendToTab(tabId, { type: 'get-summary' })
      .then((summary) => setState({ kind: 'summary', summary: summary ?? null }))
      .catch(() => setState({ kind: 'not-running' }));
  }, [tabId]);
  const show = () => {
    if (tabId === null) return;
    showPanelIn(tabId).then(
      () => window.close(),
      (e: unknown) => setError(t('popupCannot', (e as Error).message)),
    );
  };
  return (
    <main>
      <h1>{t('extName')}</h1>
      {state.kind === 'loading' && <p aria-busy="true">…</p>}
      {state.kind === 'summary' && (state.summary ? <Summary s={state.summary} t={t} /> : <p>{t('popupAnalysing')}</p>)}
      {state.kind === 'not-running' && <p data-testid="ql-popup-not-running">{t('popupNotRunning')}</p>}
      <div class="actions">
        {state.kind === 'summary' && (
          <button type="button" id="show-panel" onClick={show}>
            {t('popupShowPanel')}
          </button>
        )}
        {state.kind === 'not-running' && (
          <button type="button" id="analyse" onClick={show}>
            {t('popupAnalyse')}
          </button>
        )}
        <button
          type="button"
          id="open-compare"
          class="secondary"
          onClick={() => {
            browser.tabs.create({ url: browser.runtime.getURL('compare.html') });
            window.close();
          }}
        >
          {t('histCompare')}
        </button>
        <button
          type="button"
          id="open-options"
          class="secondary"
          onClick={() => {
            browser.runtime.openOptionsPage();
            window.close();
          }}
        >
          {t('popupSettings')}
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
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
