import rule from './index.ts';
import { emlFixture, runRuleTests } from '../../test/support/rule-tester.ts';

/** An HTML message whose only opt-out is in its text/plain part. */
const ONLY_IN_TEXT = emlFixture('opt-out-only-in-text-part.eml');

/** A refusal sentence as the whole link text, in each supported language: explicit enough to be the opt-out. */
const REFUSALS: [lang: string, text: string][] = [
  ['en', "I don't want to receive these emails anymore"],
  ['it', 'Non voglio più ricevere comunicazioni'],
  ['de', 'Ich möchte den Newsletter nicht mehr erhalten'],
  ['fr', 'Je ne souhaite plus recevoir cette newsletter'],
  ['es', 'No quiero recibir más correos'],
  ['pt', 'Não quero mais receber estes emails'],
  ['nl', 'Ik wil deze nieuwsbrief niet meer ontvangen'],
  ['pl', 'Nie chcę otrzymywać więcej wiadomości'],
  ['sv', 'Jag vill inte längre få nyhetsbrevet'],
  ['da', 'Jeg ønsker ikke længere at modtage nyhedsbrevet'],
];

/** A bare "here" whose sentence says what it does, the purpose before or after it (verbs, nouns, imperatives). */
const CLICK_HERE_SENTENCES: [lang: string, html: string][] = [
  ['en', 'To stop receiving these emails, tap <a href="https://news.example.com/u/1">here</a>.'],
  ['it', 'Per disiscriverti clicca <a href="https://news.example.com/u/1">qui</a>.'],
  ['de', 'Tippe <a href="https://news.example.com/u/1">hier</a>, um dich auszutragen.'],
  ['de', 'Klicken Sie <a href="https://news.example.com/u/1">hier</a>, um sich vom Newsletter abzumelden.'],
  ['fr', 'Pour vous désinscrire, cliquez <a href="https://news.example.com/u/1">ici</a>.'],
  ['es', 'Para darte de baja haz clic <a href="https://news.example.com/u/1">aquí</a>.'],
  ['pt', 'Para cancelar a subscrição clique <a href="https://news.example.com/u/1">aqui</a>.'],
  ['nl', 'Klik <a href="https://news.example.com/u/1">hier</a> om je af te melden.'],
  ['pl', 'Kliknij <a href="https://news.example.com/u/1">tutaj</a>, aby zrezygnować z subskrypcji.'],
  ['sv', 'Klicka <a href="https://news.example.com/u/1">här</a> för att avregistrera dig.'],
  ['da', 'Klik <a href="https://news.example.com/u/1">her</a> for at afmelde dig.'],
];

/** A text/plain-only message whose opt-out line is in `lang`. */
const plainMessage = (line: string) =>
  `From: news@example.com\nTo: a@example.org\nSubject: News\nContent-Type: text/plain; charset=utf-8\n\nThis week's news.\n\n${line}\n`;
const PLAIN_LINES: [lang: string, line: string][] = [
  ['en', 'To stop receiving these emails, reply STOP or visit https://news.example.com/x/1'],
  ['en', '[Unsubscribe](https://news.example.com/x/1)'],
  ['it', 'Non vuoi più ricevere le nostre email?\nhttps://news.example.com/x/1'],
  ['de', 'Newsletter abbestellen:\n  https://news.example.com/x/1'],
  ['fr', 'Se désinscrire : <https://news.example.com/x/1>'],
  ['es', 'Si no quieres recibir más correos, date de baja aquí: https://news.example.com/x/1'],
  ['pt', 'Para deixar de receber estes emails, clique aqui: https://news.example.com/x/1'],
  ['nl', 'Wil je deze nieuwsbrief niet meer ontvangen? Meld je hier af: https://news.example.com/x/1'],
  ['pl', 'Aby zrezygnować z subskrypcji, kliknij: https://news.example.com/x/1'],
  ['sv', 'Avsluta prenumerationen: https://news.example.com/x/1'],
  ['da', 'Ønsker du ikke længere at modtage nyhedsbrevet, kan du framelde dig her: https://news.example.com/x/1'],
];

runRuleTests(rule, {
  valid: [
    ...REFUSALS.map(([lang, text]) => ({
      name: `${lang}: the refusal sentence "${text}" is the link text`,
      code: `<html lang="${lang}"><body><p><a href="https://news.example.com/u/1">${text}</a></p></body></html>`,
    })),
    ...CLICK_HERE_SENTENCES.map(([lang, html]) => ({
      name: `${lang}: ${html.replace(/<[^<>]*>/g, '')}`,
      code: `<html lang="${lang}"><body><p>${html}</p></body></html>`,
    })),
    {
      name: 'a text/plain-only message that repeats its List-Unsubscribe URL in the text, with no words around it',
      filename: 'digest.eml',
      code: 'From: news@example.com\nTo: a@example.org\nSubject: Digest\nList-Unsubscribe: <https://news.example.com/l/9f8e7d>\nContent-Type: text/plain; charset=utf-8\n\nThis week: three stories.\n\n--\nhttps://news.example.com/l/9f8e7d\n',
    },
    ...PLAIN_LINES.map(([lang, line]) => ({ name: `${lang}, text/plain only: ${line.split('\n')[0]}`, filename: 'news.eml', code: plainMessage(line) })),
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
      name: 'a text/plain-only message whose URLs say nothing of opting out',
      filename: 'news.eml',
      code: plainMessage('Read more on our blog: https://news.example.com/blog/1\nFollow us: https://news.example.com/social'),
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 1 }],
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
