/**
 * The extension's settings. They are read on every page the content script runs on, so the check is
 * a few lines rather than a schema library: a missing or corrupt field falls back to its default.
 */
import { KIND_COLOURS } from '../ui/palette.js';

export const UI_LANGS = ['auto', 'de', 'en'] as const;

export const PANEL_SIDES = ['right', 'left'] as const;

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
  /** Which side of the window the panel docks to. */
  panelSide: (typeof PANEL_SIDES)[number];
  /**
   * Run on every site, not only the listed news sites (with the host permission the reader grants
   * when switching it on); the article detection then decides where the panel appears.
   */
  allSites: boolean;
  /** Sites (host names) where the panel does not open by itself; the toolbar button still works. */
  sitesOff: string[];
  /** Highlight colours of the kinds in educator mode (#rrggbb; light, so that text on them stays readable). */
  colours: Record<'quote' | 'reported' | 'according_to' | 'reportative', string>;
}

/** The host permission that "run on all news sites" asks for (optional_host_permissions in the manifest). */
export const ALL_SITES: string[] = ['http://*/*', 'https://*/*'];

export const DEFAULT_COLOURS: Settings['colours'] = { ...KIND_COLOURS };
const HEX = /^#[0-9a-f]{6}$/i;
export const DEFAULT_SETTINGS: Settings = {
  autoOpen: true,
  uiLang: 'auto',
  history: true,
  historyLimit: 1000,
  panelSide: 'right',
  allSites: false,
  sitesOff: [],
  colours: DEFAULT_COLOURS,
};

/** A host name as the settings keep it: lower case, without "www.", or null when it is none. */
export function normaliseHost(s: string): string | null {
  const h = s
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/:?#].*$/, '')
    .replace(/^www\./, '');
  return /^[a-z0-9.-]+\.[a-z]{2,}$|^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$/.test(h) ? h : null;
}

/** Whether the panel stays closed on a host by the settings (the host or a parent domain is listed). */
export function isSiteOff(settings: Settings, host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return settings.sitesOff.some((s) => h === s || h.endsWith('.' + s));
}

/** Highlight colours: each valid #rrggbb kept, the default for the rest. */
function parseColours(raw: unknown): Settings['colours'] {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const pick = (k: keyof Settings['colours']) =>
    typeof r[k] === 'string' && HEX.test(r[k] as string) ? (r[k] as string).toLowerCase() : DEFAULT_COLOURS[k];
  return {
    quote: pick('quote'),
    reported: pick('reported'),
    according_to: pick('according_to'),
    reportative: pick('reportative'),
  };
}

/** Settings from anything read out of storage: known fields of the right type, defaults for the rest. */
export function parseSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    autoOpen: typeof r['autoOpen'] === 'boolean' ? r['autoOpen'] : DEFAULT_SETTINGS.autoOpen,
    uiLang: UI_LANGS.find((l) => l === r['uiLang']) ?? DEFAULT_SETTINGS.uiLang,
    history: typeof r['history'] === 'boolean' ? r['history'] : DEFAULT_SETTINGS.history,
    historyLimit: HISTORY_LIMITS.find((n) => n === r['historyLimit']) ?? DEFAULT_SETTINGS.historyLimit,
    panelSide: PANEL_SIDES.find((x) => x === r['panelSide']) ?? DEFAULT_SETTINGS.panelSide,
    allSites: typeof r['allSites'] === 'boolean' ? r['allSites'] : DEFAULT_SETTINGS.allSites,
    colours: parseColours(r['colours']),
    sitesOff: Array.isArray(r['sitesOff'])
      ? r['sitesOff']
          .filter((x): x is string => typeof x === 'string')
          .map(normaliseHost)
          .filter((x): x is string => !!x)
      : DEFAULT_SETTINGS.sitesOff,
  };
}

/** The part of a storage area (`browser.storage.local`) that the settings and the history use. */
export interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads the settings from a storage area; invalid fields take their defaults. */
export async function readSettings(area: Area | undefined): Promise<Settings> {
  if (!area) return DEFAULT_SETTINGS;
  const got = await area.get('settings').catch(() => ({}) as Record<string, unknown>);
  return parseSettings(got['settings']);
}

/** Writes the settings. */
export async function writeSettings(area: Area, s: Settings): Promise<void> {
  await area.set({ settings: parseSettings(s) });
}
