// The text model against its previous, character-by-character implementation (kept in test/oracles as the oracle):
// the fast paths must give the same chunks, offsets, sentences, normalised text and maps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../dom.ts';
import { normalizeSpan, normalizeWithMap } from './normalize.ts';
import { offsetAt, plainTextChunks, textChunks } from './chunks.ts';
import { sentencesOf } from './sentences.ts';
import { chunkWords } from './cue-words.ts';
import * as oracle from '../../test/oracles/text-oracle.ts';

/** Characters that exercise every branch: ASCII controls and spaces, accents, marks, invisible, quotes, dashes, astral, Hangul. */
const ALPHABET = [
  'a',
  'Z',
  'é',
  'É',
  'e\u0301',
  'ß',
  'ẞ',
  'İ',
  'ł',
  'Σ',
  'ΟΣ',
  '한',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u000b',
  '\u00a0',
  '\u2003',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '`',
  '´',
  '’',
  '‘',
  'ʼ',
  '–',
  '—',
  '−',
  '.',
  '!',
  '?',
  ';',
  '。',
  '|',
  '·',
  '•',
  '*|UNSUB|*',
  '0',
  '42',
  '&',
  ',',
  'x',
];
const textArb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((a) => a.join(''));

describe('normalisation', () => {
  it('normalizeWithMap gives the same text and map as before', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        const now = normalizeWithMap(text, from, to);
        const before = oracle.normalizeWithMap(text, from, to);
        expect(now.norm).toBe(before.norm);
        expect([...now.map]).toEqual(before.map);
        expect(normalizeSpan(text, from, to)).toBe(before.norm);
      }),
      { numRuns: 3000 },
    );
  });
  it('takes the ASCII fast path to the same result', () => {
    for (const s of ['  Hello\tWorld \n', 'A`B', '\u000bx\u000cy  ', '', '   ', 'x\u0000y']) {
      expect(normalizeSpan(s)).toBe(oracle.normalizeWithMap(s).norm);
    }
  });
});

const htmlPiece = fc.constantFrom(
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<br>',
  '<a href="#">',
  '</a>',
  '<b>',
  '</b>',
  '<span>',
  '</span>',
  '<td>',
  '</td>',
  '<style>p{}</style>',
  '<mj-text>',
  '</mj-text>',
  '<button>',
  '</button>',
  '&amp;',
  '&nbsp;',
  '&eacute;',
  '&#128512;',
  '&lt;x',
  'Unsubscribe',
  ' here. ',
  'Log in',
  ' | ',
  '·',
  'No thanks',
  ' 30 days ',
  '\n',
  '  ',
  'é',
  '😀',
  '*|UNSUB|*',
  '&',
  ';',
  'A.B',
  'x|y',
  'Go! now',
  '`q`',
);
const htmlArb = fc.array(htmlPiece, { maxLength: 30 }).map((a) => a.join(''));

describe('chunks and sentences', () => {
  it('textChunks and sentencesOf give the same chunks, offsets and sentences as before', () => {
    fc.assert(
      fc.property(htmlArb, (html) => {
        const now = textChunks(parseHtml(html).root, html);
        const before = oracle.textChunks(parseHtml(html).root, html);
        // Offsets read one by one (from the runs) before and after the whole array is built.
        now.forEach((c, k) => {
          for (let i = -1; i <= c.text.length; i++) expect(offsetAt(c, i), `chunk ${k} char ${i}`).toBe(before[k]?.offsets[i]);
        });
        expect(now.map((c) => ({ text: c.text, offsets: Array.from(c.offsets) }))).toEqual(before);
        now.forEach((c, k) => {
          for (let i = -1; i <= c.text.length; i++) expect(offsetAt(c, i)).toBe(before[k]?.offsets[i]);
        });
        for (const c of now) expect(c.span).toEqual({ min: Math.min(...Array.from(c.offsets)), max: Math.max(...Array.from(c.offsets)) });
        // Each word of a sentence is a word of its chunk (the chunk-level shortcut of unsubscribe-wording).
        for (const s of sentencesOf(now)) {
          const words = chunkWords(now[s.chunk]!.text);
          if (words) for (const w of s.words) if (w) expect(words).toContain(w);
        }
        const sNow = sentencesOf(now).map((s) => ({
          chunk: s.chunk,
          start: s.start,
          end: s.end,
          norm: s.norm,
          map: Array.from(s.map),
          breakAfter: s.breakAfter,
        }));
        expect(sNow).toEqual(oracle.sentencesOf(before));
      }),
      { numRuns: 2000 },
    );
  });
  it('plainTextChunks gives the same chunks as before', () => {
    const plain = fc.array(fc.constantFrom('a', 'B', ' ', '\t', '\r', '\n', '\n\n', '\n \t\r\n', '.', '😀'), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(plain, fc.nat(100), (text, base) => {
        const chunks = plainTextChunks(text, base);
        expect(chunks.map((c) => ({ text: c.text, offsets: Array.from(c.offsets) }))).toEqual(oracle.plainTextChunks(text, base));
        for (const c of chunks) expect(c.span).toEqual({ min: Math.min(...Array.from(c.offsets)), max: Math.max(...Array.from(c.offsets)) });
      }),
      { numRuns: 2000 },
    );
  });
});
