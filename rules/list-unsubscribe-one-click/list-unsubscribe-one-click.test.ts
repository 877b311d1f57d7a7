import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

const msg = (headers: string) => `From: a@b.example\r\n${headers}\r\n\r\n<a href="https://b.example/unsubscribe">Unsubscribe</a>\r\n`;

runRuleTests(rule, {
  valid: [
    { name: 'compliant message', code: emlFixture('compliant.eml'), filename: 'x.eml' },
    { name: 'no List-Unsubscribe at all (list-unsubscribe-present reports)', code: msg('Subject: x'), filename: 'x.eml' },
    {
      name: 'surrounding whitespace is fine',
      code: msg('List-Unsubscribe: <https://b.example/u>\r\nList-Unsubscribe-Post:   List-Unsubscribe=One-Click  '),
      filename: 'x.eml',
    },
    { name: 'template without headers', code: '<body></body>' },
  ],
  invalid: [
    {
      name: 'typo in the value names the expected one',
      code: emlFixture('one-click-typo.eml'),
      filename: 'x.eml',
      errors: [{ messageId: 'typo', line: 9, column: 24, endLine: 9, endColumn: 49, message: 'did you mean' }],
    },
    {
      name: 'wrong case is a typo too',
      code: msg('List-Unsubscribe: <https://b.example/u>\r\nList-Unsubscribe-Post: list-unsubscribe=one-click'),
      filename: 'x.eml',
      errors: [{ messageId: 'typo', line: 3, column: 24, endLine: 3, endColumn: 50 }],
    },
    {
      name: 'an unrelated value',
      code: msg('List-Unsubscribe: <https://b.example/u>\r\nList-Unsubscribe-Post: yes please'),
      filename: 'x.eml',
      errors: [{ messageId: 'wrongValue', line: 3, column: 24, endLine: 3, endColumn: 34 }],
    },
    {
      name: 'mailto only: nothing to POST to',
      code: emlFixture('one-click-mailto-only.eml'),
      filename: 'x.eml',
      errors: [{ messageId: 'noHttps', line: 7, column: 1, endLine: 7, endColumn: 18, message: 'only mailto:' }],
    },
    {
      name: 'http URI is not enough',
      code: msg('List-Unsubscribe: <http://b.example/u>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click'),
      filename: 'x.eml',
      errors: [{ messageId: 'noHttps', line: 2, column: 1, endLine: 2, endColumn: 18, message: 'http:' }],
    },
    {
      name: 'no List-Unsubscribe-Post',
      code: emlFixture('dkim-unsigned.eml').replace('List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n', ''),
      filename: 'x.eml',
      errors: [{ messageId: 'missingPost', line: 7, column: 1, endLine: 7, endColumn: 18 }],
    },
    {
      name: 'configured headers, esp adds one-click itself',
      code: '<body></body>',
      headers: 'List-Unsubscribe: <https://b.example/u>\n',
      settings: { esp: 'klaviyo' },
      errors: [{ messageId: 'addedByEsp', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 1, message: 'Klaviyo' }],
    },
    {
      name: 'template headers without Post, sent with an ESP that adds it only when configured',
      code: '<body></body>',
      headers: 'List-Unsubscribe: <https://b.example/u>\n',
      settings: { esp: 'sendgrid' },
      errors: [{ messageId: 'espCanAdd', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'SendGrid adds them only with an unsubscribe group' }],
    },
    {
      name: 'Post header twice',
      code: msg(
        'List-Unsubscribe: <https://b.example/u>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ),
      filename: 'x.eml',
      errors: [{ messageId: 'duplicatePost', line: 4, column: 1, endLine: 4, endColumn: 23 }],
    },
  ],
});
