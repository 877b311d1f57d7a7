import rule from './index.ts';
import { runRuleTests } from '../../test/support/rule-tester.ts';
import { suggestedLinkText } from '../../linter/rule-api.ts';

runRuleTests(rule, {
  valid: [
    '<body><a href="https://x.com/unsubscribe">Unsubscribe</a></body>',
    '<body><a href="*|UNSUB|*">Unsubscribe from this list</a></body>',
    { name: 'Italian', code: '<html lang="it"><body><a href="*|UNSUB|*">Disiscriviti</a></body></html>' },
    { name: 'French', code: '<html lang="fr"><body><a href="https://x.fr/d">Se désabonner</a></body></html>' },
    { name: 'image with alt', code: '<body><a href="https://x.com/unsubscribe"><img src="x.png" alt="Unsubscribe"></a></body>' },
    { name: 'aria-label states it', code: '<body><a href="*|UNSUB|*" aria-label="Unsubscribe">✕</a></body>' },
    { name: 'unsubscribe next to preferences', code: '<body><a href="*|UPDATE_PROFILE|*">Manage preferences</a> · <a href="*|UNSUB|*">Unsubscribe</a></body>' },
    { name: 'Campaign Monitor tag renders its own text', code: '<body><p><unsubscribe>Unsubscribe</unsubscribe></p></body>' },
    { name: "no opt-out at all is not this rule's business", code: '<body><p>Hi</p></body>' },
  ],
  invalid: [
    // A bare "here" inside a sentence that says what it does: the opt-out is found, its text is what to fix.
    ...(
      [
        ['de', 'Tippe <a href="https://news.example.com/u/1">hier</a>, um dich auszutragen.', 'hier'],
        ['nl', 'Klik <a href="https://news.example.com/u/1">hier</a> om je af te melden.', 'hier'],
        ['fr', 'Pour vous désinscrire, cliquez <a href="https://news.example.com/u/1">ici</a>.', 'ici'],
        ['es', 'Para darte de baja haz clic <a href="https://news.example.com/u/1">aquí</a>.', 'aquí'],
        ['pl', 'Kliknij <a href="https://news.example.com/u/1">tutaj</a>, aby zrezygnować z subskrypcji.', 'tutaj'],
        ['sv', 'Klicka <a href="https://news.example.com/u/1">här</a> för att avregistrera dig.', 'här'],
        ['da', 'Klik <a href="https://news.example.com/u/1">her</a> for at afmelde dig.', 'her'],
      ] as const
    ).map(([lang, html, word]) => {
      const code = `<html lang="${lang}"><body><p>${html}</p></body></html>`;
      const span = { line: 1, column: code.indexOf('<a ') + 1, endLine: 1, endColumn: code.indexOf('</a>') + '</a>'.length + 1 };
      // The suggestion: the locale's words for the link, for a person to check the sentence still reads.
      const words = suggestedLinkText(lang);
      const suggestions = [{ desc: `Write "${words}" as the link text`, output: code.replace(`>${word}</a>`, `>${words}</a>`) }];
      return {
        name: `${lang}: a bare "${word}" in "${html.replace(/<[^<>]*>/g, '')}"`,
        code,
        errors: [{ messageId: 'ambiguous', message: `"${word}"`, ...span, suggestions }],
      };
    }),
    {
      name: '"click here" even when the sentence says it',
      code: '<body>\n<p>To unsubscribe, <a href="https://x.com/unsubscribe">click here</a>.</p>\n</body>',
      errors: [
        {
          messageId: 'ambiguous',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 70,
          message: '"click here"',
          suggestions: [
            {
              desc: 'Write "Unsubscribe" as the link text',
              output: '<body>\n<p>To unsubscribe, <a href="https://x.com/unsubscribe">Unsubscribe</a>.</p>\n</body>',
            },
          ],
        },
      ],
    },
    {
      name: 'Italian "clicca qui"',
      code: '<html lang="it"><body><p>Per non ricevere più le nostre email <a href="https://x.it/u">clicca qui</a>.</p></body></html>',
      errors: [
        {
          messageId: 'ambiguous',
          line: 1,
          column: 63,
          endLine: 1,
          endColumn: 102,
          message: '"Disiscriviti"',
          suggestions: [
            {
              desc: 'Write "Disiscriviti" as the link text',
              output: '<html lang="it"><body><p>Per non ricevere più le nostre email <a href="https://x.it/u">Disiscriviti</a>.</p></body></html>',
            },
          ],
        },
      ],
    },
    {
      name: 'German "hier"',
      code: '<html lang="de"><body><p>Wenn Sie keine E-Mails mehr erhalten möchten, klicken Sie <a href="https://x.de/abmelden">hier</a>.</p></body></html>',
      errors: [
        {
          messageId: 'ambiguous',
          line: 1,
          column: 84,
          endLine: 1,
          endColumn: 124,
          message: '"hier"',
          suggestions: [
            {
              desc: 'Write "Abmelden" as the link text',
              output:
                '<html lang="de"><body><p>Wenn Sie keine E-Mails mehr erhalten möchten, klicken Sie <a href="https://x.de/abmelden">Abmelden</a>.</p></body></html>',
            },
          ],
        },
      ],
    },
    {
      name: 'merge tag behind generic text',
      code: '<body><a href="*|UNSUB|*">Newsletter</a></body>',
      errors: [
        {
          messageId: 'ambiguous',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 41,
          message: '"Newsletter"',
          suggestions: [{ desc: 'Write "Unsubscribe" as the link text', output: '<body><a href="*|UNSUB|*">Unsubscribe</a></body>' }],
        },
      ],
    },
    {
      name: 'image without alt',
      code: '<body><a href="*|UNSUB|*"><img src="x.png"></a></body>',
      errors: [{ messageId: 'imageNoAlt', line: 1, column: 7, endLine: 1, endColumn: 48 }],
    },
    {
      name: 'manage preferences as the only opt-out',
      code: '<body><p><a href="*|UPDATE_PROFILE|*">Manage preferences</a></p></body>',
      errors: [{ messageId: 'preferencesOnly', line: 1, column: 10, endLine: 1, endColumn: 61, message: '"Manage preferences"' }],
    },
    {
      name: 'Italian preferences only',
      code: '<html lang="it"><body><a href="https://x.it/p">Gestisci preferenze</a></body></html>',
      errors: [{ messageId: 'preferencesOnly', line: 1, column: 23, endLine: 1, endColumn: 71, message: 'Disiscriviti' }],
    },
  ],
});
