import { describe, expect, it } from 'vitest';
import { MAX_TEXT, ProtocolError, isOwnSender, validateLintRequest, validateStatusUpdate } from './protocol.ts';

describe('validateLintRequest', () => {
  it('accepts a well-formed request and keeps only known fields', () => {
    expect(validateLintRequest({ kind: 'html', text: '<p>x</p>', site: 'gmail', subject: 'Hi' })).toEqual({
      kind: 'html',
      text: '<p>x</p>',
      site: 'gmail',
      subject: 'Hi',
    });
    expect(validateLintRequest({ kind: 'eml', text: 'From: a', site: 'generic' })).toEqual({ kind: 'eml', text: 'From: a', site: 'generic' });
  });
  it.each([
    [null, 'object'],
    [[], 'object'],
    [{ kind: 'mjml', text: '', site: 'gmail' }, 'kind'],
    [{ kind: 'html', text: 42, site: 'gmail' }, 'text'],
    [{ kind: 'html', text: 'x'.repeat(MAX_TEXT + 1), site: 'gmail' }, 'longer'],
    [{ kind: 'html', text: '', site: '<script>' }, 'site'],
    [{ kind: 'html', text: '', site: 'gmail', subject: {} }, 'subject'],
    [{ kind: 'html', text: '', site: 'gmail', filename: '/etc/passwd' }, 'unknown field'],
  ])('rejects %j', (value, message) => {
    expect(() => validateLintRequest(value)).toThrow(ProtocolError);
    expect(() => validateLintRequest(value)).toThrow(message);
  });
});

describe('validateStatusUpdate', () => {
  it('normalises findings and rejects bad reports', () => {
    const update = validateStatusUpdate({
      site: 'gmail',
      report: {
        status: 'fail',
        errorCount: 1,
        warningCount: 0,
        findings: [{ ruleId: 'r', messageId: 'm', message: 'x', severity: 2, line: 3, column: 4, extra: 1 }],
      },
    });
    expect(update.report.findings).toEqual([{ ruleId: 'r', messageId: 'm', message: 'x', severity: 2, line: 3, column: 4 }]);
    expect(() => validateStatusUpdate({ site: 'gmail', report: { status: 'ok', errorCount: 0, warningCount: 0, findings: [] } })).toThrow(ProtocolError);
    expect(() => validateStatusUpdate({ site: 'gmail', report: { status: 'pass', errorCount: 0.5, warningCount: 0, findings: [] } })).toThrow(ProtocolError);
  });
});

it('isOwnSender only trusts this extension', () => {
  expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
  expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
  expect(isOwnSender(undefined, 'abc')).toBe(false);
});
