import { defineRule, docsUrl, findPlainTextOptOut } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'plain-text-unsubscribe',
    description: 'The text/plain alternative of a message carries an opt-out URL too.',
    severity: 'warn',
    scope: 'eml',
    wholeEmail: true,
    docs: { url: docsUrl('plain-text-unsubscribe') },
    regulations: ['can-spam', 'eprivacy', 'gmail-yahoo'],
    messages: {
      missing:
        'The text/plain part has no opt-out URL: readers of the plain-text version (and some filters) cannot unsubscribe. Add a line such as "Unsubscribe: {{href}}".',
    },
  },
  check(doc, ctx) {
    const plain = doc.message.plainText;
    // Without an HTML part the text is the body, and the body rules already judge it.
    if (!plain || doc.message.bodyFrom !== 'html') return;
    const hrefs = doc.optOutLinks().flatMap((l) => (l.href && /^(?:https?|mailto):/i.test(l.href) ? [l.href] : []));
    if (findPlainTextOptOut(plain.text, hrefs, doc.lang)) return;
    const first = plain.text.search(/\S/);
    const at = Math.max(0, first);
    const loc = plain.locate({ start: at, end: at });
    ctx.report({ messageId: 'missing', loc, data: { href: hrefs[0] ?? 'https://example.com/unsubscribe' } });
  },
});
