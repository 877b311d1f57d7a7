import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

runRuleTests(rule, {
  valid: [
    { name: 'compliant message', code: emlFixture('compliant.eml'), filename: 'x.eml' },
    { name: 'templates are meant to hold placeholders', code: '<body><a href="*|UNSUB|*">Unsubscribe</a></body>' },
    { name: 'the DKIM signature is not searched', code: 'From: a@b.example\r\nDKIM-Signature: b=%unsubscribe_url%\r\n\r\nhi\r\n', filename: 'x.eml' },
  ],
  invalid: [
    {
      name: 'placeholders left in the header, the text part and the HTML part',
      code: emlFixture('merge-tag-unrendered.eml'),
      filename: 'x.eml',
      errors: [
        { messageId: 'header', line: 7, column: 20, endLine: 7, endColumn: 37 },
        { messageId: 'plainText', line: 22, column: 14, endLine: 22, endColumn: 23 },
        { messageId: 'body', line: 32, column: 38, endLine: 32, endColumn: 47, message: '*|UNSUB|*' },
      ],
    },
    {
      name: 'percent-encoded placeholder in a 7bit part',
      code: 'From: a@b.example\r\nContent-Type: text/html\r\n\r\n<p>Sale</p>\r\n<a href="%7B%7B%7Bunsubscribe%7D%7D%7D">Unsubscribe</a>\r\n',
      filename: 'x.eml',
      errors: [{ messageId: 'body', line: 5, column: 10, endLine: 5, endColumn: 39 }],
    },
  ],
});
