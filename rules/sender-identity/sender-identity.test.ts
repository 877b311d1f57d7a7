import { describe, expect, it } from 'vitest';
import { EmailDocument } from '../../linter/document.ts';
import { Source } from '../../linter/source.ts';
import { runRules } from '../../linter/run.ts';
import rule from './index.ts';
import { runRuleTests } from '../../test/rule-tester.ts';

const footer = (text: string) => `<html><body><p>Sale!</p>\n<p>${text}</p><p><a href="https://x.example/unsubscribe">Unsubscribe</a></p></body></html>`;

runRuleTests(rule, {
  valid: [
    { name: 'a legal form', code: footer('Acme Inc.') },
    { name: 'an Italian company', code: footer('Bottega Ferri S.r.l. — P.IVA 01234567890') },
    { name: 'a German company', code: footer('Muster GmbH') },
    { name: 'a © line', code: footer('© 2025 Greenhouse Gazette') },
    { name: 'a Mailchimp company tag', code: footer('*|LIST:COMPANY|*') },
    { name: 'a Klaviyo organization tag', code: footer('{{ organization.name }}') },
    { name: 'the name before the postal address', code: footer('Fieldnotes, 400 Trailhead Road, Boulder, CO 80302') },
  ],
  invalid: [
    { name: 'nobody signs the email', code: footer('Thanks for reading!'), errors: [{ messageId: 'noName', line: 1, severity: 1 }] },
    { name: 'an address with no name', code: footer('400 Trailhead Road, Boulder, CO 80302'), errors: [{ messageId: 'noName' }] },
  ],
});

// .eml input: the From header decides (the .eml reader fills `message.headers`).

describe('sender-identity on a message with headers', () => {
  const lint = (headers: { name: string; value: string; line: number }[]) => {
    const doc = EmailDocument.fromHtml(new Source('<body><p>Sale!</p></body>', 'm.eml'), { headers, rendered: true });
    return runRules(doc, { rules: { 'sender-identity': { severity: 1, options: {} } }, locales: [], maxFileSize: 1 << 20 }, [rule]);
  };
  it('a From header with an address identifies the sender', () => {
    expect(lint([{ name: 'From', value: 'Acme News <news@acme.example>', line: 2 }])).toEqual([]);
  });
  it('no From header, or one without an address, is reported', () => {
    expect(lint([{ name: 'Subject', value: 'Sale', line: 1 }])).toMatchObject([{ messageId: 'noFrom', line: 1 }]);
    expect(lint([{ name: 'Subject', value: 'Sale', line: 1 }, { name: 'From', value: 'Acme News', line: 2 }])).toMatchObject([{ messageId: 'noFrom', line: 2 }]);
  });
});
