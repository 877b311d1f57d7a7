import { defineRule, docsUrl, espById } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'postal-address',
    description: "The email shows the sender's physical postal address: street and number with a postcode, a PO Box, or the ESP's address tag.",
    severity: 'warn',
    scope: 'body',
    wholeEmail: true,
    docs: { url: docsUrl('postal-address') },
    regulations: ['can-spam', 'casl'],
    messages: {
      missing:
        'No postal address of the sender found (street and number with postcode, a PO Box, or an address tag such as "{{example}}"); CAN-SPAM (15 U.S.C. 7704(a)(5)(A)(iii)) and CASL require a valid physical address in every commercial message.',
    },
  },
  check(doc, ctx) {
    if (doc.postalAddress()) return;
    ctx.report({ messageId: 'missing', data: { example: exampleTag(ctx.settings.esp) } });
  },
});

/** The configured ESP's address tag, else Mailchimp's, as the example of a fix. */
function exampleTag(esp: string | undefined): string {
  return espById(esp)?.exampleAddress ?? espById('mailchimp')!.exampleAddress!;
}
