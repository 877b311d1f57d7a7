import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

const BODY = '<body><p>Sale</p><p><a href="*|UNSUB|*">Unsubscribe</a></p></body>';

runRuleTests(rule, {
  valid: [
    { name: 'compliant message', code: emlFixture('compliant.eml'), filename: 'x.eml' },
    { name: 'a template without headers skips the header rules', code: BODY },
    { name: 'configured headers with List-Unsubscribe', code: BODY, headers: 'From: a@b.example\nList-Unsubscribe: <https://b.example/u>\n' },
    { name: 'case-insensitive name', code: 'From: a@b.example\r\nlist-unsubscribe: <https://b.example/u>\r\n\r\nhi\r\n', filename: 'x.eml' },
  ],
  invalid: [
    {
      name: 'message without List-Unsubscribe',
      code: emlFixture('no-list-unsubscribe.eml'),
      filename: 'x.eml',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 6, severity: 2 }],
    },
    {
      name: 'configured headers without it point at line 1 and say so',
      code: BODY,
      headers: 'From: a@b.example\nSubject: Sale\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 1, message: '(configured headers)' }],
    },
    {
      name: 'esp that adds the headers: a warning that says so',
      code: BODY,
      headers: 'From: a@b.example\n',
      settings: { esp: 'mailchimp' },
      errors: [{ messageId: 'addedByEsp', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 1, message: 'Mailchimp adds both headers' }],
    },
    {
      name: 'esp that adds them only when configured: still an error, with the setting to switch on',
      code: BODY,
      headers: 'From: a@b.example\n',
      settings: { esp: 'sendgrid' },
      errors: [{ messageId: 'espCanAdd', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 2, message: 'subscription tracking' }],
    },
    {
      name: 'the esp is no excuse for a sent message',
      code: emlFixture('no-list-unsubscribe.eml'),
      filename: 'x.eml',
      settings: { esp: 'mailchimp' },
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 6, severity: 2 }],
    },
    {
      name: 'empty value',
      code: 'From: a@b.example\r\nList-Unsubscribe:\r\n\r\nhi <a href="https://b.example/unsubscribe">Unsubscribe</a>\r\n',
      filename: 'x.eml',
      errors: [{ messageId: 'empty', line: 2, column: 1, endLine: 2, endColumn: 18 }],
    },
  ],
});
