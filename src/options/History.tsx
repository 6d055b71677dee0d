/** The history section of the options page: keep it or not, its size, export, import, clear, compare. */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { toCsv, type ArticleRow } from '../core/row.js';
import { clearHistory, exportJson, importHistory, ImportError, readHistory, takeNotice } from '../history/store.js';
import type { Translate } from '../ui/i18n.js';
import { HISTORY_LIMITS, type Settings } from './settings.js';

/** Offers text as a file download (an extension page needs no permission for this). */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function History({ s, save, t }: { s: Settings; save: (next: Settings) => void; t: Translate }) {
  const [entries, setEntries] = useState<ArticleRow[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const reload = () =>
    readHistory(browser.storage.local).then(async (r) => {
      setEntries(r.entries);
      if (r.problem) setMessage({ text: t('histRepaired', r.problem), error: true });
      const full = await takeNotice(browser.storage.local);
      if (full) setMessage({ text: t('histQuota', full.dropped), error: true });
    });
  useEffect(() => {
    reload();
  }, []);
  const day = new Date().toISOString().slice(0, 10);
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const n = await importHistory(browser.storage.local, await file.text(), s.historyLimit);
      setMessage({ text: t('histImported', n), error: false });
    } catch (e) {
      setMessage({ text: t('histImportFailed', e instanceof ImportError ? e.message : String(e)), error: true });
    }
    await reload();
  };
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('optHistoryTitle')}</h2>
      <label>
        <input
          type="checkbox"
          id="history"
          checked={s.history}
          onChange={(e) => save({ ...s, history: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('optHistory')}
      </label>
      <label>
        {t('optHistoryLimit')}
        <select
          id="historyLimit"
          value={String(s.historyLimit)}
          onChange={(e) =>
            save({ ...s, historyLimit: Number((e.target as HTMLSelectElement).value) as Settings['historyLimit'] })
          }
        >
          {HISTORY_LIMITS.map((n) => (
            <option value={String(n)}>{n}</option>
          ))}
        </select>
      </label>
      <p id="history-count">{entries ? t('histCount', entries.length) : ''}</p>
      <div class="buttons">
        <button
          type="button"
          id="export-csv"
          disabled={!entries?.length}
          onClick={() => download(`quellenlage-history-${day}.csv`, toCsv(entries ?? []), 'text/csv')}
        >
          {t('histExportCsv')}
        </button>
        <button
          type="button"
          id="export-json"
          disabled={!entries?.length}
          onClick={() => download(`quellenlage-history-${day}.json`, exportJson(entries ?? []), 'application/json')}
        >
          {t('histExportJson')}
        </button>
        <label class="file">
          {t('histImport')}{' '}
          <input
            type="file"
            id="import"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              onImport(input.files?.[0]).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
        <button
          type="button"
          id="clear"
          disabled={!entries?.length}
          onClick={() => {
            if (confirm(t('histClearConfirm')))
              clearHistory(browser.storage.local).then(() => {
                setMessage({ text: t('histCleared'), error: false });
                return reload();
              });
          }}
        >
          {t('histClear')}
        </button>
        <a id="compare-link" href="compare.html">
          {t('histCompare')}
        </a>
      </div>
      <p id="history-message" role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'ok'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
