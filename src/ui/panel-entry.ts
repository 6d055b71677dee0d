/**
 * The panel as a file of its own (dist/…/panel.js), loaded only when the panel is shown, so pages
 * where it stays closed never load Preact or the UI. Chromium's content script imports it as a
 * module; in Firefox the background injects it as a script into the content script's world, where
 * it leaves `showPanel` on a global of that isolated world (build.mjs).
 */
import { mountPanel, type MountOptions } from './mount.js';
import { pickUiLang, translator } from './i18n.js';

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
  return mountPanel(doc, { report: opts.report, onSelect: opts.onSelect, t: translator(uiLang), explain: (id) => opts.explain(id, uiLang) });
}

(globalThis as Record<string, unknown>)['quellenlagePanel'] = { showPanel };
