import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

const alt = (text: string) =>
  `From: a@b.example\r\nContent-Type: multipart/alternative; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--x\r\nContent-Type: text/html\r\n\r\n<p><a href="https://t.example/r/9">Unsubscribe</a></p>\r\n--x--\r\n`;

runRuleTests(rule, {
  valid: [
    { name: 'compliant message', code: emlFixture('compliant.eml'), filename: 'x.eml' },
    { name: 'same URL as the HTML opt-out link', code: alt('Bye\r\n\r\nhttps://t.example/r/9'), filename: 'x.eml' },
    { name: 'label on the line before (Inxmail style)', code: alt('Newsletter abbestellen\r\n  https://t.example/zz'), filename: 'x.eml' },
    { name: 'markdown link', code: alt('[Abmelden](https://t.example/zz)'), filename: 'x.eml' },
    { name: 'URL path says so', code: alt('Bye: https://t.example/unsubscribe?u=1'), filename: 'x.eml' },
    { name: 'mailto with unsubscribe subject', code: alt('Write to mailto:list@b.example?subject=unsubscribe'), filename: 'x.eml' },
    { name: 'HTML-only message: nothing to check', code: emlFixture('html-only.eml'), filename: 'x.eml' },
    { name: 'text-only message: the body rules judge it', code: emlFixture('text-only.eml'), filename: 'x.eml' },
    { name: 'nested multipart, latin-1 quoted-printable', code: emlFixture('nested-latin1.eml'), filename: 'x.eml' },
  ],
  invalid: [
    {
      name: 'text part without an opt-out URL',
      code: emlFixture('plain-text-missing.eml'),
      filename: 'x.eml',
      errors: [{ messageId: 'missing', line: 21, column: 1, endLine: 21, endColumn: 1, severity: 1, message: 'https://acme.example/u/3f9a2c' }],
    },
    {
      name: 'a homepage URL is not an opt-out',
      code: alt('Visit us: https://b.example/'),
      filename: 'x.eml',
      errors: [{ messageId: 'missing', line: 7, column: 1, endLine: 7, endColumn: 1 }],
    },
  ],
});
