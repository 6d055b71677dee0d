/**
 * Showing the panel in a tab: on a listed news site the content script is there already and is
 * asked; on any other page the toolbar click granted activeTab for this tab, and the content script
 * is injected just there.
 */
import browser from 'webextension-polyfill';
import { sendToTab } from '../messages.js';

export async function showPanelIn(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, { type: 'show-panel' });
    return;
  } catch {
    // no content script in this tab: not a listed site
  }
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as { quellenlageOnRequest?: boolean }).quellenlageOnRequest = true;
    },
  });
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}
