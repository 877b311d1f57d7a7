// Code, doc and tests move together: every registered rule has its README (with its profiles) and its tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presets, rules } from '../rules/index.ts';
import { resolveConfig } from '../linter/config.ts';

const RULES_DIR = path.join(import.meta.dirname, '..', 'rules');
const PROFILES = Object.keys(presets);

describe.each(rules.map((r) => [r.meta.id]))('%s', (id) => {
  const readme = path.join(RULES_DIR, id, 'README.md');
  it('has a README with a Profiles section naming every profile that enables it', () => {
    expect(existsSync(readme)).toBe(true);
    const text = readFileSync(readme, 'utf8');
    const section = text.slice(text.indexOf('## Profiles'));
    expect(section.startsWith('## Profiles')).toBe(true);
    for (const profile of PROFILES) {
      const severity = resolveConfig([{ extends: [`optout-lint:${profile}`] }], { rules, presets }).rules[id]?.severity ?? 0;
      if (severity > 0) expect(section, `${id} README, profile ${profile}`).toMatch(new RegExp(`\`${profile}\`|every profile`));
    }
  });
  it('has tests', () => {
    expect(existsSync(path.join(RULES_DIR, id, `${id}.test.ts`))).toBe(true);
  });
});
