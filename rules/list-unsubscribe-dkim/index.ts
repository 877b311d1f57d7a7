import {
  defineRule,
  dkimHeaderTagSpan,
  dkimSignedHeaders,
  dkimTags,
  docsUrl,
  findHeaders,
  listUnsubscribeFields,
  listUnsubscribePostFields,
} from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'list-unsubscribe-dkim',
    description: 'A DKIM signature must cover List-Unsubscribe and List-Unsubscribe-Post (its h= tag lists both).',
    severity: 'error',
    scope: 'eml',
    wholeEmail: true,
    docs: { url: docsUrl('list-unsubscribe-dkim') },
    regulations: ['rfc8058', 'gmail-yahoo'],
    messages: {
      notCovered:
        'No DKIM signature covers {{missing}}: the h= tag of the signature ({{domain}}) leaves it out, so receivers ignore the one-click header. Add {{missing}} to the signed headers (OpenDKIM does not sign list-unsubscribe-post by default).',
      unsigned:
        'The message has no DKIM-Signature, so one-click unsubscribe cannot be trusted by receivers (and cannot be verified offline); sign List-Unsubscribe and List-Unsubscribe-Post.',
    },
  },
  check(doc, ctx) {
    const lists = listUnsubscribeFields(doc.message.headers);
    if (lists.length === 0) return;
    const needed = ['list-unsubscribe', ...(listUnsubscribePostFields(doc.message.headers).length > 0 ? ['list-unsubscribe-post'] : [])];
    const signatures = findHeaders(doc.message.headers, 'dkim-signature');
    if (signatures.length === 0) {
      ctx.report({ messageId: 'unsigned', header: { field: lists[0]! }, severity: 1 });
      return;
    }
    let best: { field: (typeof signatures)[number]; missing: string[] } | undefined;
    for (const field of signatures) {
      const signed = new Set(dkimSignedHeaders(field.value));
      const missing = needed.filter((h) => !signed.has(h));
      if (missing.length === 0) return;
      if (!best || missing.length < best.missing.length) best = { field, missing };
    }
    if (!best) return;
    const span = dkimHeaderTagSpan(best.field.value);
    ctx.report({
      messageId: 'notCovered',
      header: span ? { field: best.field, ...span } : { field: best.field },
      data: { missing: best.missing.map(displayName).join(' and '), domain: `d=${dkimTags(best.field.value).d ?? '?'}` },
    });
  },
});

function displayName(key: string): string {
  return key === 'list-unsubscribe' ? 'List-Unsubscribe' : 'List-Unsubscribe-Post';
}
