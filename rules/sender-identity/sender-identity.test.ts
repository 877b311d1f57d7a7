import { describe, expect, it } from 'vitest';
import { lintText } from '../../test/support/lint.ts';
import rule from './index.ts';
import { runRuleTests } from '../../test/support/rule-tester.ts';

const footer = (text: string) => `<html><body><p>Sale!</p>\n<p>${text}</p><p><a href="https://x.example/unsubscribe">Unsubscribe</a></p></body></html>`;

runRuleTests(rule, {
  valid: [
    { name: 'an in-house sender placeholder from the config', code: footer('Sent by [[brand]]'), settings: { placeholders: { sender: ['[[brand]]'] } } },
    { name: 'a legal form', code: footer('Acme Inc.') },
    { name: 'an Italian company', code: footer('Bottega Ferri S.r.l. — P.IVA 01234567890') },
    { name: 'a German company', code: footer('Muster GmbH') },
    { name: 'a © line', code: footer('© 2025 Greenhouse Gazette') },
    { name: 'a Mailchimp company tag', code: footer('*|LIST:COMPANY|*') },
    { name: 'a Klaviyo organization tag', code: footer('{{ organization.name }}') },
    { name: 'the name before the postal address', code: footer('Fieldnotes, 400 Trailhead Road, Boulder, CO 80302') },
  ],
  invalid: [
    {
      name: 'an in-house sender placeholder without the config',
      code: footer('Sent by [[brand]]'),
      errors: [{ messageId: 'noName', line: 1, column: 7, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'nobody signs the email',
      code: footer('Thanks for reading!'),
      errors: [{ messageId: 'noName', line: 1, column: 7, endLine: 1, endColumn: 13, severity: 1 }],
    },
    {
      name: 'an address with no name',
      code: footer('400 Trailhead Road, Boulder, CO 80302'),
      errors: [{ messageId: 'noName', line: 1, column: 7, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'a message whose From has no address',
      filename: 'm.eml',
      code: 'Subject: Sale\nFrom: Acme News\nContent-Type: text/html; charset=utf-8\n\n<body><p>Sale!</p></body>\n',
      errors: [{ messageId: 'noFrom', line: 2, column: 1, endLine: 2, endColumn: 6 }],
    },
  ],
});

// .eml input: the From header decides (read by the real .eml reader).

describe('sender-identity on a message with headers', () => {
  /** Lints a message whose header lines are given in order (the test's `line` is the index + 1). */
  const lint = async (headers: { name: string; value: string; line: number }[]) => {
    const eml = `${headers.map((h) => `${h.name}: ${h.value}`).join('\n')}\nContent-Type: text/html; charset=utf-8\n\n<body><p>Sale!</p></body>\n`;
    const result = await lintText(eml, {
      filename: 'm.eml',
      config: { rules: { 'sender-identity': { severity: 1, options: {} } }, locales: [], maxFileSize: 1 << 20 },
      rules: [rule],
    });
    return result.messages;
  };
  it('a From header with an address identifies the sender', async () => {
    expect(await lint([{ name: 'From', value: 'Acme News <news@acme.example>', line: 2 }])).toEqual([]);
  });
  it('no From header, or one without an address, is reported', async () => {
    expect(await lint([{ name: 'Subject', value: 'Sale', line: 1 }])).toMatchObject([{ messageId: 'noFrom', line: 1 }]);
    expect(
      await lint([
        { name: 'Subject', value: 'Sale', line: 1 },
        { name: 'From', value: 'Acme News', line: 2 },
      ]),
    ).toMatchObject([{ messageId: 'noFrom', line: 2 }]);
  });
});
