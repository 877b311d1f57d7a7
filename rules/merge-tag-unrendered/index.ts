import { defineRule, docsUrl, findMergeTags } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'merge-tag-unrendered',
    description: 'A sent message contains no ESP placeholder left unreplaced (*|UNSUB|*, {{{unsubscribe}}}, …) in its body or headers.',
    severity: 'error',
    scope: 'eml',
    docs: { url: docsUrl('merge-tag-unrendered') },
    regulations: ['can-spam', 'eprivacy', 'gmail-yahoo'],
    messages: {
      body: 'ESP placeholder {{tag}} ({{esps}}) was not replaced: the recipient gets a broken {{kind}} link. Send through {{esps}} or fix the tag so it renders.',
      plainText: 'ESP placeholder {{tag}} ({{esps}}) was not replaced in the text/plain part: the recipient gets no working {{kind}} link.',
      header: 'ESP placeholder {{tag}} ({{esps}}) was not replaced in the {{name}} header: receivers cannot use it.',
    },
  },
  check(doc, ctx) {
    const data = (m: ReturnType<typeof findMergeTags>[number]) => ({
      tag: m.tag,
      esps: m.esps.join('/'),
      kind: m.kind === 'unsubscribe' ? 'unsubscribe' : 'preferences',
    });
    for (const m of findMergeTags(doc.source.text)) {
      ctx.report({ messageId: 'body', range: { start: m.index, end: m.index + m.tag.length }, data: data(m) });
    }
    const plain = doc.message.plainText;
    if (plain && doc.message.bodyFrom === 'html') {
      for (const m of findMergeTags(plain.text)) {
        const range = { start: m.index, end: m.index + m.tag.length };
        ctx.report({ messageId: 'plainText', loc: plain.locate(range), data: data(m) });
      }
    }
    for (const field of doc.message.headers ?? []) {
      if (field.key === 'dkim-signature' || field.key === 'arc-message-signature' || field.key === 'arc-seal') continue;
      for (const m of findMergeTags(field.value)) {
        ctx.report({ messageId: 'header', header: { field, start: m.index, end: m.index + m.tag.length }, data: { ...data(m), name: field.name } });
      }
    }
  },
});
