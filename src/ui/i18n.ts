/**
 * UI text from the extension's `_locales` files, so that the panel can follow the browser language
 * or a language chosen on the options page (browser.i18n can only do the former).
 */
import de from '../../_locales/de/messages.json';
import en from '../../_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGS: Record<string, Messages> = { de, en };

export type Translate = (key: string, ...subs: Array<string | number>) => string;

/** The UI language for a browser language and an optional override ("de", "en" or "auto"). */
export function pickUiLang(browserLang: string | undefined, override: string | undefined): 'de' | 'en' {
  const l = override && override !== 'auto' ? override : (browserLang ?? 'en');
  return l.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** A translator for one language; unknown keys fall back to English, then to the key. */
export function translator(lang: 'de' | 'en'): Translate {
  return (key, ...subs) => {
    const m = CATALOGS[lang]![key] ?? CATALOGS['en']![key];
    if (!m) return key;
    let s = m.message;
    for (const [name, ph] of Object.entries(m.placeholders ?? {})) {
      const n = Number(ph.content.replace('$', '')) - 1;
      s = s.replace(new RegExp('\\$' + name + '\\$', 'gi'), String(subs[n] ?? ''));
    }
    return s;
  };
}
