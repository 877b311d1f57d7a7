import { describe, expect, it } from 'vitest';
import { applyFixes } from './fix.ts';
import type { LintMessage } from './types.ts';

const msg = (start: number, end: number, text: string): LintMessage => ({
  ruleId: null,
  severity: 1,
  message: '',
  line: 1,
  column: 1,
  fix: { range: [start, end], text },
});

describe('applyFixes', () => {
  it('applies edits in file order whatever order they come in, and keeps the rest', () => {
    const plain: LintMessage = { ruleId: 'r', severity: 2, message: 'no fix', line: 1, column: 1 };
    const out = applyFixes('abcdef', [msg(4, 5, 'E'), plain, msg(0, 1, 'A')]);
    expect(out).toEqual({ output: 'AbcdEf', fixed: true, remaining: [plain] });
  });

  it('skips an edit overlapping one already applied, for the next pass', () => {
    const second = msg(1, 4, 'X');
    const out = applyFixes('abcdef', [msg(0, 2, ''), second]);
    expect(out.output).toBe('cdef');
    expect(out.remaining).toEqual([second]);
  });

  it('applies only what the filter lets through; nothing to do leaves the text as is', () => {
    const m = msg(0, 1, 'Z');
    expect(applyFixes('abc', [m], () => false)).toEqual({ output: 'abc', fixed: false, remaining: [m] });
    expect(applyFixes('abc', [])).toEqual({ output: 'abc', fixed: false, remaining: [] });
  });
});
