// Lexicons and tag patterns run on untrusted email text: none may backtrack super-linearly.
import { describe, expect, it } from 'vitest';
import { timeOnAdversarial } from '../../test/support/redos.ts';
import { compiledLexiconPatterns, isAmbiguousLinkText, matchContextCue, matchOptOutWording, normalizeText } from '../lexicon/index.ts';
import { parseHtml } from '../dom.ts';
import { classifyHref, findBareOptOutUrls } from './href.ts';
import { findMergeTags, looksLikePlaceholder, mergeTagPatterns } from './merge-tags.ts';
import { hrefPatterns } from './href.ts';
import { findOptOutLinks } from './find.ts';
import { detectLanguage } from './language.ts';

const N = 100_000;
const ADVERSARIAL = [
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
  it('every compiled pattern runs on 100 KB adversarial strings in well under a second', () => {
    const patterns = [...compiledLexiconPatterns(), ...mergeTagPatterns(), ...hrefPatterns()];
    expect(patterns.length).toBeGreaterThan(10);
    expect(timeOnAdversarial(patterns, ADVERSARIAL)).toBeLessThan(1000);
  });

  it('the public functions too', () => {
    const started = performance.now();
    for (const s of ADVERSARIAL) {
      normalizeText(s);
      matchOptOutWording(s);
      matchContextCue(s);
      isAmbiguousLinkText(s);
      findMergeTags(s);
      looksLikePlaceholder(s);
      classifyHref(s);
      findBareOptOutUrls(s);
    }
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('findOptOutLinks stays linear on a long block full of links', () => {
    const html = `<p>${'word '.repeat(20_000)}${'<a href="#">here</a> '.repeat(2_000)}</p>`;
    const started = performance.now();
    const { root } = parseHtml(html);
    findOptOutLinks({ root, text: html, lang: detectLanguage(root) });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
