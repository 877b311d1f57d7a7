// The word keys must never rule out a text that a lexicon matcher would match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICONS, matchContextCue, matchOptOutWording, normalizeText } from '../lexicon/index.ts';
import {
  WORDING_LEXICONS, findCues, findDelays, findShaming, mentionsProcessing, type PhraseCategory,
} from '../lexicon/wording/index.ts';
import { asciiWords, cueKeys, delayUnitKeys, optOutKeys, processingKeys, shamingKeys, type CueKeys } from './cue-words.ts';

const CATEGORIES: PhraseCategory[] = ['login', 'fee', 'mandatory-reason', 'reply-only', 'cannot-unsubscribe'];

interface Check {
  name: string;
  keys: () => CueKeys;
  matches: (norm: string) => boolean;
}

const CHECKS: Check[] = [
  { name: 'opt-out wording', keys: optOutKeys, matches: (n) => matchOptOutWording(n, 'en') !== undefined || matchContextCue(n, 'en') !== undefined },
  ...CATEGORIES.map((c): Check => ({ name: c, keys: () => cueKeys(c), matches: (n) => findCues(c, n).length > 0 })),
  { name: 'shaming', keys: shamingKeys, matches: (n) => findShaming(n) !== undefined },
  { name: 'processing', keys: processingKeys, matches: (n) => mentionsProcessing(n) },
  { name: 'delays', keys: delayUnitKeys, matches: (n) => findDelays(n, 'en').length > 0 },
];

/** Every phrase of the lexicons as written, without its `=` and `*` marks. */
const PHRASES = [
  ...LEXICONS.flatMap((l) => [...l.unsubscribe, ...l.preferences, ...l.context]),
  ...WORDING_LEXICONS.flatMap((l) => [
    ...l.login, ...l.fee, ...l.mandatoryReason, ...l.replyOnly, ...l.cannotUnsubscribe, ...l.confirmshaming.shaming,
    ...l.delay.processing, ...Object.keys(l.delay.units), ...Object.keys(l.delay.numbers), ...l.delay.lead,
  ]),
].map((p) => p.replace(/^=/, '').replace(/\*$/, ''));

describe('cue word keys', () => {
  it('let every lexicon phrase through, alone and in a sentence', () => {
    for (const phrase of PHRASES) {
      for (const text of [phrase, `${phrase}ed`, `Please, ${phrase} within 30 days.`, `(${phrase})`]) {
        const n = normalizeText(text);
        for (const c of CHECKS) if (c.matches(n)) expect(c.keys().mayOccur(asciiWords(n)), `${c.name}: ${text}`).toBe(true);
      }
    }
  });

  it('let through every generated sentence a matcher matches', () => {
    const words = [...new Set(PHRASES.flatMap((p) => normalizeText(p).split(/\s+/)))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...PHRASES), fc.constantFrom(' ', ', ', '. ', '-', "'", '30', 'x', 'ed', 's'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const n = normalizeText(pieces.join(' '));
      const glued = normalizeText(pieces.join(''));
      for (const text of [n, glued]) {
        for (const c of CHECKS) if (c.matches(text)) expect(c.keys().mayOccur(asciiWords(text)), `${c.name}: ${text}`).toBe(true);
      }
    }), { numRuns: 3000 });
  });

  it('rule out sentences without any of their words', () => {
    const words = asciiWords(normalizeText('The weather is lovely this week in Boulder.'));
    expect(optOutKeys().mayOccur(words)).toBe(false);
    expect(cueKeys('login').mayOccur(words)).toBe(false);
    expect(shamingKeys().mayOccur(words)).toBe(false);
    expect(optOutKeys().mayOccur(asciiWords('to unsubscribe, click here'))).toBe(true);
    expect(optOutKeys().mayOccur(asciiWords('désabonnez-vous'))).toBe(true); // not ASCII: no shortcut
  });
});
