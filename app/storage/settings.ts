import { openShared } from './db';

/** The settings table's only reader and writer: one value per key. */

/** Known settings keys, so that a typo is a type error rather than a lost setting. */
export const SETTING_KEYS = ['onboarding-done', 'history'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Reads a setting; undefined when unset. Storage errors propagate (callers describe them). */
export async function getSetting(key: SettingKey): Promise<unknown> {
  const row = await (await openShared()).settings.get(key);
  return row?.value;
}

export async function setSetting(key: SettingKey, value: unknown): Promise<void> {
  await (await openShared()).settings.put({ key, value });
}
