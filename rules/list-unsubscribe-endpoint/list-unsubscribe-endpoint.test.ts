// The rule only judges probe results (the network part is tested in test/probe); here the results are given.
import { describe, expect, it } from 'vitest';
import rule from './index.ts';
import { lintText } from '../../test/support/lint.ts';
import { listUnsubscribeFields } from '../../linter/headers/list-unsubscribe.ts';
import type { ProbeOutcome } from '../../linter/probe.ts';
import type { ResolvedConfig } from '../../linter/types.ts';
import { emlFixture } from '../../test/support/rule-tester.ts';

const config: ResolvedConfig = { rules: { [rule.meta.id]: { severity: 2, options: {} } }, locales: [], maxFileSize: 1 << 20 };

async function judge(outcomes: (fields: ReturnType<typeof listUnsubscribeFields>) => ProbeOutcome[], probe = true) {
  const result = await lintText(emlFixture('compliant.eml'), {
    filename: 'x.eml',
    config,
    rules: [rule],
    beforeRules: async (doc) => {
      if (probe) doc.message.probe = { outcomes: outcomes(listUnsubscribeFields(doc.message.headers)), notes: [] };
    },
  });
  return result.messages;
}

describe('list-unsubscribe-endpoint', () => {
  it('is silent without --probe', async () => {
    expect(await judge(() => [], false)).toEqual([]);
  });

  it('is silent when both requests succeeded', async () => {
    expect(await judge((f) => [{ method: 'POST', url: 'https://acme.example/u/3f9a2c', header: { field: f[0]!, start: 0, end: 30 }, status: 200 }])).toEqual(
      [],
    );
  });

  it('reports a redirect on the POST at the URI in the header', async () => {
    const [m, ...rest] = await judge((f) => [
      { method: 'POST', url: 'https://acme.example/u/3f9a2c', header: { field: f[0]!, start: 0, end: 30 }, status: 302, location: '/bye', problem: 'redirect' },
    ]);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ messageId: 'redirect', line: 7, column: 19, endLine: 7, endColumn: 49, severity: 2 });
    expect(m!.message).toContain('302 to /bye');
  });

  it('reports a failed GET at the body link', async () => {
    const [m] = await judge(() => [{ method: 'GET', url: 'https://acme.example/u/3f9a2c', range: { start: 10, end: 20 }, status: 404, problem: 'status' }]);
    expect(m).toMatchObject({ messageId: 'status', line: 30 });
  });

  it.each([
    ['timeout', 'timeout'],
    ['tls', 'tls'],
    ['network', 'network'],
    ['refused', 'refused'],
    ['login', 'login'],
    ['too-many-redirects', 'tooManyRedirects'],
  ] as const)('%s → %s', async (problem, messageId) => {
    const [m] = await judge((f) => [{ method: 'POST', url: 'https://acme.example/u', header: { field: f[0]!, start: 0, end: 30 }, problem, detail: 'X' }]);
    expect(m?.messageId).toBe(messageId);
  });
});
