/**
 * Background: sets the toolbar badge to the number of attributions the content script found, keeps
 * the article's row in the local history (when the settings allow; the only writer, so that tabs do
 * not overwrite each other's entries). A click on the toolbar button opens the popup (src/popup/).
 */
import browser from 'webextension-polyfill';
import { rowFromDraft, type ArticleRow } from '../core/row.js';
import { addToHistory } from '../history/store.js';
import { readSettings } from '../options/settings.js';
import { repairSettings } from '../options/settings-check.js';
import { EXTENSION_SCRIPTS, listen, type ToBackground } from '../messages.js';
import { watchAllSites } from './all-sites.js';

/** History writes one after another: each reads what the one before wrote. */
let writes: Promise<void> = Promise.resolve();
function remember(row: ArticleRow): Promise<void> {
  writes = writes
    .then(async () => {
      const settings = await readSettings(browser.storage.local);
      if (settings.history) await addToHistory(browser.storage.local, row, settings.historyLimit);
    })
    .catch((e: unknown) => console.warn('[Quellenlage] history not saved:', (e as Error).message));
  return writes;
}

function main(): void {
  // damaged or older settings are repaired once the background starts (history: when it is read)
  repairSettings(browser.storage.local).catch(() => undefined);
  watchAllSites();
  listen<ToBackground>({
    // the content script shows its panel, or reads a page in a language: the panel script or the
    // language's grammar and lexicons go into its world, its frame only (Firefox always; Chromium where the
    // module is not web-accessible)
    'load-script': (m, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !(EXTENSION_SCRIPTS as readonly string[]).includes(m.file)) return undefined;
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [m.file] })
        .then(() => true);
    },
    report: (m, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const text = typeof m.count === 'number' ? String(m.count) : '';
      return Promise.all([
        browser.action.setBadgeText({ tabId, text }),
        browser.action.setBadgeBackgroundColor({ tabId, color: '#1b3a6b' }),
        m.row ? remember(rowFromDraft(m.row)) : undefined,
      ]).then(() => undefined);
    },
  });
}

main();
