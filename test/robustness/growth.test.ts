// The linear-time check itself: it must pass linear work and catch quadratic work, or it proves nothing.
import { describe, expect, it } from 'vitest';
import { growth, linearBound } from '../support/growth.ts';

describe('growth', () => {
  it('passes linear work', () => {
    expect(
      growth(
        (k) => 'ab'.repeat(100_000 * k),
        (s) => s.split('').reverse(),
      ),
    ).toBeLessThan(linearBound());
  });

  it('catches quadratic work', () => {
    const quadratic = (n: number) => {
      let x = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) x += i ^ j;
      return x;
    };
    expect(growth((k) => 2_000 * k, quadratic, 8)).toBeGreaterThan(linearBound(8));
  });
});
