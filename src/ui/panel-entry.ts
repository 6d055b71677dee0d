/**
 * The panel as a module of its own (dist/…/panel.js): the content script imports it only when it
 * shows the panel, so pages where the panel stays closed never load Preact or the UI.
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
