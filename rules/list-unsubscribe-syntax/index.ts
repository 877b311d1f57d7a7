import { defineRule, docsUrl, listUnsubscribeFields, parseListUnsubscribe } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'list-unsubscribe-syntax',
    description: 'List-Unsubscribe follows RFC 2369: <URI> in angle brackets, comma separated, mailto: or https:, no RFC 2047 encoding.',
    severity: 'error',
    scope: 'headers',
    wholeEmail: true,
    docs: { url: docsUrl('list-unsubscribe-syntax') },
    regulations: ['rfc2369', 'gmail-yahoo'],
    messages: {
      encodedWord:
        'List-Unsubscribe is RFC 2047-encoded ("{{text}}"): receivers read the raw value and find no <URI> in it. Send the URIs as plain ASCII (percent-encode what needs it).',
      noBrackets: 'List-Unsubscribe URI "{{text}}" is not in angle brackets: write <{{text}}>.',
      unclosed: 'List-Unsubscribe has a "<" without its ">": "{{text}}".',
      missingComma: 'List-Unsubscribe URIs must be separated by commas: "<…>, <…>".',
      empty: 'List-Unsubscribe has an empty URI "{{text}}".',
      badScheme: 'List-Unsubscribe URI {{text}} is neither https: nor mailto:; mail clients only act on those two.',
      http: 'List-Unsubscribe URI {{text}} uses http:; use https: (one-click unsubscribe needs it and browsers warn).',
      invalidUri: 'List-Unsubscribe URI {{text}} is not a valid URL.',
      duplicate: 'List-Unsubscribe appears {{count}} times; receivers pick one at random or ignore them all. Merge the URIs into one header.',
    },
  },
  check(doc, ctx) {
    const fields = listUnsubscribeFields(doc.message.headers);
    if (fields.length > 1) ctx.report({ messageId: 'duplicate', header: { field: fields[1]! }, data: { count: fields.length } });
    for (const field of fields) {
      if (field.value.trim() === '') continue; // list-unsubscribe-present says so
      for (const p of parseListUnsubscribe(field.value).problems) {
        ctx.report({
          messageId: p.kind,
          header: { field, start: p.start, end: p.end },
          data: { text: p.text.length > 80 ? `${p.text.slice(0, 77)}…` : p.text },
          ...(p.kind === 'http' ? { severity: 1 as const } : {}),
        });
      }
    }
  },
});
