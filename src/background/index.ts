/**
 * Background: sets the toolbar badge to the number of attributions the content script found, keeps
 * the article's row in the local history (when the settings allow; the only writer, so that tabs do
 * not overwrite each other's entries), and
 * answers a click on the toolbar button: the panel opens on the page (on a listed news site the
 * content script is there already; on any other page the click grants activeTab and the content
 * script is injected just for this tab).
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import type { ArticleRow } from '../core/row.js';
import { addToHistory } from '../history/store.js';
import { readSettings } from '../options/settings.js';

/** History writes one after another: each reads what the one before wrote. */
let writes: Promise<void> = Promise.resolve();
function remember(row: ArticleRow): Promise<void> {
  writes = writes.then(async () => {
    const settings = await readSettings(browser.storage.local);
    if (settings.history) await addToHistory(browser.storage.local, row, settings.historyLimit);
  }).catch((e: unknown) => console.warn('[Quellenlage] history not saved:', (e as Error).message));
  return writes;
}

/** Shows the panel in a tab, injecting the content script first where it does not run. */
export async function showPanelIn(tab: Tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  try {
    await browser.tabs.sendMessage(tabId, { type: 'show-panel' });
    return;
  } catch {
    // no content script in this tab: not a listed site
  }
  await browser.scripting.executeScript({ target: { tabId }, func: () => { (globalThis as { quellenlageOnRequest?: boolean }).quellenlageOnRequest = true; } });
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

function main(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    const m = msg as { type?: string; count?: number | null; row?: ArticleRow | null };
    const tabId = sender.tab?.id;
    if (m?.type !== 'report' || tabId === undefined) return undefined;
    const text = typeof m.count === 'number' ? String(m.count) : '';
    return Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#1b3a6b' }),
      m.row ? remember(m.row) : undefined,
    ]).then(() => undefined);
  });
  browser.action.onClicked.addListener((tab) => {
    showPanelIn(tab).catch((e: unknown) => console.warn('[Quellenlage] cannot analyse this tab:', (e as Error).message));
  });
}

main();
