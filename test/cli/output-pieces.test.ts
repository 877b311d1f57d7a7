// The JSON report is written in pieces (one result at a time); the pieces make exactly JSON.stringify's text.
import { describe, expect, it } from 'vitest';
import { json, jsonPieces } from '../../linter/cli/formatters/json.ts';
import type { LintResult } from '../../linter/types.ts';

const result = (filePath: string, messages: LintResult['messages'] = []): LintResult => ({
  filePath,
  messages,
  errorCount: messages.filter((m) => m.severity === 2).length,
  warningCount: messages.filter((m) => m.severity === 1).length,
  fatalErrorCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  suppressedMessages: [],
  usedDeprecatedRules: [],
});

describe('jsonPieces', () => {
  const cases: [string, LintResult[]][] = [
    ['no results', []],
    ['one result', [result('a.html')]],
    [
      'several, with messages and a source',
      [
        result('a.html'),
        { ...result('b "quoted".html', [{ ruleId: 'x', severity: 2, message: 'M\n', line: 1, column: 2 }]), source: '<p>é\u2028</p>' },
        result('c.html'),
      ],
    ],
  ];
  it.each(cases)('%s: joined, the pieces are the json formatter output', (_name, results) => {
    const joined = [...jsonPieces(results)].join('');
    expect(joined).toBe(json(results, { cwd: '/', color: false }));
    expect(JSON.parse(joined)).toEqual(results);
  });
});
