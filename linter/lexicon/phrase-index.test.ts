import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseIndex } from './phrase-index.ts';
import { LEXICONS, normalizeText, regexTwinFind, type LexiconField } from './index.ts';

const FIELDS: LexiconField[] = ['unsubscribe', 'preferences', 'context'];

describe('PhraseIndex', () => {
  const index = new PhraseIndex([
    { body: 'unsubscribe from this list', stem: false },
    { body: 'unsubscrib', stem: true },
    { body: 'opt out', stem: false },
    { body: 'x', stem: false },
  ]);

  it('finds whole words and stems, leftmost first, longest first at one position', () => {
    expect(index.find('please unsubscribe from this list')).toBe(0);
    expect(index.find('unsubscribed')).toBe(1);
    expect(index.find('opt out now')).toBe(2);
    expect(index.find('opt outside')).toBe(-1); // not a whole word
    expect(index.find('reunsubscribe')).toBe(-1); // starts inside a word
    expect(index.find('a x b')).toBe(3);
    expect(index.find('opt out, unsubscribe')).toBe(2); // leftmost wins over priority
    expect(index.find('')).toBe(-1);
  });

  it('treats accented Latin, Greek and Cyrillic letters as word characters, punctuation as boundaries', () => {
    expect(index.find('éunsubscribe')).toBe(-1);
    expect(index.find('-unsubscribe')).toBe(1);
    expect(index.find('opt outя')).toBe(-1);
    expect(index.find('opt out!')).toBe(2);
  });
});

describe('the lexicon phrase index answers like its regex twin', () => {
  // Phrases of every language cut and glued with separators and letters, so matches start and end at
  // tricky places (inside words, next to accents, at the ends).
  const fragments = LEXICONS.flatMap((l) => [...l.unsubscribe, ...l.preferences, ...l.context]).map((p) => normalizeText(p.replace(/^=|\*$/g, '')));
  const piece = fc.oneof(
    fc.constantFrom(...fragments),
    fc.constantFrom(...fragments).chain((f) => fc.nat(f.length).map((k) => f.slice(k))),
    fc.constantFrom(...fragments).chain((f) => fc.nat(f.length).map((k) => f.slice(0, k))),
    fc.constantFrom(' ', '-', "'", 'é', 'a', 'я', '1', '.', 's', 'ed', 'ß'),
  );
  const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));

  for (const field of FIELDS) {
    it(`${field}: same first match`, () => {
      fc.assert(
        fc.property(text, (t) => {
          const { index, regex } = regexTwinFind(field, t);
          expect(index).toBe(regex);
        }),
        { numRuns: 3000 },
      );
    });

    it(`${field}: every phrase is found in itself, as the regex finds it`, () => {
      for (const f of fragments) {
        const { index, regex } = regexTwinFind(field, f);
        expect(index, f).toBe(regex);
      }
    });
  }
});
