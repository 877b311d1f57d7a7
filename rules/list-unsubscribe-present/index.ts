import { defineRule, docsUrl, espHeaderSupport, listUnsubscribeFields } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'list-unsubscribe-present',
    description: 'The message must carry a List-Unsubscribe header (Gmail and Yahoo require it of bulk senders).',
    severity: 'error',
    scope: 'headers',
    wholeEmail: true,
    docs: { url: docsUrl('list-unsubscribe-present') },
    regulations: ['gmail-yahoo', 'rfc2369'],
    messages: {
      missing:
        'No List-Unsubscribe header: Gmail and Yahoo show no unsubscribe button and treat bulk mail without it as non-compliant. Add e.g. "List-Unsubscribe: <https://example.com/u/TOKEN>, <mailto:unsub@example.com>".',
      addedByEsp: 'No List-Unsubscribe header in these headers; {{how}}, so the sent message will have it (esp: {{esp}}).',
      espCanAdd: 'No List-Unsubscribe header: {{how}}; switch it on or add the header yourself.',
      empty: 'List-Unsubscribe is empty: it must list at least one <https:…> or <mailto:…> URI.',
    },
  },
  check(doc, ctx) {
    const fields = listUnsubscribeFields(doc.message.headers);
    if (fields.length === 0) {
      const support = doc.message.headersOrigin === 'config' ? espHeaderSupport(ctx.settings.esp) : undefined;
      if (support?.adds === 'always') {
        ctx.report({ messageId: 'addedByEsp', data: { how: support.how, esp: ctx.settings.esp ?? '' }, loc: doc.headerBlockLocation(), severity: 1 });
      } else if (support) {
        ctx.report({ messageId: 'espCanAdd', data: { how: support.how }, loc: doc.headerBlockLocation() });
      } else {
        ctx.report({ messageId: 'missing', loc: doc.headerBlockLocation() });
      }
      return;
    }
    for (const field of fields) {
      if (field.value.trim() === '') ctx.report({ messageId: 'empty', header: { field } });
    }
  },
});
