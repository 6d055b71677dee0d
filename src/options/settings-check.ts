/**
 * The settings checked against a zod schema where the weight does not matter (background, options
 * page): a damaged or older-format settings object is found, reported and written back repaired,
 * every valid field kept. The content script reads settings with the light field-by-field check
 * in settings.ts, which gives the same result.
 */
import * as z from 'zod/mini';
import { HISTORY_LIMITS, PANEL_SIDES, parseSettings, UI_LANGS, type Area, type Settings } from './settings.js';

const hex = z.string().check(z.regex(/^#[0-9a-f]{6}$/i));

export const SettingsSchema = z.object({
  autoOpen: z.boolean(),
  uiLang: z.enum(UI_LANGS),
  history: z.boolean(),
  historyLimit: z.union(HISTORY_LIMITS.map((n) => z.literal(n))),
  panelSide: z.enum(PANEL_SIDES),
  allSites: z.boolean(),
  sitesOff: z.array(z.string()),
  colours: z.object({ quote: hex, reported: hex, according_to: hex, reportative: hex }),
});

// the schema and the interface describe the same settings
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.infer<typeof SettingsSchema>, Settings> = true;
void same;

/**
 * Checks the stored settings; when they are damaged (a field of the wrong type, an unknown value) or
 * older (a field missing), writes them back with every valid field kept and the rest at its default.
 * Returns the names of the fields that were repaired (empty when nothing was wrong or nothing is stored).
 */
export async function repairSettings(area: Area): Promise<string[]> {
  const raw = (await area.get('settings').catch(() => ({}) as Record<string, unknown>))['settings'];
  if (raw === undefined) return [];
  const checked = SettingsSchema.safeParse(raw);
  if (checked.success) return [];
  const fields = [...new Set(checked.error.issues.map((i) => String(i.path[0] ?? 'settings')))];
  const repaired: Settings = parseSettings(raw);
  await area.set({ settings: repaired });
  console.warn(`[Quellenlage] settings repaired (${fields.join(', ')}): defaults for those fields, the rest kept`);
  return fields;
}
