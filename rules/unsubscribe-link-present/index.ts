import { defineRule, docsUrl, exampleOptOutHref, findOptOutLinksInHtml, nodeRange } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'unsubscribe-link-present',
    description: 'The email must contain an opt-out (unsubscribe) link.',
    severity: 'error',
    scope: 'body',
    wholeEmail: true,
    docs: { url: docsUrl('unsubscribe-link-present') },
    regulations: ['eprivacy', 'gdpr', 'it-privacy-code', 'pecr', 'can-spam', 'casl', 'gmail-yahoo'],
    messages: {
      missing:
        'No opt-out link found. Every commercial email must let the recipient unsubscribe from the message itself: add a visible link such as <a href="{{href}}">Unsubscribe</a>.',
      onlyInComment: 'The only opt-out link ("{{text}}") is inside an HTML comment, so it is not part of the email; move it out of the comment.',
    },
  },
  check(doc, ctx) {
    if (doc.optOutLinks().length > 0) return;
    // An opt-out only in the text/plain part exists, but HTML clients never show it: unsubscribe-link-visible says so.
    if (doc.plainTextOptOut()) return;
    // An unclosed or forgotten comment around the footer is a classic way to lose the link.
    for (const comment of doc.parsed.comments) {
      if (!/href|unsub|\*\||\{\{|%/i.test(comment.data)) continue;
      const links = findOptOutLinksInHtml(comment.data, doc.lang);
      if (links.length > 0) {
        const first = links[0]!;
        ctx.report({ messageId: 'onlyInComment', range: nodeRange(comment), data: { text: first.text || first.href || 'unsubscribe' } });
        return;
      }
    }
    ctx.report({ messageId: 'missing', data: { href: exampleOptOutHref(ctx.settings.esp) } });
  },
});
