// Every header/message rule fires on its own broken fixture, and the compliant message is silent under all rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from './support/lint.ts';
import { resolveConfig } from '../linter/config.ts';
import { presets, rules } from '../rules/index.ts';

const config = resolveConfig([], { rules, presets });
const lint = async (name: string) => {
  const text = readFileSync(new URL(`./fixtures/eml/${name}`, import.meta.url), 'utf8');
  return (await lintText(text, { filename: name, config, rules })).messages;
};

describe('eml fixtures with the recommended preset', () => {
  it('compliant.eml is silent', async () => {
    expect(await lint('compliant.eml')).toEqual([]);
  });

  it.each([
    ['no-list-unsubscribe.eml', ['list-unsubscribe-present:missing']],
    [
      'list-unsubscribe-syntax.eml',
      ['list-unsubscribe-syntax:noBrackets', 'list-unsubscribe-syntax:http', 'list-unsubscribe-syntax:missingComma', 'list-unsubscribe-syntax:badScheme'],
    ],
    ['encoded-word.eml', ['list-unsubscribe-syntax:encodedWord']],
    ['one-click-typo.eml', ['list-unsubscribe-one-click:typo']],
    ['one-click-mailto-only.eml', ['list-unsubscribe-one-click:noHttps']],
    ['dkim-not-covered.eml', ['list-unsubscribe-dkim:notCovered']],
    ['dkim-unsigned.eml', ['list-unsubscribe-dkim:unsigned']],
    ['duplicate-headers.eml', ['list-unsubscribe-syntax:duplicate']],
    ['plain-text-missing.eml', ['plain-text-unsubscribe:missing']],
    ['base64-html.eml', ['unsubscribe-link-visible:hidden']],
    ['nested-latin1.eml', ['unsubscribe-link-text:ambiguous']],
    ['html-only.eml', []],
    ['text-only.eml', []],
  ])('%s', async (name, expected) => {
    const got = (await lint(name)).map((m) => `${m.ruleId}:${m.messageId}`);
    expect(got.sort()).toEqual([...expected].sort());
  });

  it('merge-tag-unrendered.eml: placeholders in header, text and HTML', async () => {
    const got = (await lint('merge-tag-unrendered.eml')).filter((m) => m.ruleId === 'merge-tag-unrendered').map((m) => m.messageId);
    expect(got).toEqual(['header', 'plainText', 'body']);
  });

  it('nested latin-1 quoted-printable: the link line of the .eml, across a soft line break', async () => {
    const [m] = await lint('nested-latin1.eml');
    expect(m).toMatchObject({ line: 30, column: 39, endLine: 31, endColumn: 8 });
    expect(m!.message).toContain('cliquez ici');
  });
});
