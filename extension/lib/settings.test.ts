import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, normaliseSettings, onSettingsChanged, saveSettings, type Settings } from './settings.ts';
import { knownRulesOnly, resolveSettings, toConfig } from './settings-config.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings in storage.sync', () => {
  it('defaults when nothing is stored, and round-trips what the options page saves', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const s: Settings = {
      profile: 'recommended',
      locales: ['it', 'en'],
      severities: { 'unsubscribe-link-text': 'error' },
      minFontSize: 11,
      guard: false,
      disabledSites: ['yahoo'],
    };
    await saveSettings(s, resolveSettings);
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual({ [SETTINGS_KEY]: s });
    expect(await loadSettings()).toEqual(s);
  });

  it("refuses invalid values with the config resolver's message and saves nothing", async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, locales: ['english'] }, resolveSettings)).rejects.toThrow('locales[0]: expected a 2-letter language code');
    await expect(saveSettings({ ...DEFAULT_SETTINGS, minContrast: 40 }, resolveSettings)).rejects.toThrow('rules.unsubscribe-link-visible.minContrast');
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual({});
  });

  it('drops junk read from storage', () => {
    expect(
      normaliseSettings({
        profile: 'nope',
        locales: ['IT', 3, 'xyz'],
        severities: { 'unsubscribe-link-text': 'loud', 'unsubscribe-link-href': 'warn' },
        guard: 'yes',
        minFontSize: -1,
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, locales: ['it'], severities: { 'unsubscribe-link-href': 'warn' } });
    expect(knownRulesOnly({ ...DEFAULT_SETTINGS, severities: { 'removed-rule': 'off', 'unsubscribe-link-text': 'off' } }).severities).toEqual({
      'unsubscribe-link-text': 'off',
    });
  });

  it('notifies content scripts of changes', async () => {
    const seen: Settings[] = [];
    onSettingsChanged((s) => seen.push(s));
    await saveSettings({ ...DEFAULT_SETTINGS, guard: false }, resolveSettings);
    expect(seen.at(-1)?.guard).toBe(false);
  });
});

describe('settings → the CLI config schema', () => {
  it('maps profile, locales, severities and thresholds', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, locales: ['it'], severities: { 'unsubscribe-link-text': 'off' }, minFontSize: 12, minContrast: 4.5 };
    expect(toConfig(s)).toEqual({
      extends: ['optout-lint:recommended'],
      locales: ['it'],
      rules: { 'unsubscribe-link-text': 'off', 'unsubscribe-link-visible': ['error', { minFontSize: 12, minContrast: 4.5 }] },
    });
    const resolved = resolveSettings(s);
    expect(resolved.rules['unsubscribe-link-text']?.severity).toBe(0);
    expect(resolved.rules['unsubscribe-link-visible']).toEqual({ severity: 2, options: { minFontSize: 12, minContrast: 4.5 } });
    expect(resolved.locales).toEqual(['it']);
  });
  it('defaults resolve exactly like the CLI without a config file', async () => {
    const { resolveConfig } = await import('../../linter/config.ts');
    const { rules, presets } = await import('../../rules/index.ts');
    expect(resolveSettings(DEFAULT_SETTINGS)).toEqual(resolveConfig([], { rules, presets }));
  });
});
