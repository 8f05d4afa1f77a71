/**
 * The user's switches, kept in extension storage so every context (popup, background, content scripts)
 * sees the same values and changes reach open tabs through `watch`.
 */
import { storage } from 'wxt/utils/storage';

/** Crosscheck's user settings. */
export interface Settings {
  /** Off everywhere when false. */
  enabled: boolean;
  /** Hostnames where Crosscheck is off. */
  disabledSites: string[];
  /** Open the sidebar by itself when an article is detected (the popup and shortcut always can). */
  autoOpen: boolean;
}

/** Settings for a fresh install. */
export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], autoOpen: true };

/** The settings item; versioned so later shapes can migrate stored values. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Whether Crosscheck should run on a page of this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

/** Turns Crosscheck on or off for one host. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<Settings> {
  const current = await settingsItem.getValue();
  const others = current.disabledSites.filter((h) => h !== host);
  const next = { ...current, disabledSites: enabled ? others : [...others, host] };
  await settingsItem.setValue(next);
  return next;
}

/** Turns Crosscheck on or off everywhere. */
export async function setGlobalEnabled(enabled: boolean): Promise<Settings> {
  const next = { ...(await settingsItem.getValue()), enabled };
  await settingsItem.setValue(next);
  return next;
}
