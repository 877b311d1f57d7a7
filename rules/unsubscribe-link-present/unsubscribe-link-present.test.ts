import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

/** An HTML message whose only opt-out is in its text/plain part. */
const ONLY_IN_TEXT = emlFixture('opt-out-only-in-text-part.eml');

runRuleTests(rule, {
  valid: [
    {
      name: 'the only opt-out is in the text/plain part: it exists (unsubscribe-link-visible reports that HTML clients hide it)',
      filename: 'sale.eml',
      code: ONLY_IN_TEXT,
    },
    {
      name: 'a plain-text mailing-list message: the Mailman footer is its opt-out',
      filename: 'list.eml',
      code: 'From: dev-request@lists.example.org\nTo: dev@lists.example.org\nSubject: [dev] Release notes\nContent-Type: text/plain; charset=utf-8\n\nThe 2.0 release is out.\n\n_______________________________________________\ndev mailing list\ndev@lists.example.org\nhttps://lists.example.org/mailman/listinfo/dev\n',
    },
    { name: 'plain link', code: '<html><body><p><a href="https://x.com/unsubscribe?u=1">Unsubscribe</a></p></body></html>' },
    { name: 'Mailchimp tag with ambiguous text', code: '<body><a href="*|UNSUB|*">click here</a></body>' },
    { name: 'SendGrid tag, loose whitespace', code: '<body><a href="{{{ unsubscribe }}}">Opt out</a></body>' },
    {
      name: 'Italian sentence around "clicca qui"',
      code: '<html lang="it"><body><p>Per non ricevere più le nostre email <a href="https://x.it/u">clicca qui</a>.</p></body></html>',
    },
    { name: 'German link', code: '<html lang="de"><body><a href="https://x.de/x">Newsletter abbestellen</a></body></html>' },
    { name: 'image link with alt', code: '<body><a href="https://x.com/u"><img src="u.png" alt="Unsubscribe"></a></body>' },
    { name: 'Campaign Monitor tag renders the link', code: '<body><p><unsubscribe>Unsubscribe</unsubscribe></p></body>' },
    {
      name: 'preferences link counts as an opt-out here (unsubscribe-link-text judges it)',
      code: '<body><a href="https://x.com/p">Manage preferences</a></body>',
    },
    { name: 'uppercase markup', code: '<HTML><BODY><A HREF="https://x.com/unsubscribe">UNSUBSCRIBE</A></BODY></HTML>' },
    {
      name: 'hidden link is still present (visible rule judges it)',
      code: '<body><a style="display:none" href="https://x.com/unsubscribe">Unsubscribe</a></body>',
    },
  ],
  invalid: [
    {
      name: 'no link at all',
      code: '<html>\n<body style="margin:0">\n<p>Buy now!</p>\n</body>\n</html>',
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 24 }],
    },
    {
      name: 'social links are not an opt-out',
      code: '<body><a href="https://twitter.com/acme">Follow us on Twitter</a> <a href="https://acme.com">acme.com</a></body>',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7 }],
    },
    {
      name: 'link only inside an ordinary comment',
      code: '<body>\n<p>Hi</p>\n<!-- <a href="https://x.com/unsubscribe">Unsubscribe</a> -->\n</body>',
      errors: [{ messageId: 'onlyInComment', line: 3, column: 1, endLine: 3, endColumn: 61 }],
    },
    {
      name: 'unclosed comment swallows the footer',
      code: '<body>\n<p>Hi</p>\n<!-- footer\n<p><a href="*|UNSUB|*">Unsubscribe</a></p>\n</body>',
      errors: [{ messageId: 'onlyInComment', line: 3, column: 1, endLine: 5, endColumn: 8 }],
    },
    {
      name: 'instructions without a link',
      code: '<body><p>To unsubscribe, reply to this email with STOP.</p></body>',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7, message: 'Unsubscribe' }],
    },
    {
      name: 'esp setting picks the example tag',
      code: '<body><p>Sale</p></body>',
      settings: { esp: 'mailchimp' },
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7, message: '*|UNSUB|*' }],
    },
  ],
});
