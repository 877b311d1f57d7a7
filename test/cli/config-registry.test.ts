// resolveConfig with the real rules and presets.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../linter/config.ts';
import { presets, rules } from '../../rules/index.ts';

describe('the real registry', () => {
  it('recommended names only registered rules, with the documented severities', () => {
    const r = resolveConfig([], { rules, presets });
    expect(Object.fromEntries(Object.entries(r.rules).map(([id, s]) => [id, s.severity]))).toEqual({
      'unsubscribe-link-present': 2,
      'unsubscribe-link-visible': 2,
      'unsubscribe-link-text': 1,
      'unsubscribe-link-href': 2,
      'list-unsubscribe-present': 2,
      'list-unsubscribe-syntax': 2,
      'list-unsubscribe-one-click': 2,
      'list-unsubscribe-dkim': 2,
      'plain-text-unsubscribe': 1,
      'merge-tag-unrendered': 2,
      'list-unsubscribe-endpoint': 2,
      'unsubscribe-wording': 2,
      'unsubscribe-link-prominent': 1,
      'unsubscribe-link-language': 1,
      'postal-address': 1,
      'sender-identity': 1,
    });
    for (const id of Object.keys(r.rules)) expect(rules.map((x) => x.meta.id)).toContain(id);
  });

  it('every profile resolves, names only registered rules, and sets the documented delay', () => {
    for (const name of ['recommended', 'strict', 'gmail-yahoo', 'can-spam', 'casl', 'gdpr-eu']) {
      const r = resolveConfig([{ extends: [`optout-lint:${name}`] }], { rules, presets });
      for (const id of Object.keys(r.rules)) expect(rules.map((x) => x.meta.id)).toContain(id);
    }
    const delay = (p: string) => resolveConfig([{ extends: [`optout-lint:${p}`] }], { rules, presets }).rules['unsubscribe-wording']?.options;
    expect(delay('gmail-yahoo')).toEqual({ maxDelayBusinessDays: 2 });
    expect(delay('can-spam')).toEqual({ maxDelayBusinessDays: 10 });
    const sev = (p: string) => resolveConfig([{ extends: [`optout-lint:${p}`] }], { rules, presets }).rules['postal-address']?.severity;
    expect([sev('recommended'), sev('can-spam'), sev('casl'), sev('gmail-yahoo')]).toEqual([1, 2, 2, 0]);
  });

  it('validates unsubscribe-link-visible options from its meta', () => {
    expect(() => resolveConfig([{ rules: { 'unsubscribe-link-visible': ['error', { minFontSize: 'big' }] } }], { rules, presets })).toThrow(
      'rules.unsubscribe-link-visible.minFontSize: expected a number ≥ 0 (got "big")',
    );
    const ok = resolveConfig([{ rules: { 'unsubscribe-link-visible': ['error', { minFontSize: 12, minContrast: 4.5 }] } }], { rules, presets });
    expect(ok.rules['unsubscribe-link-visible']?.options).toEqual({ minFontSize: 12, minContrast: 4.5 });
  });
});
