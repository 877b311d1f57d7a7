// Messages from content scripts come from pages we do not control: whatever arrives, the validators either
// return a well-formed value with only known fields, or throw a ProtocolError (never a TypeError or a crash).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TEXT, ProtocolError, validateLintRequest, validateStatusUpdate } from './protocol.ts';

const nearlyRequest = fc.record(
  {
    kind: fc.oneof(fc.constantFrom('html', 'eml', 'mjml', ''), fc.anything()),
    text: fc.oneof(fc.string({ maxLength: 200 }), fc.anything()),
    subject: fc.oneof(fc.string({ maxLength: 50 }), fc.anything()),
    site: fc.oneof(fc.constantFrom('gmail', 'outlook', 'generic', 'Gmail', '../x', 'a'.repeat(40), ''), fc.anything()),
    __proto__: fc.anything(),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

const nearlyStatus = fc.record(
  {
    site: fc.oneof(fc.constantFrom('gmail', 'x y'), fc.anything()),
    report: fc.oneof(
      fc.record(
        {
          status: fc.oneof(fc.constantFrom('pass', 'fail'), fc.anything()),
          errorCount: fc.oneof(fc.nat(), fc.anything()),
          warningCount: fc.oneof(fc.nat(), fc.anything()),
          findings: fc.oneof(
            fc.array(
              fc.oneof(
                fc.record({
                  ruleId: fc.string(),
                  messageId: fc.string(),
                  message: fc.string(),
                  severity: fc.anything(),
                  line: fc.anything(),
                  column: fc.anything(),
                }),
                fc.anything(),
              ),
              { maxLength: 5 },
            ),
            fc.anything(),
          ),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

function onlyProtocolErrors(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    return undefined;
  }
}

describe('protocol validation properties', () => {
  it('validateLintRequest: a clean LintRequest or a ProtocolError', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyRequest, fc.anything()), (value) => {
        const req = onlyProtocolErrors(() => validateLintRequest(value)) as Record<string, unknown> | undefined;
        if (!req) return;
        expect(Object.keys(req).every((k) => ['kind', 'text', 'subject', 'site'].includes(k))).toBe(true);
        expect(['html', 'eml']).toContain(req.kind);
        expect(typeof req.text).toBe('string');
        expect((req.text as string).length).toBeLessThanOrEqual(MAX_TEXT);
        expect(req.site).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
        if ('subject' in req) expect(typeof req.subject).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('validateStatusUpdate: a clean StatusUpdate or a ProtocolError', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyStatus, fc.anything()), (value) => {
        const update = onlyProtocolErrors(() => validateStatusUpdate(value)) as ReturnType<typeof validateStatusUpdate> | undefined;
        if (!update) return;
        expect(['pass', 'fail']).toContain(update.report.status);
        expect(Number.isInteger(update.report.errorCount)).toBe(true);
        for (const f of update.report.findings) {
          expect(Object.keys(f).sort()).toEqual(['column', 'line', 'message', 'messageId', 'ruleId', 'severity']);
          expect([1, 2]).toContain(f.severity);
          expect(typeof f.line).toBe('number');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
