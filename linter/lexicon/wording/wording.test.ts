import { describe, expect, it } from 'vitest';
import { runOnAdversarial } from '../../../test/support/redos.ts';
import { growth, linearBound } from '../../../test/support/growth.ts';
import { normalizeText } from '../index.ts';
import { WORDING_LEXICONS, compiledWordingPatterns, findCues, findDelays, findShaming, isStreetWord } from './index.ts';
import { footerPatterns, findPostalAddress, findSenderName } from '../../text/footer.ts';
import { textChunks } from '../../text/chunks.ts';
import { normalizeWithMap } from '../../text/normalize.ts';
import { sentencesOf } from '../../text/sentences.ts';
import { parseHtml } from '../../dom.ts';

const n = normalizeText;

describe('wording lexicons', () => {
  it('cover the ten languages, each with every kind of cue', () => {
    expect(WORDING_LEXICONS.map((l) => l.lang)).toEqual(['en', 'it', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'sv', 'da']);
    for (const l of WORDING_LEXICONS) {
      for (const list of [
        l.login,
        l.fee,
        l.mandatoryReason,
        l.replyOnly,
        l.cannotUnsubscribe,
        l.confirmshaming.declines,
        l.confirmshaming.shaming,
        l.negations,
        l.delay.lead,
        l.delay.processing,
      ]) {
        expect(list.length, l.lang).toBeGreaterThan(0);
      }
      expect(Object.values(l.delay.units)).toEqual(expect.arrayContaining(['day', 'week', 'month']));
    }
  });
});

describe('delay grammar: number + unit per language', () => {
  const CASES: [string, string, number][] = [
    ['en', 'please allow up to 30 days', (30 * 5) / 7],
    ['en', 'within 10 business days', 10],
    ['en', 'it can take up to four weeks', 20],
    ['en', 'it can take up to a month', 21],
    ['en', 'within 48 hours', (48 * 5) / 7 / 24],
    ['it', 'fino a 30 giorni lavorativi', 30],
    ['it', 'entro due settimane', 10],
    ['de', 'bis zu 4 Wochen', 20],
    ['de', 'innerhalb von 15 Werktagen', 15],
    ['fr', "jusqu'à 30 jours", (30 * 5) / 7],
    ['fr', 'sous 12 jours ouvrés', 12],
    ['es', 'hasta 30 días hábiles', 30],
    ['es', 'en un plazo de tres semanas', 15],
    ['pt', 'até 2 meses', 42],
    ['pt', 'no prazo de 20 dias úteis', 20],
    ['nl', 'binnen 14 werkdagen', 14],
    ['pl', 'do 30 dni roboczych', 30],
    ['sv', 'upp till 4 veckor', 20],
    ['da', 'op til 30 dage', (30 * 5) / 7],
  ];
  it.each(CASES)('%s: "%s"', (lang, text, days) => {
    const hits = findDelays(n(text), lang);
    expect(Math.max(...hits.map((h) => h.businessDays))).toBeCloseTo(days, 5);
  });
  it('ignores frequencies and numbers without a unit', () => {
    expect(findDelays(n('slow down emails to once a month'), 'en')).toEqual([]);
    expect(findDelays(n('use code SAVE30 within the hour'), 'en')).toEqual([]);
    expect(findDelays(n('tres días'), 'es').map((h) => h.amount)).toEqual([]); // no lead word
    expect(findDelays(n('hasta tres días'), 'es').map((h) => h.amount)).toEqual([3]); // not Danish "tres" = 60
  });
});

describe('negation and conditions', () => {
  it('drops cues that are negated in their clause', () => {
    expect(findCues('login', n('no login required'))).toEqual([]);
    expect(findCues('login', n("you don't need to log in"))).toEqual([]);
    expect(findCues('fee', n('unsubscribing costs nothing'))).toEqual([]);
    expect(findCues('fee', n('kostet nichts, keine Gebühr'))).toEqual([]);
    expect(findCues('login', n('not a problem: log in to unsubscribe')).length).toBe(1);
  });
  it('keeps "cannot unsubscribe" unless it is a condition', () => {
    expect(findCues('cannot-unsubscribe', n('you cannot unsubscribe')).length).toBe(1);
    expect(findCues('cannot-unsubscribe', n('if you cannot unsubscribe, write to us'))).toEqual([]);
  });
  it('finds shaming phrases in decline texts', () => {
    expect(findShaming(n('No thanks, I hate saving money'))).toMatchObject({ lang: 'en', decline: 'no thanks' });
    expect(findShaming(n('No thanks'))).toBeUndefined();
  });
  it('knows street words and one-word street names', () => {
    for (const w of ['via', 'rue', 'street', 'hauptstraße', 'keizersgracht', 'drottninggatan', 'vesterbrogade', 'ul']) expect(isStreetWord(n(w)), w).toBe(true);
    expect(isStreetWord('newsletter')).toBe(false);
  });
});

describe('text chunks', () => {
  it('maps normalised characters back to the source', () => {
    const { norm, map } = normalizeWithMap('  Désabonnez–vous  ICI ');
    expect(norm).toBe('desabonnez-vous ici');
    expect(map[0]).toBe(2);
    expect(map[norm.length]).toBe(23);
  });
  it('splits blocks and sentences but not merge tags', () => {
    const html = '<p>Hello. Unsubscribe at *|UNSUB|* now</p><div>a | b</div>';
    const { root } = parseHtml(html);
    const s = sentencesOf(textChunks(root, html)).map((x) => x.norm);
    expect(s).toEqual(['hello.', 'unsubscribe at *|unsub|* now', 'a', 'b']);
  });
});

/** Strings that make backtracking patterns blow up, about `N` characters each. */
const adversarial = (N: number) => [
  'a'.repeat(N),
  '1 '.repeat(N / 2),
  'up to '.repeat(N / 6),
  '{{'.repeat(N / 2) + 'address',
  '*|'.repeat(N / 2),
  'A'.repeat(N),
  'Ab '.repeat(N / 3),
  '12345 '.repeat(N / 6),
  '%'.repeat(N),
  '© '.repeat(N / 2),
];

describe('no super-linear patterns', () => {
  it('wording and footer patterns grow linearly on adversarial strings (12.5 KB → 100 KB)', () => {
    const patterns = [...compiledWordingPatterns(), ...footerPatterns()];
    expect(patterns.length).toBeGreaterThan(20);
    expect(
      growth(
        (k) => adversarial(12_500 * k),
        (strings) => runOnAdversarial(patterns, strings),
      ),
    ).toBeLessThan(linearBound());
  });
  it('the public functions too', () => {
    const run = (strings: string[]) => {
      for (const s of strings) {
        const norm = n(s);
        findDelays(norm, 'en');
        findCues('login', norm);
        findShaming(norm);
        const chunks = [{ text: s, offsets: Array.from({ length: s.length }, (_, i) => i) }];
        findSenderName(chunks, findPostalAddress(chunks));
      }
    };
    expect(growth((k) => adversarial(12_500 * k), run)).toBeLessThan(linearBound());
  });
});
