import rule from './index.ts';
import { describe, expect, it } from 'vitest';
import { runRuleTests } from '../../test/support/rule-tester.ts';
import { runOnAdversarial } from '../../test/support/redos.ts';
import { growth, linearBound } from '../../test/support/growth.ts';
import { TEMPLATE_URL_PATTERNS } from './template-url.ts';

const a = (href: string, text = 'Unsubscribe') => `<body><a href="${href}">${text}</a></body>`;

runRuleTests(rule, {
  valid: [
    { name: 'an in-house placeholder from the config', code: a('{{unsubscribe_url}}'), settings: { placeholders: { unsubscribe: ['{{unsubscribe_url}}'] } } },
    {
      name: 'an in-house placeholder, spaced differently',
      code: a('{{ unsubscribe_url }}'),
      settings: { placeholders: { unsubscribe: ['{{unsubscribe_url}}'] } },
    },
    a('https://example.com/unsubscribe?u=123&l=9'),
    a('*|UNSUB|*'),
    a('{{{unsubscribe}}}'),
    a('{{ unsubscribe }}'),
    a('%unsubscribe_url%'),
    a('<%asm_group_unsubscribe_raw_url%>'.replace(/</g, '&lt;').replace(/>/g, '&gt;')),
    a('{{{ pm:unsubscribe }}}'),
    a('{% unsubscribe %}'),
    a('%%unsub_center_url%%'),
    a('[[UNSUB_LINK_IT]]', 'Disiscriviti'),
    a('mailto:unsubscribe@example.com?subject=unsubscribe'),
    { name: 'placeholders inside a real URL', code: a('https://example.com/unsubscribe?e={email}&t={{token}}') },
    { name: 'Campaign Monitor tag inside "#"', code: '<body><a href="#"><unsubscribe>Unsubscribe</unsubscribe></a></body>' },
    { name: 'matching esp', code: a('*|UNSUB|*'), settings: { esp: 'mailchimp' } },
    { name: 'a tokenised query on the root path may be an endpoint', code: a('https://shop.example/?u=123&l=9') },
    {
      name: 'a home page behind "click here" is judged by its sentence, not its text',
      code: '<body><p>To unsubscribe <a href="https://shop.example/">click here</a>.</p></body>',
    },
    {
      name: 'a social link that does not promise an opt-out',
      code: '<body><a href="https://facebook.com/shop">Facebook</a> <a href="*|UNSUB|*">Unsubscribe</a></body>',
    },
    { name: 'an unsubscribe page on the home domain', code: a('https://shop.example/newsletter/desinscription?id=5', 'Se désinscrire') },
    { name: 'not an opt-out link: not judged', code: '<body><a href="#">Read more</a> <a href="*|UNSUB|*">Unsubscribe</a></body>' },
    { name: "Django: the site's address, then the route", code: a("{{ site_url }}{% url 'newsletter:unsubscribe' token=sub.token %}") },
    { name: 'Django: protocol and domain variables, then the route', code: a("{{ protocol }}://{{ domain }}{% url 'unsubscribe' uid %}") },
    { name: "a variable for the site's address, then a path", code: a('{{ base_url }}/unsubscribe?t={{ token }}') },
    { name: 'Flask: an external url_for', code: a("{{ url_for('unsubscribe', token=t, _external=True) }}") },
    { name: 'listmonk with trim markers', code: a('{{- UnsubscribeURL -}}') },
  ],
  invalid: [
    { name: 'empty', code: a(''), errors: [{ messageId: 'empty', line: 1, column: 7, endLine: 1, endColumn: 33, severity: 2 }] },
    { name: 'fragment', code: a('#'), errors: [{ messageId: 'fragment', line: 1, column: 7, endLine: 1, endColumn: 34, message: '"#"' }] },
    {
      name: 'fragment, esp example',
      code: a('#'),
      settings: { esp: 'sendgrid' },
      errors: [{ messageId: 'fragment', line: 1, column: 7, endLine: 1, endColumn: 34, message: '{{{unsubscribe}}}' }],
    },
    { name: 'javascript:', code: a('javascript:void(0)'), errors: [{ messageId: 'javascript', line: 1, column: 7, endLine: 1, endColumn: 51 }] },
    {
      name: 'relative',
      code: a('/unsubscribe'),
      errors: [{ messageId: 'relative', line: 1, column: 7, endLine: 1, endColumn: 45, message: '"/unsubscribe"' }],
    },
    {
      name: 'http is a warning',
      code: a('http://example.com/unsubscribe'),
      errors: [{ messageId: 'insecure', line: 1, column: 7, endLine: 1, endColumn: 63, severity: 1 }],
    },
    { name: 'malformed', code: a('https://exa mple.com/unsubscribe'), errors: [{ messageId: 'malformed', line: 1, column: 7, endLine: 1, endColumn: 65 }] },
    { name: 'no host', code: a('https:///unsubscribe'), errors: [{ messageId: 'malformed', line: 1, column: 7, endLine: 1, endColumn: 53 }] },
    {
      name: 'mailto without address',
      code: a('mailto:?subject=unsubscribe'),
      errors: [{ messageId: 'malformed', line: 1, column: 7, endLine: 1, endColumn: 60 }],
    },
    {
      name: 'other scheme',
      code: a('ftp://example.com/unsubscribe'),
      errors: [{ messageId: 'unsupportedScheme', line: 1, column: 7, endLine: 1, endColumn: 62, message: '"ftp:"' }],
    },
    {
      name: 'misspelt Mailchimp tag',
      code: a('*|UNSUBSCRIBE|*'),
      errors: [{ messageId: 'unknownPlaceholder', line: 1, column: 7, endLine: 1, endColumn: 48, severity: 1 }],
    },
    {
      name: 'a placeholder that is not the configured one',
      code: a('{{unsub_link}}'),
      settings: { placeholders: { unsubscribe: ['{{unsubscribe_url}}'] } },
      errors: [{ messageId: 'unknownPlaceholder', line: 1, column: 7, endLine: 1, endColumn: 47, severity: 1 }],
    },
    {
      name: 'unknown Handlebars placeholder',
      code: a('{{unsub_link}}'),
      errors: [{ messageId: 'unknownPlaceholder', line: 1, column: 7, endLine: 1, endColumn: 47, severity: 1 }],
    },
    {
      name: "another ESP's tag",
      code: a('*|UNSUB|*'),
      settings: { esp: 'sendgrid' },
      errors: [{ messageId: 'otherEsp', line: 1, column: 7, endLine: 1, endColumn: 42, message: 'sendgrid', severity: 1 }],
    },
    {
      name: 'home page',
      code: a('https://shop.example/'),
      errors: [{ messageId: 'homePage', line: 1, column: 7, endLine: 1, endColumn: 54, message: '"Unsubscribe" goes to the home page' }],
    },
    {
      name: 'home page over http (the UGG footer)',
      code: a('http://www.ugg.com/'),
      errors: [{ messageId: 'homePage', line: 1, column: 7, endLine: 1, endColumn: 52, severity: 2 }],
    },
    {
      name: 'home page with tracking only',
      code: a('https://shop.example/?utm_source=newsletter&utm_medium=email', 'Disiscriviti'),
      errors: [{ messageId: 'homePage', line: 1, column: 7, endLine: 1, endColumn: 94 }],
    },
    {
      name: 'social network',
      code: a('https://www.facebook.com/shop'),
      errors: [{ messageId: 'social', line: 1, column: 7, endLine: 1, endColumn: 62, message: 'Facebook' }],
    },
    {
      name: 'subscribe page',
      code: a('https://shop.example/newsletter/subscribe'),
      errors: [{ messageId: 'subscribePage', line: 1, column: 7, endLine: 1, endColumn: 74 }],
    },
    {
      name: 'German sign-up page',
      code: a('https://shop.example/newsletter-anmeldung', 'Abmelden'),
      errors: [{ messageId: 'subscribePage', line: 1, column: 7, endLine: 1, endColumn: 71 }],
    },
    {
      name: 'Django: a bare {% url %} renders a path',
      code: a("{% url 'newsletter:unsubscribe' token=sub.token %}"),
      errors: [{ messageId: 'routeOnly', line: 1, column: 7, endLine: 1, endColumn: 83, message: "{{ site_url }}{% url 'newsletter:unsubscribe'" }],
    },
    {
      name: 'Flask: url_for without _external=True renders a path',
      code: a("{{ url_for('unsubscribe', token=t) }}"),
      errors: [{ messageId: 'routeOnly', line: 1, column: 7, endLine: 1, endColumn: 70 }],
    },
    {
      name: 'Italian "clicca qui" with "#"',
      code: '<html lang="it"><body>\n<p>Per non ricevere più le nostre email <a href="#">clicca qui</a>.</p></body></html>',
      errors: [{ messageId: 'fragment', line: 2, column: 41, endLine: 2, endColumn: 67 }],
    },
  ],
});

describe('template URL patterns', () => {
  it('grow linearly on adversarial strings', () => {
    const adversarial = (n: number) => ['{{ '.repeat(n / 3), '{% url '.repeat(n / 7), '{{ url_for('.repeat(n / 11) + '_external=True', '{'.repeat(n)];
    expect(
      growth(
        (k) => adversarial(12_500 * k),
        (strings) => runOnAdversarial(TEMPLATE_URL_PATTERNS, strings),
      ),
    ).toBeLessThan(linearBound());
  });
});
