/**
 * The extension's settings. They are read on every page the content script runs on, so the check is
 * a few lines rather than a schema library: a missing or corrupt field falls back to its default.
 */
export const UI_LANGS = ['auto', 'de', 'en'] as const;

/** The sizes the history may be limited to (articles). */
export const HISTORY_LIMITS = [100, 500, 1000, 5000] as const;

export interface Settings {
  /** Open the panel by itself on article pages (else only the toolbar badge shows the count). */
  autoOpen: boolean;
  uiLang: (typeof UI_LANGS)[number];
  /** Keep a local history of analysed articles. */
  history: boolean;
  /** At most this many articles in the history; the oldest go first. */
  historyLimit: (typeof HISTORY_LIMITS)[number];
}
export const DEFAULT_SETTINGS: Settings = { autoOpen: true, uiLang: 'auto', history: true, historyLimit: 1000 };

/** Settings from anything read out of storage: known fields of the right type, defaults for the rest. */
export function parseSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    autoOpen: typeof r['autoOpen'] === 'boolean' ? r['autoOpen'] : DEFAULT_SETTINGS.autoOpen,
    uiLang: UI_LANGS.find((l) => l === r['uiLang']) ?? DEFAULT_SETTINGS.uiLang,
    history: typeof r['history'] === 'boolean' ? r['history'] : DEFAULT_SETTINGS.history,
    historyLimit: HISTORY_LIMITS.find((n) => n === r['historyLimit']) ?? DEFAULT_SETTINGS.historyLimit,
  };
}

interface Area { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }

/** Reads the settings from a storage area; invalid fields take their defaults. */
export async function readSettings(area: Area | undefined): Promise<Settings> {
  if (!area) return DEFAULT_SETTINGS;
  const got = await area.get('settings').catch(() => ({} as Record<string, unknown>));
  return parseSettings(got['settings']);
}

/** Writes the settings. */
export async function writeSettings(area: Area, s: Settings): Promise<void> {
  await area.set({ settings: parseSettings(s) });
}
