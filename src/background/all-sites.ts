/**
 * "Run on all news sites": with the setting on and the host permission granted (the options page
 * asks for it when the reader switches it on), the content script is registered for every site but
 * the listed ones (those have it from the manifest); the article detection then decides where the
 * panel appears. Without either, the registration is removed. The state is made anew from the
 * setting and the permission whenever one of them changes and whenever the background starts.
 */
import browser from 'webextension-polyfill';
import { ALL_SITES, readSettings } from '../options/settings.js';
const ID = 'all-sites';

/** The sites the manifest's content script runs on already. */
function listedSites(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
}

/** Registers or removes the content script for all sites so that it matches the setting and the permission. */
export async function syncAllSites(): Promise<boolean> {
  const settings = await readSettings(browser.storage.local);
  const allowed = settings.allSites && (await browser.permissions.contains({ origins: ALL_SITES }));
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
  if (allowed && !registered)
    await browser.scripting.registerContentScripts([
      {
        id: ID,
        matches: ALL_SITES,
        excludeMatches: listedSites(),
        js: ['content.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  if (!allowed && registered) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  return allowed;
}

/** Keeps the registration in step with the setting and the permission. */
export function watchAllSites(): void {
  let queue: Promise<unknown> = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(syncAllSites)
      .catch((e: unknown) => console.warn('[Quellenlage] all sites:', (e as Error).message));
  };
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) sync();
  });
}
