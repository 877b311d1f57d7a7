import {
  ONE_CLICK_VALUE,
  defineRule,
  docsUrl,
  editDistance,
  espHeaderSupport,
  listUnsubscribeFields,
  listUnsubscribePostFields,
  parseListUnsubscribe,
} from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'list-unsubscribe-one-click',
    description: 'One-click unsubscribe (RFC 8058): "List-Unsubscribe-Post: List-Unsubscribe=One-Click" and an https URI in List-Unsubscribe.',
    severity: 'error',
    scope: 'headers',
    wholeEmail: true,
    docs: { url: docsUrl('list-unsubscribe-one-click') },
    regulations: ['rfc8058', 'gmail-yahoo'],
    messages: {
      missingPost:
        'No List-Unsubscribe-Post header: Gmail and Yahoo require one-click unsubscribe from bulk senders. Add "List-Unsubscribe-Post: List-Unsubscribe=One-Click".',
      typo: 'List-Unsubscribe-Post is "{{value}}"; RFC 8058 requires exactly "List-Unsubscribe=One-Click" (did you mean that?).',
      wrongValue: 'List-Unsubscribe-Post is "{{value}}"; RFC 8058 requires exactly "List-Unsubscribe=One-Click".',
      duplicatePost: 'List-Unsubscribe-Post appears {{count}} times; send it once.',
      noHttps: 'List-Unsubscribe-Post asks for one-click, but List-Unsubscribe has no https: URI to POST to{{extra}}; add <https://…> to List-Unsubscribe.',
      addedByEsp: 'No List-Unsubscribe-Post header in these headers; {{how}}, so the sent message will have it (esp: {{esp}}).',
      espCanAdd: 'No List-Unsubscribe-Post header: {{how}}; switch it on or add "List-Unsubscribe-Post: List-Unsubscribe=One-Click" yourself.',
    },
  },
  check(doc, ctx) {
    const lists = listUnsubscribeFields(doc.message.headers);
    const posts = listUnsubscribePostFields(doc.message.headers);
    if (lists.length === 0 && posts.length === 0) return; // list-unsubscribe-present says so
    if (posts.length === 0) {
      const support = doc.message.headersOrigin === 'config' ? espHeaderSupport(ctx.settings.esp) : undefined;
      const field = lists[0]!;
      if (support?.adds === 'always')
        ctx.report({ messageId: 'addedByEsp', data: { how: support.how, esp: ctx.settings.esp ?? '' }, header: { field }, severity: 1 });
      else if (support) ctx.report({ messageId: 'espCanAdd', data: { how: support.how }, header: { field } });
      else ctx.report({ messageId: 'missingPost', header: { field } });
      return;
    }
    if (posts.length > 1) ctx.report({ messageId: 'duplicatePost', header: { field: posts[1]! }, data: { count: posts.length } });
    for (const post of posts) {
      const value = post.value.trim();
      if (value === ONE_CLICK_VALUE) continue;
      const span = { field: post, start: post.value.indexOf(value), end: post.value.indexOf(value) + value.length };
      const near =
        value.toLowerCase() === ONE_CLICK_VALUE.toLowerCase() || editDistance(value.replace(/\s+/g, '').toLowerCase(), ONE_CLICK_VALUE.toLowerCase()) <= 4;
      ctx.report({ messageId: near ? 'typo' : 'wrongValue', header: span, data: { value: value.length > 60 ? `${value.slice(0, 57)}…` : value } });
    }
    if (lists.length === 0) return;
    const uris = lists.flatMap((f) => parseListUnsubscribe(f.value).uris);
    if (!uris.some((u) => u.scheme === 'https')) {
      const http = uris.find((u) => u.scheme === 'http');
      ctx.report({
        messageId: 'noHttps',
        header: { field: lists[0]! },
        data: { extra: http ? ` (${http.uri} is http:, which one-click does not accept)` : uris.length > 0 ? ' (only mailto:)' : '' },
      });
    }
  },
});
