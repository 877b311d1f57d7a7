// The extension's settings in storage.sync. Small on purpose: content scripts import it, and the rules
// registry stays in the background (see settings-config.ts for how settings become a config).
import { browser } from 'wxt/browser';
import type { SeverityName } from '../../linter/types.ts';
import { presets } from '../../rules/presets.ts';

export interface Settings {
  /** Preset name without the `optout-lint:` prefix. */
  profile: string;
  /** 2-letter language codes of the emails. */
  locales: string[];
  /** Per-rule severity override; absent means "as the profile says". */
  severities: Record<string, SeverityName>;
  /** unsubscribe-link-visible thresholds; absent means the rule's defaults. */
  minFontSize?: number;
  minContrast?: number;
  /** Ask before sending a draft that has errors (Gmail, Outlook, Yahoo). */
  guard: boolean;
  /** Per-site switch: adapter ids that are turned off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { profile: 'recommended', locales: [], severities: {}, guard: true, disabledSites: [] };
export const SETTINGS_KEY = 'settings';

/** Anything read from storage is untrusted: keep the known, well-typed fields and drop the rest. */
export function normaliseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const out: Settings = { ...DEFAULT_SETTINGS, severities: {}, locales: [], disabledSites: [] };
  if (typeof v.profile === 'string' && Object.hasOwn(presets, v.profile)) out.profile = v.profile;
  if (Array.isArray(v.locales)) out.locales = v.locales.filter((l): l is string => typeof l === 'string' && /^[a-z]{2}$/i.test(l)).map((l) => l.toLowerCase());
  if (typeof v.severities === 'object' && v.severities !== null) {
    for (const [id, sev] of Object.entries(v.severities)) {
      if (/^[a-z0-9-]{1,64}$/.test(id) && (sev === 'off' || sev === 'warn' || sev === 'error')) out.severities[id] = sev;
    }
  }
  if (typeof v.minFontSize === 'number' && Number.isFinite(v.minFontSize) && v.minFontSize >= 0) out.minFontSize = v.minFontSize;
  if (typeof v.minContrast === 'number' && v.minContrast >= 1 && v.minContrast <= 21) out.minContrast = v.minContrast;
  if (typeof v.guard === 'boolean') out.guard = v.guard;
  if (Array.isArray(v.disabledSites)) out.disabledSites = v.disabledSites.filter((s): s is string => typeof s === 'string');
  return out;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

/** Validates through the engine's config resolver before saving, so a bad value never reaches storage. */
/** `validate` (the engine's config resolver, in the options page) throws on a bad value before anything is saved. */
export async function saveSettings(s: Settings, validate: (s: Settings) => unknown): Promise<void> {
  validate(s);
  const clean = normaliseSettings(s);
  await browser.storage.sync.set({ [SETTINGS_KEY]: clean });
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) listener(normaliseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
