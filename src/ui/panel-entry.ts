/**
 * The panel as a file of its own (dist/…/panel.js), loaded only when the panel is shown, so pages
 * where it stays closed never load Preact or the UI. Chromium's content script imports it as a
 * module; in Firefox the background injects it as a script into the content script's world, where
 * it leaves `showPanel` on a global of that isolated world (build.mjs).
 */
import { mountPanel, type MountOptions } from './mount.js';
import { pickUiLang, translator } from './i18n.js';
import { sourcingHtml } from './export.js';
import { download } from './download.js';
import explanations from 'quellenlage:explanations';
import { cueFamily } from '../core/vocabulary.js';

export interface ShowOptions extends Omit<MountOptions, 't' | 'explain'> {
  /** The browser's UI language and the language chosen on the options page ("auto", "de", "en"). */
  browserLang: string | undefined;
  settingLang: string;
}

/** The explanation of a cue of a text in `lang` (any language when null), in the UI language. */
function explain(cueId: string, lang: string | null, uiLang: 'de' | 'en'): string | null {
  // (a verb of saying by its family's entry: "verb:sagen" → "verb", as explainCue does)
  const family = cueFamily(cueId);
  const e = (lang ? [lang] : Object.keys(explanations))
    .map((l) => explanations[l]?.[cueId] ?? explanations[l]?.[family])
    .find(Boolean);
  return e ? e[uiLang] : null;
}

/** Shows the panel; returns a function that removes it. */
export function showPanel(doc: Document, opts: ShowOptions): () => void {
  const uiLang = pickUiLang(opts.browserLang, opts.settingLang);
  const t = translator(uiLang);
  const why = (id: string) => explain(id, opts.report.lang, uiLang);
  const onExport = () => {
    const host = (() => {
      try {
        return new URL(opts.report.url ?? '').hostname;
      } catch {
        return 'page';
      }
    })();
    download(
      doc,
      `quellenlage-${host}-${new Date().toISOString().slice(0, 10)}.html`,
      new Blob([sourcingHtml(opts.report, t, uiLang, why)], { type: 'text/html' }),
    );
  };
  return mountPanel(doc, { ...opts, t, explain: why, onExport });
}

(globalThis as Record<string, unknown>)['quellenlagePanel'] = { showPanel };
