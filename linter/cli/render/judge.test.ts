import { describe, expect, it } from 'vitest';
import { conditionVerdict, describeProblem, problemOf, type LinkMeasure } from './judge.ts';

const readable: LinkMeasure = {
  index: 0,
  width: 90,
  height: 18,
  visibleShare: 1,
  coveredShare: 0,
  visibility: 'visible',
  opacity: 1,
  color: 'rgb(26, 95, 180)',
  fontSize: 13,
  hasText: true,
  behind: { r: 255, g: 255, b: 255, a: 1 },
};

describe('the rendered judgment', () => {
  it.each([
    ['a zero box', { width: 0 }, 'not-drawn'],
    ['visibility:hidden', { visibility: 'hidden' }, 'invisible'],
    ['faded out', { opacity: 0.05 }, 'invisible'],
    ['mostly cut off', { visibleShare: 0.3, clippedBy: '<td>' }, 'clipped'],
    ['under another element', { coveredShare: 0.8, coveredBy: '<div>' }, 'covered'],
    ['drawn at 4px', { fontSize: 4 }, 'tiny'],
    ['white on the light pixels behind it', { color: 'rgb(255, 255, 255)', behind: { r: 242, g: 242, b: 242, a: 1 } }, 'contrast'],
    ['half transparent on a light background', { color: 'rgb(120, 120, 120)', opacity: 0.3 }, 'contrast'],
  ] as const)('%s', (_name, change, kind) => {
    const problem = problemOf({ ...readable, ...change });
    expect(problem?.kind).toBe(kind);
    expect(describeProblem(problem!)).toMatch(/^is /);
  });

  it('a readable link, an image link with no text to sample, and a half-clipped one pass', () => {
    expect(problemOf(readable)).toBeUndefined();
    expect(problemOf({ ...readable, hasText: false, color: 'rgb(255, 255, 255)' })).toBeUndefined();
    expect(problemOf({ ...readable, visibleShare: 0.6 })).toBeUndefined();
  });

  it('a condition fails only when no link is readable, and names the first one', () => {
    expect(
      conditionVerdict([
        { ...readable, width: 0 },
        { ...readable, index: 1 },
      ]),
    ).toBeUndefined();
    expect(
      conditionVerdict([
        { ...readable, coveredShare: 1 },
        { ...readable, index: 1, width: 0 },
      ]),
    ).toEqual({ index: 0, problem: { kind: 'covered' } });
    expect(conditionVerdict([])).toBeUndefined();
  });
});
