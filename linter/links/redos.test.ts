// Lexicons and tag patterns run on untrusted email text: none may backtrack super-linearly.
import { describe, expect, it } from 'vitest';
import { runOnAdversarial } from '../../test/support/redos.ts';
import { growth, linearBound } from '../../test/support/growth.ts';
import { compiledLexiconPatterns, isAmbiguousLinkText, matchContextCue, matchOptOutWording, normalizeText } from '../lexicon/index.ts';
import { classifyHref, findBareOptOutUrls } from './href.ts';
import { findMergeTags, looksLikePlaceholder, mergeTagPatterns } from './merge-tags.ts';
import { hrefPatterns } from './href.ts';
import { findOptOutLinksInHtml } from './find.ts';

/** Strings that make backtracking patterns blow up, about `N` characters each. */
const adversarial = (N: number) => [
  'a'.repeat(N),
  'unsub'.repeat(N / 5),
  ' '.repeat(N) + 'x',
  'opt '.repeat(N / 4),
  'cancella '.repeat(N / 9),
  '{'.repeat(N),
  '{{ '.repeat(N / 3),
  '{% unsubscribe'.repeat(N / 14),
  '*|'.repeat(N / 2),
  '%'.repeat(N),
  '%%unsub_center_url'.repeat(N / 18),
  '['.repeat(N) + 'x',
  '<%'.repeat(N / 2),
  '%3C%25'.repeat(N / 6),
  'http://'.repeat(N / 7),
  'https://x.com/' + 'a'.repeat(N),
  'www.'.repeat(N / 4),
  'é'.repeat(N),
  '\u200b'.repeat(N),
  '?'.repeat(N),
];

describe('no super-linear patterns', () => {
  it('every compiled pattern grows linearly on adversarial strings (12.5 KB → 100 KB)', () => {
    const patterns = [...compiledLexiconPatterns(), ...mergeTagPatterns(), ...hrefPatterns()];
    expect(patterns.length).toBeGreaterThan(10);
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
        normalizeText(s);
        matchOptOutWording(s);
        matchContextCue(s);
        isAmbiguousLinkText(s);
        findMergeTags(s);
        looksLikePlaceholder(s);
        classifyHref(s);
        findBareOptOutUrls(s);
      }
    };
    expect(growth((k) => adversarial(12_500 * k), run)).toBeLessThan(linearBound());
  });

  it('findOptOutLinks stays linear on a long block full of links', () => {
    const html = (k: number) => `<p>${'word '.repeat(2_500 * k)}${'<a href="#">here</a> '.repeat(250 * k)}</p>`;
    const run = (text: string) => {
      findOptOutLinksInHtml(text);
    };
    expect(growth(html, run)).toBeLessThan(linearBound());
  });
});
