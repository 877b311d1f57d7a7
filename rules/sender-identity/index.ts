import { defineRule, docsUrl } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'sender-identity',
    description: 'The sender is identified: a From header with an address in an .eml; a company name, © line or ESP sender tag in a template.',
    severity: 'warn',
    scope: 'body',
    wholeEmail: true,
    docs: { url: docsUrl('sender-identity') },
    regulations: ['can-spam', 'casl', 'eprivacy', 'it-privacy-code'],
    messages: {
      noFrom:
        'The message has no From header with an address: the sender must be identified (CAN-SPAM 15 U.S.C. 7704(a)(1); CASL s. 6(2)(a); D.Lgs. 70/2003 art. 8).',
      noName:
        'No sender name found in the email (a company name such as "Acme Inc.", a "©" line, or an ESP tag such as "*|LIST:COMPANY|*"): the sender must be identified (CASL s. 6(2)(a); D.Lgs. 70/2003 art. 8; CAN-SPAM).',
    },
  },
  check(doc, ctx) {
    const headers = doc.message.headers;
    if (headers) {
      const from = headers.find((h) => h.name.toLowerCase() === 'from');
      if (!from || !/[^\s@<>]@[^\s@<>]/.test(from.value)) {
        ctx.report({ messageId: 'noFrom', loc: from ? doc.headerLocation(from) : doc.headerBlockLocation() });
      }
      return;
    }
    if (doc.senderName()) return;
    ctx.report({ messageId: 'noName' });
  },
});
