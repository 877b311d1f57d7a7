import rule from './index.ts';
import { runRuleTests } from '../../test/support/rule-tester.ts';

const footer = (text: string) => `<html><body><p>Sale!</p>\n<p>${text}</p><p><a href="https://x.example/unsubscribe">Unsubscribe</a></p></body></html>`;

runRuleTests(rule, {
  valid: [
    { name: 'Australia: suite, street, city, state and postcode', code: footer('Acme Pty Ltd, Suite 5, 40 Collins Street, Melbourne VIC 3000') },
    { name: 'Ireland: an Eircode', code: footer('Acme Ltd, 1 Grand Canal Square, Dublin 2, D02 P820, Ireland') },
    { name: 'Japan: the postal mark and postcode', code: footer('〒131-0045 東京都墨田区押上1-1-2 株式会社アクメ') },
    { name: 'Japan, written in English', code: footer('Acme K.K., 1-1-2 Oshiage, Sumida-ku, Tokyo 131-0045, Japan') },
    { name: 'UK: a London postcode', code: footer('Acme Ltd, 221B Baker Street, London NW1 6XE, United Kingdom') },
    { name: 'Canada: province and postal code', code: footer('Acme Inc., 100 Queen St W, Toronto, ON M5H 2N2') },
    {
      name: 'an in-house address placeholder from the config',
      code: footer('{{ company.address }}'),
      settings: { placeholders: { address: ['{{company.address}}'] } },
    },
    { name: 'US: street, city, state ZIP', code: footer('Fieldnotes, 400 Trailhead Road, Boulder, CO 80302, USA') },
    { name: 'US: ZIP+4 on the next line', code: footer('Acme Inc.<br>1600 Market Street<br>Philadelphia, PA 19103-7240') },
    { name: 'US: address split over paragraphs', code: '<body><p>Acme Inc.</p><p>1600 Market Street</p><p>Philadelphia, PA 19103</p></body>' },
    { name: 'UK postcode', code: footer('Greenhouse Gazette Ltd, 12 Potting Shed Lane, Bristol BS1 4AB') },
    { name: 'Canada', code: footer('Maple Co., 100 King Street West, Toronto, ON M5X 1A9') },
    { name: 'Italy: via + CAP', code: footer('Bottega Ferri S.r.l. — Via dei Vasai 14, 06053 Deruta (PG)') },
    { name: 'Germany: one-word street + PLZ', code: footer('Muster GmbH, Hauptstraße 5, 10115 Berlin') },
    { name: 'France: rue + code postal', code: footer('Exemple SAS, 12 rue de la Paix, 75002 Paris') },
    { name: 'Spain: calle', code: footer('Ejemplo S.L., Calle Mayor 10, 28013 Madrid') },
    { name: 'Portugal: 4+3 postcode', code: footer('Exemplo Lda, Rua Augusta 100, 1100-053 Lisboa') },
    { name: 'Netherlands: straat + 1234 AB', code: footer('Voorbeeld B.V., Keizersgracht 123, 1015 CJ Amsterdam') },
    { name: 'Poland: ul. + 00-000', code: footer('Przykład Sp. z o.o., ul. Marszałkowska 10, 00-590 Warszawa') },
    { name: 'Sweden: gatan + 123 45', code: footer('Exempel AB, Drottninggatan 5, 111 51 Stockholm') },
    { name: 'Denmark: vej + 4 digits', code: footer('Eksempel ApS, Vesterbrogade 10, 1620 København') },
    { name: 'Germany, rendered US-style by an ESP', code: footer('Katjes GmbH, Dechant-Sprünken-Straße 53-57 Emmerich am Rhein, NRW 46446') },
    { name: 'PO Box', code: footer('Acme, P.O. Box 1234, Springfield') },
    { name: 'Postfach', code: footer('Muster GmbH, Postfach 1234') },
    { name: 'Mailchimp address tag', code: footer('*|LIST:ADDRESSLINE|*') },
    { name: 'Klaviyo address tag', code: footer('{{ organization.full_address }}') },
    { name: 'ActiveCampaign sender info', code: footer('%SENDER-INFO%') },
    { name: 'Australia, with the country', code: footer('Acme Pty Ltd · Suite 5, 40 Collins Street, Melbourne VIC 3000, Australia') },
    { name: 'Ireland: a unit in a business park', code: footer('Acme Ltd, Unit 3, Sandyford Business Park, Dublin D18 X5K7, Ireland') },
    { name: 'Japan in English, the postcode after the city', code: footer('Acme K.K., Tokyo 100-0005, Chiyoda-ku, Marunouchi 1-1-1, Japan') },
    ...(
      [
        ['Denmark: a street without a suffix', 'Eksempel ApS, Strøget 4, 1160 København K, Denmark'],
        ['Finland', 'Esimerkki Oy, Mannerheimintie 10, 00100 Helsinki'],
        ['Czechia: a 3+2 postcode and a district number', 'Příklad s.r.o., Karlova 5, 110 00 Praha 1'],
        ['Hungary: utca', 'Példa Kft., Váci utca 10, 1052 Budapest'],
        ['Romania: six digits', 'Exemplu SRL, Strada Lipscani 10, 030031 București'],
        ['Greece', 'Paradeigma AE, Ermou 10, 105 63 Athens, Greece'],
        ['Austria: Str. abbreviated, with the country', 'Muster GmbH, Hauptstr. 5, 1010 Wien, Österreich'],
        ['Belgium: rue after the name', 'Exemple SA, Rue de la Loi 16, 1000 Bruxelles'],
      ] as const
    ).map(([name, address]) => ({ name, code: footer(address) })),
  ],
  invalid: [
    {
      name: 'a Japanese phone number is no postcode',
      code: footer('Call us: 03-1234-5678 (Tokyo office)'),
      errors: [{ messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 13, severity: 1 }],
    },
    {
      name: 'an in-house placeholder the config does not name',
      code: footer('[[postal]]'),
      settings: { placeholders: { address: ['{{company.address}}'] } },
      errors: [{ messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 13, severity: 1 }],
    },
    {
      name: 'no address at all',
      code: footer('Thanks for reading!'),
      errors: [{ messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 13, severity: 1, message: '*|LIST:ADDRESSLINE|*' }],
    },
    {
      name: 'a name, a number and a year are no address ("Chapter 5, 2023 Edition of…")',
      code: footer('Read Chapter 5, 2023 Edition of our guide.'),
      errors: [{ messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'a street without postcode',
      code: footer('Visit us at 12 Main Street!'),
      errors: [{ messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'a postcode-like number without street',
      code: footer('Order 12345 Shipped today'),
      errors: [{ messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'the ESP example follows the config',
      code: footer('Bye'),
      settings: { esp: 'klaviyo' },
      errors: [{ messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 13, message: '{{ organization.full_address }}' }],
    },
    {
      name: 'an address in a comment does not count',
      code: footer('<!-- Acme, 1 Main Street, Springfield, IL 62701 -->Bye'),
      errors: [{ messageId: 'missing', line: 1, column: 7, endLine: 1, endColumn: 13 }],
    },
  ],
});
