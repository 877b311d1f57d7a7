// The Action's inputs are split like a shell splits words, without expanding anything.
import { describe, expect, it } from 'vitest';
import { splitArgs } from '../../linter/cli/action.ts';

describe('splitArgs', () => {
  it('keeps quoted globs and spaces whole, unexpanded', () => {
    expect(splitArgs(`"emails/**/*.html" 'My Drafts/' plain.mjml`)).toEqual(['emails/**/*.html', 'My Drafts/', 'plain.mjml']);
    expect(splitArgs(`--rule 'postal-address: off' --max-warnings 0`)).toEqual(['--rule', 'postal-address: off', '--max-warnings', '0']);
  });

  it('handles escapes, empty quotes, and runs of whitespace and newlines', () => {
    expect(splitArgs('a\\ b "c \\"d\\"" \'\' \n\t e')).toEqual(['a b', 'c "d"', '', 'e']);
    expect(splitArgs('   ')).toEqual([]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => splitArgs('"emails/**')).toThrow('unclosed " in "\\"emails/**"');
  });
});
