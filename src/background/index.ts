/** Background: sets the toolbar badge to the number of attributions the content script found. */
import browser, { type Runtime } from 'webextension-polyfill';

function main(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    const m = msg as { type?: string; count?: number | null };
    const tabId = sender.tab?.id;
    if (m?.type !== 'report' || tabId === undefined) return undefined;
    const text = typeof m.count === 'number' ? String(m.count) : '';
    return Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#1b3a6b' }),
    ]).then(() => undefined);
  });
}

main();
