import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Source, computeLineStarts } from './source.ts';

/** The char-by-char definition: a line starts after LF, after CRLF, and after a lone CR. */
function lineStartsOneByOne(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

describe('computeLineStarts', () => {
  test('matches the char-by-char definition for any mix of LF, CRLF and lone CR', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '\n', '\r', '\r\n', ' ')).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(computeLineStarts(t)).toEqual(lineStartsOneByOne(t));
      }),
      { numRuns: 2000 },
    );
  });

  test('CRLF counts once, a lone CR counts', () => {
    expect(computeLineStarts('a\r\nb\rc\nd')).toEqual([0, 3, 5, 7]);
  });
});

describe('Source', () => {
  test('positions are 1-based and clamp to the text', () => {
    const source = new Source('ab\r\ncd\nef', 'x.html');
    expect(source.position(0)).toEqual({ line: 1, column: 1 });
    expect(source.position(4)).toEqual({ line: 2, column: 1 });
    expect(source.position(8)).toEqual({ line: 3, column: 2 });
    expect(source.position(99)).toEqual({ line: 3, column: 3 });
    expect(source.locate({ start: 1, end: 5 })).toEqual({ line: 1, column: 2, endLine: 2, endColumn: 2 });
  });
});
