/**
 * The panel as a file of its own (dist/…/panel.js), loaded only when the panel is shown, so pages
 * where it stays closed never load Preact or the UI. Chromium's content script imports it as a
 * module; in Firefox the background injects it as a script into the content script's world, where
 * it leaves `showPanel` on a global of that isolated world (build.mjs).
 */
import { mountPanel, type MountOptions } from './mount.js';
import { pickUiLang, translator } from './i18n.js';
import { download, sourcingHtml } from './export.js';

export interface ShowOptions extends Omit<MountOptions, 't' | 'explain'> {
  /** The browser's UI language and the language chosen on the options page ("auto", "de", "en"). */
  browserLang: string | undefined;
  settingLang: string;
  /** The explanation of a cue in a UI language. */
  explain: (cueId: string, uiLang: 'de' | 'en') => string | null;
}

/** Shows the panel; returns a function that removes it. */
export function showPanel(doc: Document, opts: ShowOptions): () => void {
  const uiLang = pickUiLang(opts.browserLang, opts.settingLang);
  const t = translator(uiLang);
  const onExport = () => {
    const host = (() => { try { return new URL(opts.report.url ?? '').hostname; } catch { return 'page'; } })();
    download(doc, `quellenlage-${host}-${new Date().toISOString().slice(0, 10)}.html`, sourcingHtml(opts.report, t, uiLang));
  };
  return mountPanel(doc, { ...opts, t, explain: (id) => opts.explain(id, uiLang), onExport });
}

(globalThis as Record<string, unknown>)['quellenlagePanel'] = { showPanel };
