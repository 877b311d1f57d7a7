import rule from './index.ts';
import { runRuleTests } from '../../test/rule-tester.ts';

const footer = (text: string) => `<html><body><p>Sale!</p>\n<p>${text}</p><p><a href="https://x.example/unsubscribe">Unsubscribe</a></p></body></html>`;

runRuleTests(rule, {
  valid: [
    { name: 'a legal form', code: footer('Acme Inc.') },
    { name: 'an Italian company', code: footer('Bottega Ferri S.r.l. — P.IVA 01234567890') },
    { name: 'a German company', code: footer('Muster GmbH') },
    { name: 'a © line', code: footer('© 2025 Greenhouse Gazette') },
    { name: 'a Mailchimp company tag', code: footer('*|LIST:COMPANY|*') },
    { name: 'a Klaviyo organization tag', code: footer('{{ organization.name }}') },
    { name: 'the name before the postal address', code: footer('Fieldnotes, 400 Trailhead Road, Boulder, CO 80302') },
  ],
  invalid: [
    { name: 'nobody signs the email', code: footer('Thanks for reading!'), errors: [{ messageId: 'noName', line: 1, severity: 1 }] },
    { name: 'an address with no name', code: footer('400 Trailhead Road, Boulder, CO 80302'), errors: [{ messageId: 'noName' }] },
  ],
});
