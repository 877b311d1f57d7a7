import { describe, expect, it } from 'vitest';
import rule from './index.ts';
import { runRuleTests } from '../../test/support/rule-tester.ts';
import { WORDING_CASES, page } from './cases.ts';

const a = (text: string) => `<a href="https://news.example/unsubscribe">${text}</a>`;

/** Where a cue is reported in `page()`'s markup (line 2, the paragraph): its phrase, or the whole link for confirmshaming link text. */
function cueSpan(code: string, cue: string, phrase: string) {
  const line = code.split('\n')[1]!;
  if (cue === 'confirmshaming') return { line: 2, column: line.indexOf('<a') + 1, endLine: 2, endColumn: line.indexOf('</a>') + '</a>'.length + 1 };
  const column = line.toLowerCase().indexOf(phrase.toLowerCase()) + 1;
  return { line: 2, column, endLine: 2, endColumn: column + phrase.length };
}

// Every cue in every language: an incorrect and a correct case each (cases.ts).
const perCue = Object.entries(WORDING_CASES).flatMap(([lang, cases]) => Object.entries(cases).map(([cue, c]) => ({ lang, cue, ...c })));

/** "Service notices cannot be turned off" next to a working marketing opt-out, in several languages: not obstruction. */
const SERVICE_MAIL_STAYS: [lang: string, text: string][] = [
  ['en', `Transactional messages about your orders cannot be unsubscribed from. ${a('Unsubscribe')} from marketing emails.`],
  ['de', `Servicemitteilungen zu deinem Konto können nicht abbestellt werden. ${a('Newsletter abbestellen')}`],
  ['it', `Le comunicazioni di servizio non possono essere disattivate. ${a('Disiscriviti')} dalla newsletter.`],
  ['fr', `Les messages de service ne peuvent pas être désactivés. ${a('Se désinscrire')} de la newsletter.`],
  ['es', `Los mensajes de servicio no se pueden cancelar. ${a('Darse de baja')} del boletín.`],
];

runRuleTests(rule, {
  valid: [
    ...SERVICE_MAIL_STAYS.map(([lang, text]) => ({ name: `${lang}: service mail stays, marketing opt-out works`, code: page(lang, text) })),
    ...perCue.map(({ lang, cue, good }) => ({ name: `${lang} ${cue}: correct`, code: page(lang, good) })),
    { name: 'an honest footer', code: `<body><p>You can ${a('unsubscribe')} at any time, free of charge and without logging in.</p></body>` },
    { name: 'a frequency is no delay', code: `<body><p>You can ${a('slow down emails')} to once a month, or ${a('unsubscribe')} entirely.</p></body>` },
    {
      name: 'a login elsewhere in the email',
      code: `<body><p>Log in to your account to see your orders.</p><p>${a('Unsubscribe')} | <a href="https://news.example/login">Log in</a></p></body>`,
    },
    {
      name: 'a login link next to the opt-out link is a menu, not a demand',
      code: `<body><p>${a('Unsubscribe')} &nbsp; <a href="https://news.example/login">Log in</a></p></body>`,
    },
    {
      name: 'a login for something else, with an opt-out that needs none',
      code: `<body><p>Log in to your account to change topics, or opt out instantly below.</p><p>${a('Unsubscribe')}</p></body>`,
    },
    {
      name: 'the same in Italian',
      code: `<html lang="it"><body><p>Accedi al tuo account per scegliere gli argomenti, o disiscriviti subito qui sotto.</p><p>${a('Disiscriviti')}</p></body></html>`,
    },
    {
      name: 'the same in German',
      code: `<html lang="de"><body><p>Melden Sie sich im Kundenkonto an, um Themen zu wählen, oder melden Sie sich hier ab.</p><p>${a('Abmelden')}</p></body></html>`,
    },
    { name: 'a login offered as one more way', code: `<body><p>${a('Unsubscribe')} here, or you can also log in to manage your preferences.</p></body>` },
    {
      name: 'an account page offered as one more way (de)',
      code: `<html lang="de"><body><p>${a('Abmelden')} oder Einstellungen auch im Kundenkonto ändern.</p></body></html>`,
    },
    { name: 'a delay not about opting out', code: `<body><p>Free returns within 30 days.</p><p>${a('Unsubscribe')}</p></body>` },
    { name: 'a reply offered next to a link', code: `<body><p>Reply STOP or ${a('unsubscribe')}.</p></body>` },
    { name: 'a plain decline', code: `<body><p>${a('No thanks')}</p></body>` },
    { name: '48 hours is within 2 days', code: `<body><p>${a('Unsubscribe')}: requests take up to 48 hours.</p></body>`, options: { maxDelayBusinessDays: 2 } },
    { name: '10 business days is the default limit', code: `<body><p>${a('Unsubscribe')}: requests take up to 10 business days.</p></body>` },
    { name: 'two weeks is 10 business days', code: `<body><p>${a('Unsubscribe')}: it may take up to two weeks.</p></body>` },
  ],
  invalid: [
    {
      name: 'service mail "cannot be unsubscribed" with no opt-out link at all: still reported',
      code: '<body><p>Hello.</p>\n<p>Servicemitteilungen können nicht abbestellt werden.</p></body>',
      errors: [{ messageId: 'cannotUnsubscribe', line: 2, column: 31, endLine: 2, endColumn: 54 }],
    },
    {
      name: 'a long delay in the sentence before the opt-out link',
      code: `<body><p>Hello.</p>\n<p>Please allow up to 30 days for your request to be processed. ${a('Unsubscribe')}</p></body>`,
      errors: [{ messageId: 'delay', line: 2, column: 17, endLine: 2, endColumn: 30, message: '30 days' }],
    },
    ...perCue.map(({ lang, cue, bad, phrase }) => {
      const code = page(lang, bad);
      return { name: `${lang} ${cue}: incorrect`, code, errors: [{ messageId: cue, ...cueSpan(code, cue, phrase), message: `"${phrase}` }] };
    }),
    {
      name: 'a login, with its exact span',
      code: `<body>\n<p>To unsubscribe, log in to your account.</p></body>`,
      errors: [{ messageId: 'login', line: 2, column: 20, endLine: 2, endColumn: 26, message: '"log in"' }],
    },
    {
      name: 'an "or" that offers no other way out keeps the login a requirement',
      code: `<body>\n<p>To unsubscribe, log in to your account or call us.</p></body>`,
      errors: [{ messageId: 'login', line: 2, column: 20, endLine: 2, endColumn: 26, message: '"log in"' }],
    },
    {
      name: 'a login demanded inside a link of the opt-out sentence',
      code: `<body><p>To unsubscribe, <a href="https://news.example/account">log in</a> to your account.</p></body>`,
      errors: [{ messageId: 'login', line: 1, column: 65, endLine: 1, endColumn: 71 }],
    },
    {
      name: 'a delay: number and unit parsed, quoted with its lead',
      code: `<body>\n<p>${a('Unsubscribe')}. Please allow up to 30 days for your request to be processed.</p></body>`,
      errors: [{ messageId: 'delay', line: 2, column: 77, endLine: 2, endColumn: 90, message: '"up to 30 days" is about 21.4 business days' }],
    },
    {
      name: 'gmail-yahoo: 3 days is over 2',
      code: `<body><p>${a('Unsubscribe')}: requests take up to 3 days.</p></body>`,
      options: { maxDelayBusinessDays: 2 },
      errors: [{ messageId: 'delay', line: 1, column: 84, endLine: 1, endColumn: 96, message: 'within 2 business days' }],
    },
    {
      name: 'a delay in words',
      code: `<body><p>${a('Unsubscribe')}: removal can take up to a month.</p></body>`,
      errors: [{ messageId: 'delay', line: 1, column: 87, endLine: 1, endColumn: 100, message: '"up to a month" is about 21 business days' }],
    },
    {
      name: 'a delay in weeks',
      code: `<body><p>${a('Unsubscribe')}: it takes 4 weeks to process.</p></body>`,
      errors: [{ messageId: 'delay', line: 1, column: 70, endLine: 1, endColumn: 86, message: '4 weeks' }],
    },
    {
      name: 'confirmshaming on a button',
      code: `<body><p>${a('Unsubscribe')}</p>\n<button>No thanks, I hate saving money</button></body>`,
      errors: [{ messageId: 'confirmshaming', line: 2, column: 1, endLine: 2, endColumn: 48 }],
    },
    {
      name: 'a plain-text sentence spanning inline markup maps back to the source',
      code: `<body>\n<p>To <b>unsubscribe</b>, please <i>sign in</i> first.</p></body>`,
      errors: [{ messageId: 'login', line: 2, column: 37, endLine: 2, endColumn: 44 }],
    },
    {
      name: 'entities before the phrase keep the column right',
      code: `<body>\n<p>To&nbsp;unsubscribe&nbsp;&mdash; log in.</p></body>`,
      errors: [{ messageId: 'login', line: 2, column: 37, endLine: 2, endColumn: 43 }],
    },
  ],
});

describe('the text/plain part of a message', () => {
  it('is read too, positioned in the file, and not reported twice', async () => {
    const { EmailDocument } = await import('../../linter/document.ts');
    const { Source } = await import('../../linter/source.ts');
    const { runRules } = await import('../../linter/run.ts');
    const { shiftLines } = await import('../../linter/eml/positions.ts');
    const config = { rules: { 'unsubscribe-wording': { severity: 2 as const, options: {} } }, locales: [], maxFileSize: 1 << 20 };
    const plain = 'Hello!\n\nTo unsubscribe, please allow up to 30 days.\n';
    const html = '<body><p>To unsubscribe, please allow up to 30 days.</p></body>';
    const plainText = new Source(plain, 'm.eml', shiftLines(39, plain)); // the part starts on line 40
    const both = EmailDocument.fromHtml(new Source(html, 'm.eml'), { plainText, rendered: true });
    expect(runRules(both, config, [rule]).map((m) => m.messageId)).toEqual(['delay']);
    const only = EmailDocument.fromHtml(new Source('<body></body>', 'm.eml'), { plainText, rendered: true });
    expect(runRules(only, config, [rule])).toMatchObject([{ messageId: 'delay', line: 42, column: 30, endLine: 42, endColumn: 43 }]);
  });
});
