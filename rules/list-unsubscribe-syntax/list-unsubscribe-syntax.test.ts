import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

const msg = (lu: string) => `From: a@b.example\r\n${lu}\r\nSubject: x\r\n\r\n<a href="https://b.example/unsubscribe">Unsubscribe</a>\r\n`;

runRuleTests(rule, {
  valid: [
    { name: 'compliant message (folded, https + mailto)', code: emlFixture('compliant.eml'), filename: 'x.eml' },
    { name: 'mailto only', code: msg('List-Unsubscribe: <mailto:u@b.example?subject=unsubscribe>'), filename: 'x.eml' },
    { name: 'comment between URIs', code: msg('List-Unsubscribe: <https://b.example/u> (web), <mailto:u@b.example>'), filename: 'x.eml' },
    { name: 'configured headers', code: '<body></body>', headers: 'List-Unsubscribe: <https://b.example/u>' },
    { name: "no header at all is list-unsubscribe-present's business", code: msg('X-Other: 1'), filename: 'x.eml' },
  ],
  invalid: [
    {
      name: 'no brackets, http, missing comma, bad scheme',
      code: emlFixture('list-unsubscribe-syntax.eml'),
      filename: 'x.eml',
      errors: [
        { messageId: 'noBrackets', line: 7, column: 19, endLine: 7, endColumn: 48 },
        { messageId: 'http', line: 7, column: 50, endLine: 7, endColumn: 80, severity: 1 },
        { messageId: 'missingComma', line: 8, column: 2, endLine: 8, endColumn: 3 },
        { messageId: 'badScheme', line: 8, column: 2, endLine: 8, endColumn: 24 },
      ],
    },
    {
      name: 'RFC 2047 encoded-word over folded lines',
      code: emlFixture('encoded-word.eml'),
      filename: 'x.eml',
      errors: [{ messageId: 'encodedWord', line: 7, column: 19, endLine: 7, endColumn: 73 }],
    },
    {
      name: 'duplicated header',
      code: emlFixture('duplicate-headers.eml'),
      filename: 'x.eml',
      errors: [{ messageId: 'duplicate', line: 10, column: 1, endLine: 10, endColumn: 18 }],
    },
    {
      name: 'unclosed bracket',
      code: msg('List-Unsubscribe: <https://b.example/u'),
      filename: 'x.eml',
      errors: [{ messageId: 'unclosed', line: 2, column: 19, endLine: 2, endColumn: 39 }],
    },
    {
      name: 'empty brackets',
      code: msg('List-Unsubscribe: <>, <mailto:u@b.example>'),
      filename: 'x.eml',
      errors: [{ messageId: 'empty', line: 2, column: 19, endLine: 2, endColumn: 21 }],
    },
    {
      name: 'invalid mailto',
      code: msg('List-Unsubscribe: <mailto:nobody>'),
      filename: 'x.eml',
      errors: [{ messageId: 'invalidUri', line: 2, column: 19, endLine: 2, endColumn: 34 }],
    },
    {
      name: 'configured headers point at line 1 with the header line',
      code: '<body></body>',
      headers: 'From: a@b.example\nList-Unsubscribe: https://b.example/u\n',
      errors: [{ messageId: 'noBrackets', line: 1, column: 1, endLine: 1, endColumn: 1, message: '(configured headers, line 2)' }],
    },
  ],
});
