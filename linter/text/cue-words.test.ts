// The word keys must never rule out a text that a lexicon matcher would match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICONS, matchContextCue, matchOptOutWording, normalizeText } from '../lexicon/index.ts';
import { WORDING_LEXICONS, findCues, findDelays, findShaming, mentionsProcessing, type PhraseCategory } from '../lexicon/wording/index.ts';
import {
  CUE_BITS,
  boundaryWords,
  chunkWords,
  cueKeys,
  letterWords,
  mayBeAboutOptOutChunk,
  mayHoldDelay,
  mayMatchOptOut,
  processingKeys,
  sentenceCues,
  shamingKeys,
} from './cue-words.ts';
import { chunkMayBeAboutOptOut } from './cue-words.ts';
import { sentencesOfChunk } from './sentences.ts';

const CATEGORIES: PhraseCategory[] = ['login', 'fee', 'mandatory-reason', 'reply-only', 'cannot-unsubscribe'];

interface Check {
  name: string;
  /** The matcher, on a normalised text. */
  matches: (norm: string) => boolean;
  /** Its shortcut: false only when the matcher cannot match. */
  may: (norm: string) => boolean;
}

const CHECKS: Check[] = [
  { name: 'opt-out wording', matches: (n) => matchOptOutWording(n, 'en') !== undefined || matchContextCue(n, 'en') !== undefined, may: mayMatchOptOut },
  ...CATEGORIES.map((c): Check => ({ name: c, matches: (n) => findCues(c, n).length > 0, may: (n) => cueKeys(c).mayOccur(boundaryWords(n)) })),
  { name: 'shaming', matches: (n) => findShaming(n) !== undefined, may: (n) => shamingKeys().mayOccur(boundaryWords(n)) },
  { name: 'processing', matches: (n) => mentionsProcessing(n), may: (n) => processingKeys().mayOccur(boundaryWords(n)) },
  { name: 'delays', matches: (n) => findDelays(n, 'en').length > 0, may: (n) => mayHoldDelay(letterWords(n)) },
  ...CATEGORIES.map((c): Check => ({
    name: `sentenceCues ${c}`,
    matches: (n) => findCues(c, n).length > 0,
    may: (n) => (sentenceCues(boundaryWords(n)) & CUE_BITS[c]) !== 0,
  })),
  { name: 'sentenceCues shaming', matches: (n) => findShaming(n) !== undefined, may: (n) => (sentenceCues(boundaryWords(n)) & CUE_BITS.shaming) !== 0 },
  { name: 'sentenceCues processing', matches: (n) => mentionsProcessing(n), may: (n) => (sentenceCues(boundaryWords(n)) & CUE_BITS.processing) !== 0 },
  {
    name: 'chunk: opt-out or cannot unsubscribe',
    matches: (n) => matchOptOutWording(n) !== undefined || matchContextCue(n) !== undefined || findCues('cannot-unsubscribe', n).length > 0,
    may: (n) => {
      const w = chunkWords(n);
      return w === undefined || mayBeAboutOptOutChunk(w);
    },
  },
];

/** Every phrase of the lexicons as written, without its `=` and `*` marks. */
const PHRASES = [
  ...LEXICONS.flatMap((l) => [...l.unsubscribe, ...l.preferences, ...l.context]),
  ...WORDING_LEXICONS.flatMap((l) => [
    ...l.login,
    ...l.fee,
    ...l.mandatoryReason,
    ...l.replyOnly,
    ...l.cannotUnsubscribe,
    ...l.confirmshaming.shaming,
    ...l.delay.processing,
    ...Object.keys(l.delay.units),
    ...Object.keys(l.delay.numbers),
    ...l.delay.lead,
  ]),
].map((p) => p.replace(/^=/, '').replace(/\*$/, ''));

function expectNotRuledOut(text: string): void {
  const n = normalizeText(text);
  expect(letterWords(n, boundaryWords(n))).toEqual(letterWords(n));
  expect(mayMatchOptOut(n, boundaryWords(n))).toBe(mayMatchOptOut(n));
  for (const c of CHECKS) if (c.matches(n)) expect(c.may(n), `${c.name}: ${JSON.stringify(n)}`).toBe(true);
}

describe('cue word keys', () => {
  it('let every lexicon phrase through, alone and in a sentence', () => {
    for (const phrase of PHRASES) {
      for (const text of [phrase, `${phrase}ed`, `Please, ${phrase} within 30 days.`, `(${phrase})`, `÷${phrase}·`, `€ ${phrase} °`]) {
        expectNotRuledOut(text);
      }
    }
  });

  it('let through every generated sentence a matcher matches', () => {
    const words = [...new Set(PHRASES.flatMap((p) => normalizeText(p).split(/\s+/)))];
    const glue = fc.constantFrom(' ', ', ', '. ', '-', "'", '30', 'x', 'ed', 's', 'é', '÷', '·', '°', 'ł', 'Σ', '😀', '\u0301');
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...PHRASES), glue);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        expectNotRuledOut(pieces.join(' '));
        expectNotRuledOut(pieces.join(''));
      }),
      { numRuns: 4000 },
    );
  });

  it('let through every chunk with a sentence about opting out or saying one cannot', () => {
    const words = [...new Set(PHRASES.flatMap((p) => p.split(/\s+/)))];
    const glue = fc.constantFrom(' ', '. ', '\n', ' | ', '·', '•', '。', '! ', '÷', 'É', 'ß', '😀', '\u200b', '’', '–', ', ', '\u00a0');
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...PHRASES), glue);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        for (const text of [pieces.join(' '), pieces.join('')]) {
          const about = sentencesOfChunk({ text, offsets: [] }, 0).some(
            (s) => matchOptOutWording(s.norm) !== undefined || matchContextCue(s.norm) !== undefined || findCues('cannot-unsubscribe', s.norm).length > 0,
          );
          if (about) expect(chunkMayBeAboutOptOut(text), JSON.stringify(text)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('rule out sentences without all the words of a phrase', () => {
    const n = normalizeText('The weather is lovely this week in Boulder, and you want to get more of it.');
    expect(mayMatchOptOut(n)).toBe(false);
    expect(cueKeys('login').mayOccur(boundaryWords(n))).toBe(false);
    expect(shamingKeys().mayOccur(boundaryWords(n))).toBe(false);
    expect(mayMatchOptOut('to unsubscribe, click here')).toBe(true);
    expect(mayMatchOptOut('preferences.')).toBe(true); // a whole-text entry
    expect(mayMatchOptOut('if you do not want to receive these emails')).toBe(true);
  });
});
