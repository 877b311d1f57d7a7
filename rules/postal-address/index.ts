import { defineRule, docsUrl } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'postal-address',
    description: "The email shows the sender's physical postal address: street and number with a postcode, a PO Box, or the ESP's address tag.",
    severity: 'warn',
    scope: 'body',
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

const EXAMPLES: Record<string, string> = {
  mailchimp: '*|LIST:ADDRESSLINE|*',
  klaviyo: '{{ organization.full_address }}',
  activecampaign: '%SENDER-INFO%',
  sendgrid: '{{Sender_Address}}',
  hubspot: '{{ site_settings.company_street_address_1 }}',
  'salesforce-mc': '%%Member_Addr%%',
};

function exampleTag(esp: string | undefined): string {
  return (esp && EXAMPLES[esp]) || EXAMPLES.mailchimp!;
}
