import { defineRule, docsUrl, forEachNode, isTag, soleTextSpan, suggestedLinkText, type OptOutLink, type ReportDescriptor } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'unsubscribe-link-text',
    description: 'The opt-out link\'s own text must say what it does ("Unsubscribe"), not "click here"; a preferences link alone is not enough.',
    severity: 'warn',
    scope: 'body',
    docs: { url: docsUrl('unsubscribe-link-text') },
    regulations: ['gdpr', 'can-spam', 'eprivacy', 'it-privacy-code'],
    messages: {
      ambiguous: 'Opt-out link text "{{text}}" does not say what it does; write "{{suggestion}}" in the link itself.',
      imageNoAlt: 'Opt-out link is an image without alt text: people with images off or a screen reader cannot tell what it does; add alt="{{suggestion}}".',
      preferencesOnly: 'The only opt-out is "{{text}}", a preferences link; add a link that says "{{suggestion}}" and stops all marketing emails in one step.',
    },
  },
  check(doc, ctx) {
    const links = doc.optOutLinks();
    const suggestion = suggestedLinkText(doc.lang);
    const unsubscribe = links.filter((l) => l.kind === 'unsubscribe');
    if (unsubscribe.length === 0) {
      const first = links[0];
      if (first)
        ctx.report({
          messageId: 'preferencesOnly',
          node: first.node,
          range: first.range,
          data: { text: first.text || first.label || first.href || '', suggestion },
        });
      return;
    }
    for (const link of unsubscribe) {
      if (link.textStatesPurpose || rendersOwnText(link)) continue;
      const at = { node: link.node, range: link.range };
      if (link.text === '' && hasImage(link)) ctx.report({ ...at, messageId: 'imageNoAlt', data: { suggestion } });
      else ctx.report({ ...at, messageId: 'ambiguous', data: { text: link.text || link.label || '(empty)', suggestion }, ...saySo(link, suggestion) });
    }
  },
});

/** The suggestion: the locale's opt-out words as the link's text (a person checks the sentence still reads). */
function saySo(link: OptOutLink, suggestion: string): Pick<ReportDescriptor, 'suggest'> {
  const span = isTag(link.node) ? soleTextSpan(link.node) : undefined;
  return span ? { suggest: [{ desc: `Write "${suggestion}" as the link text`, range: span.range, text: suggestion }] } : {};
}

/** Placeholders that render their own wording (Campaign Monitor <unsubscribe>, {unsubscribe_text}) or a bare URL. */
function rendersOwnText(link: OptOutLink): boolean {
  return link.signals.includes('text-merge-tag') || link.signals.includes('bare-url');
}

function hasImage(link: OptOutLink): boolean {
  let found = false;
  forEachNode([link.node], (n) => {
    if (isTag(n) && n.name === 'img') found = true;
  });
  return found;
}
