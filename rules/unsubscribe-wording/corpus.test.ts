// False positives on real, compliant templates (../shared/corpus, hand-labelled in MANIFEST.tsv): none allowed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import rule from './index.ts';
import { lintWithRule } from '../../test/support/rule-tester.ts';

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const present = existsSync(new URL('MANIFEST.tsv', corpus));

function files(): string[] {
  if (!present) return [];
  return ['html', 'mjml', 'eml'].flatMap((dir) => readdirSync(new URL(`${dir}/`, corpus)).map((f) => `${dir}/${f}`));
}

/** The HTML body of an .eml (or its text part in <pre>), so the test does not depend on the .eml reader. */
async function bodyOf(file: string): Promise<{ code: string; filename: string }> {
  const raw = readFileSync(new URL(file, corpus));
  if (!file.endsWith('.eml')) return { code: raw.toString('utf8'), filename: file };
  const mail = await PostalMime.parse(raw);
  const html = mail.html ?? `<pre>${(mail.text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`;
  return { code: html, filename: file.replace(/\.eml$/, '.html') };
}

describe.skipIf(!present)('unsubscribe-wording on the corpus', () => {
  it.each(files())('%s', async (file) => {
    const { code, filename } = await bodyOf(file);
    // Only this rule's findings: the corpus's MJML templates name partials the corpus does not hold.
    const messages = (await lintWithRule(rule, { code, filename })).messages.filter((m) => m.ruleId === rule.meta.id);
    // mikel-mail 7-bit (labelled "requires login"): "To unsubscribe click here <URL>, log in to the Account Center, and
    // change your settings" and "…change your Account Center preferences, click here <URL> and log in": two true positives.
    const expected = file.includes('content_transfer_encoding_7-bit') ? ['login', 'login'] : [];
    expect(
      messages.map((m) => m.messageId),
      messages.map((m) => m.message).join('\n'),
    ).toEqual(expected);
  });
});
