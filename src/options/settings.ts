/** The extension's settings, validated by zod: a missing or corrupt object falls back to defaults. */
import { z } from 'zod';

export const Settings = z.object({
  autoOpen: z.boolean().catch(true),
  uiLang: z.enum(['auto', 'de', 'en']).catch('auto'),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = { autoOpen: true, uiLang: 'auto' };

interface Area { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }

/** Reads the settings from a storage area; invalid fields take their defaults. */
export async function readSettings(area: Area | undefined): Promise<Settings> {
  if (!area) return DEFAULT_SETTINGS;
  const got = await area.get('settings').catch(() => ({} as Record<string, unknown>));
  const raw = got['settings'];
  return Settings.parse(raw && typeof raw === 'object' ? { ...DEFAULT_SETTINGS, ...raw } : DEFAULT_SETTINGS);
}

/** Writes the settings. */
export async function writeSettings(area: Area, s: Settings): Promise<void> {
  await area.set({ settings: Settings.parse(s) });
}
