// The stylish formatter and its code frames, on hand-made results (no rules involved).
import { describe, expect, it } from 'vitest';
import { stylish } from '../../linter/cli/formatters/stylish.ts';
import { json } from '../../linter/cli/formatters/json.ts';
import { getFormatter } from '../../linter/cli/formatters/index.ts';
import { codeFrame } from '../../linter/cli/formatters/code-frame.ts';
import { palette } from '../../linter/cli/formatters/ansi.ts';
import type { LintMessage, LintResult } from '../../linter/types.ts';

/** run.ts's toResult, restated so this file does not load the engine. */
function toResult(filePath: string, messages: LintMessage[], source?: string): LintResult {
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return {
    filePath,
    messages,
    errorCount,
    warningCount: messages.length - errorCount,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: [],
    usedDeprecatedRules: [],
    ...(source !== undefined && messages.length > 0 ? { source } : {}),
  };
}

const source = ['<table>', '  <tr>', '    <td style="font-size:6px">', '      <a href="#">clicca qui</a>', '    </td>', '  </tr>', '</table>'].join('\n');

const msg = (m: Partial<LintMessage>): LintMessage => ({
  ruleId: 'unsubscribe-link-href',
  severity: 2,
  message: 'Opt-out link goes nowhere.',
  line: 1,
  column: 1,
  ...m,
});
const plain = palette(false);
const id = (s: string) => s;

describe('stylish', () => {
  it('prints path, aligned rows, code frames and the summary', () => {
    const result = toResult(
      '/repo/emails/promo.html',
      [
        msg({ line: 4, column: 7, endLine: 4, endColumn: 33, messageId: 'nowhere' }),
        msg({
          ruleId: 'unsubscribe-link-text',
          severity: 1,
          message: 'Opt-out link text "clicca qui" does not say what it does.',
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 29,
        }),
      ],
      source,
    );
    expect(stylish([result], { cwd: '/repo', color: false })).toMatchInlineSnapshot(`
      "
      emails/promo.html
        4:7   error    Opt-out link goes nowhere                                 unsubscribe-link-href
          > 4 | <a href="#">clicca qui</a>
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^
        4:19  warning  Opt-out link text "clicca qui" does not say what it does  unsubscribe-link-text
          > 4 | <a href="#">clicca qui</a>
              |             ^^^^^^^^^^

      ✖ 2 problems (1 error, 1 warning)
      "
    `);
  });

  it('prints nothing for clean results and keeps paths outside cwd absolute', () => {
    expect(stylish([toResult('/repo/a.html', [])], { cwd: '/repo', color: false })).toBe('');
    const fatal = toResult('/elsewhere/b.html', [{ ruleId: null, severity: 2, fatal: true, message: 'No such file or directory.', line: 1, column: 1 }]);
    expect(stylish([fatal], { cwd: '/repo', color: false })).toBe(
      '\n/elsewhere/b.html\n  1:1  error  No such file or directory\n\n✖ 1 problem (1 error, 0 warnings)\n',
    );
  });

  it('colours only when asked', () => {
    const result = toResult('/repo/a.html', [msg({ line: 4, column: 7, endColumn: 9 })], source);
    expect(stylish([result], { cwd: '/repo', color: false })).not.toContain('\x1b[');
    const coloured = stylish([result], { cwd: '/repo', color: true });
    expect(coloured).toContain('\x1b[31merror\x1b[39m');
    expect(coloured).toContain('\x1b[4ma.html\x1b[24m');
  });
});

describe('codeFrame', () => {
  it('underlines multi-line spans line by line', () => {
    expect(codeFrame(source, msg({ line: 3, column: 5, endLine: 5, endColumn: 10 }), plain, id)).toMatchInlineSnapshot(`
      "> 3 | <td style="font-size:6px">
          | ^^^^^^^^^^^^^^^^^^^^^^^^^^
      > 4 |   <a href="#">clicca qui</a>
          |   ^^^^^^^^^^^^^^^^^^^^^^^^^^
      > 5 | </td>
          | ^^^^^"
    `);
  });

  it('shows at most three lines of a long span', () => {
    const frame = codeFrame(source, msg({ line: 1, column: 1, endLine: 7, endColumn: 9 }), plain, id);
    expect(frame.split('\n')).toHaveLength(7);
    expect(frame).toContain('… (4 more lines)');
  });

  it('a single caret when there is no end, nothing when the line is out of range', () => {
    expect(codeFrame('abc', msg({ line: 1, column: 2 }), plain, id)).toBe('> 1 | abc\n    |  ^');
    expect(codeFrame('abc', msg({ line: 9, column: 1 }), plain, id)).toBe('');
  });

  it('cuts long (minified) lines around the underline', () => {
    const line = `${'<td>x</td>'.repeat(50)}<a href="#">Unsubscribe</a>${'<td>y</td>'.repeat(50)}`;
    const column = line.indexOf('<a') + 1;
    const frame = codeFrame(line, msg({ line: 1, column, endLine: 1, endColumn: column + 27 }), plain, id);
    const [text, underline] = frame.split('\n') as [string, string];
    expect(text.length).toBeLessThan(120);
    expect(text.startsWith('> 1 | …')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.slice(underline.indexOf('^'), underline.lastIndexOf('^') + 1)).toBe('<a href="#">Unsubscribe</a>');
  });

  it('handles CRLF and tabs', () => {
    expect(codeFrame('one\r\n\tx = 1\r\nthree', msg({ line: 2, column: 2, endLine: 2, endColumn: 3 }), plain, id)).toBe('> 2 | x = 1\n    | ^');
  });
});

describe('json and getFormatter', () => {
  it('json is JSON.stringify of the results', () => {
    const results = [toResult('/a.html', [msg({})], 'x')];
    expect(json(results, { cwd: '/', color: false })).toBe(JSON.stringify(results));
  });

  it('getFormatter knows the formats and refuses other names', () => {
    expect(getFormatter('json')).toBe(json);
    expect(() => getFormatter('toString')).toThrow('Unknown format "toString"; valid formats: stylish, json, sarif, github, gitlab, junit, markdown, html.');
  });
});
