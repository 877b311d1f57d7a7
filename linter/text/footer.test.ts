// The footer scans against their previous implementation (footer-oracle.ts) on generated chunks: the
// shortcuts (no digit, no tag character, no street word) must not change a single hit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPostalAddress, findSenderName } from './footer.ts';
import * as oracle from '../../test/oracles/footer-oracle.ts';
import { WORDING_LEXICONS } from '../lexicon/wording/index.ts';

const PIECES = [
  'Acme Inc.',
  'Fieldnotes',
  '400 Trailhead Road',
  'Boulder, CO 80302',
  'Via Roma 12',
  '20121 Milano',
  'Hauptstraße 5',
  '10115 Berlin',
  'PO Box 123',
  'P.O. Box',
  'Postfach 1234',
  'Casella postale 7',
  '© 2024',
  '(c) Acme',
  'Copyright',
  '*|LIST:ADDRESSLINE|*',
  '*|LIST:COMPANY|*',
  '{{ organization.address }}',
  '{{ company }}',
  '%SENDER-INFO%',
  '[Sender_Name]',
  '%%Member_Addr%%',
  'Suite 9',
  'Keizersgracht 1',
  '1017 AB Amsterdam',
  'SW1A 1AA',
  'K1A 0B1',
  '00-950',
  '1000-001',
  'Drottninggatan 3',
  '111 51 Stockholm',
  'Vesterbrogade 2',
  '1620 København',
  'rue de Rivoli 8',
  '75001 Paris',
  'ul. Długa 5',
  // Japanese and named-street addresses, whole and in pieces (the scan's ASCII pre-tests must not lose one).
  '〒131-0045',
  '131-0045',
  'Japan',
  '日本',
  'Strøget 4, 1160 København K',
  'Karlova 5, 110 00 Praha 1',
  'Mannerheimintie 10,',
  '00100 Helsinki',
  'D-12345 Köln',
  '4,',
  '5a,',
  ...WORDING_LEXICONS.flatMap((l) => [...l.address.poBox, ...l.address.streets.slice(0, 4)]),
  'Street',
  'Way',
  '12',
  '3b',
  'Unsubscribe',
  'any time',
  ', ',
  ' ',
  '\n',
  'GmbH',
  'S.r.l.',
  'é',
  '  ',
  '·',
  '|',
  '😀',
];
const chunkText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((a) => a.join(' '));
const chunkList = fc
  .array(chunkText, { maxLength: 6 })
  .map((texts) => texts.map((text) => ({ text, offsets: Array.from({ length: text.length }, (_, i) => i) })));

describe('footer scans', () => {
  it('find the same postal address and sender name as before', () => {
    fc.assert(
      fc.property(chunkList, (chunks) => {
        const address = findPostalAddress(chunks);
        expect(address).toEqual(oracle.findPostalAddress(chunks));
        expect(findSenderName(chunks, address)).toEqual(oracle.findSenderName(chunks, address));
      }),
      { numRuns: 5000 },
    );
  });
});
