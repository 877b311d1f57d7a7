import rule from './index.ts';
import { runRuleTests } from '../../test/support/rule-tester.ts';

const U = 'https://x.example/unsubscribe';
const email = (lang: string | undefined, body: string, link: string) =>
  `<html${lang ? ` lang="${lang}"` : ''}><body><p>${body}</p>\n<p><a href="${U}">${link}</a></p></body></html>`;

runRuleTests(rule, {
  valid: [
    { name: 'Italian email, Italian link', code: email('it', 'Le novità della settimana.', 'Disiscriviti') },
    {
      name: 'bilingual footer',
      code: email('it', 'Le novità della settimana.', 'Disiscriviti').replace('</p></body>', ` / <a href="${U}">Unsubscribe</a></p></body>`),
    },
    { name: 'English email, English link', code: email('en', 'This week in the garden.', 'Unsubscribe') },
    { name: '"click here" carries no language', code: email('it', 'Per non ricevere più le nostre email', 'click here') },
    {
      name: 'a whole sentence as link text (the French corpus footer)',
      code: email('fr', 'Nos offres de la semaine.', 'Vous ne souhaitez plus recevoir de messages de notre part ? Cliquer ici'),
    },
    { name: 'language unknown: no guess', code: email(undefined, 'Saldi!', 'Disiscriviti') },
    { name: 'a language without lexicon is not judged', code: email('ro', 'Noutăți', 'Unsubscribe') },
    {
      name: 'detected from the text',
      code: email(undefined, 'Questa è la nostra newsletter con le novità della settimana per te e per la tua famiglia.', 'Disiscriviti'),
    },
  ],
  invalid: [
    {
      name: 'Italian email, English-only "Unsubscribe"',
      code: email('it', 'Le novità della settimana.', 'Unsubscribe'),
      errors: [
        {
          messageId: 'otherLanguage',
          line: 2,
          column: 4,
          endLine: 2,
          endColumn: 59,
          message: '"Unsubscribe" is English, but the email is in Italian: readers may not recognise it; write "Disiscriviti"',
        },
      ],
    },
    {
      name: 'German email, English link',
      code: email('de-DE', 'Neuigkeiten der Woche.', 'Unsubscribe'),
      errors: [{ messageId: 'otherLanguage', line: 2, column: 4, endLine: 2, endColumn: 59, message: 'write "Abmelden"' }],
    },
    {
      name: 'English email, French link',
      code: email('en', 'News of the week.', 'Se désabonner'),
      errors: [{ messageId: 'otherLanguage', line: 2, column: 4, endLine: 2, endColumn: 61, message: 'is French, but the email is in English' }],
    },
    {
      name: 'language detected from the text',
      code: email(undefined, 'Questa è la nostra newsletter con le novità della settimana per te e per la tua famiglia.', 'Unsubscribe'),
      errors: [{ messageId: 'otherLanguage', line: 2, column: 4, endLine: 2, endColumn: 59, message: 'Italian' }],
    },
    {
      name: 'config locales when nothing else says',
      code: email(undefined, 'Saldi!', 'Unsubscribe'),
      settings: { locales: ['it'] },
      errors: [{ messageId: 'otherLanguage', line: 2, column: 4, endLine: 2, endColumn: 59 }],
    },
  ],
});
