import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

runRuleTests(rule, {
  valid: [
    { name: 'compliant message: h= covers both', code: emlFixture('compliant.eml'), filename: 'x.eml' },
    {
      name: 'one of several signatures covers both',
      code: 'From: a@b.example\r\nDKIM-Signature: v=1; d=list.example; h=from:subject\r\nDKIM-Signature: v=1; d=b.example; h=From:List-Unsubscribe:\r\n List-Unsubscribe-Post\r\nList-Unsubscribe: <https://b.example/u>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n\r\nx\r\n',
      filename: 'x.eml',
    },
    { name: 'without List-Unsubscribe there is nothing to cover', code: emlFixture('no-list-unsubscribe.eml'), filename: 'x.eml' },
    { name: 'templates are never signed: the rule needs a sent message', code: '<body></body>', headers: 'List-Unsubscribe: <https://b.example/u>\n' },
  ],
  invalid: [
    {
      name: 'h= misses List-Unsubscribe-Post (OpenDKIM default)',
      code: emlFixture('dkim-not-covered.eml'),
      filename: 'x.eml',
      errors: [{ messageId: 'notCovered', line: 11, column: 4, endLine: 11, endColumn: 52, message: 'List-Unsubscribe-Post' }],
    },
    {
      name: 'no signature at all is a warning',
      code: emlFixture('dkim-unsigned.eml'),
      filename: 'x.eml',
      errors: [{ messageId: 'unsigned', line: 7, column: 1, endLine: 7, endColumn: 18, severity: 1 }],
    },
    {
      name: 'signature covers neither',
      code: 'From: a@b.example\r\nList-Unsubscribe: <https://b.example/u>\r\nDKIM-Signature: v=1; d=b.example; h=from:to\r\n\r\nx\r\n',
      filename: 'x.eml',
      errors: [{ messageId: 'notCovered', line: 3, column: 37, endLine: 3, endColumn: 44, message: 'covers List-Unsubscribe:' }],
    },
  ],
});
