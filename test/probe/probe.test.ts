// The probe against a real server on 127.0.0.1 (the only place tests send traffic to).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lintText } from '../support/lint.ts';
import { resolveConfig } from '../../linter/config.ts';
import { presets, rules } from '../../rules/index.ts';
import { probeDocument, type ProbeOptions } from '../../linter/cli/probe/index.ts';
import type { LintMessage } from '../../linter/types.ts';
import { probeMessage, startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const config = resolveConfig([{ extends: [], rules: { 'list-unsubscribe-endpoint': 'error' } }], { rules, presets });

async function probe(eml: string, opts: Partial<ProbeOptions> = {}): Promise<LintMessage[]> {
  const result = await lintText(eml, {
    filename: 'x.eml',
    config,
    rules,
    beforeRules: async (doc) => {
      doc.message.probe = await probeDocument(doc, { timeoutMs: 2000, allowPrivate: true, ...opts });
    },
  });
  return result.messages;
}

describe('probe on loopback with allowPrivate', () => {
  it('a good endpoint: POST and GET answer 200, nothing reported', async () => {
    const messages = await probe(probeMessage(`${server.base}/ok`, `${server.base}/ok`));
    expect(messages).toEqual([]);
    expect(server.requests.sort()).toEqual(['GET /ok', 'POST /ok List-Unsubscribe=One-Click']);
  });

  it('sends the RFC 8058 form body without cookies', async () => {
    await probe(probeMessage(`${server.base}/ok`, 'https://acme.example/x', { onePost: true }).replace(/<a href="[^"]*">/, '<a href="mailto:u@acme.example">'));
    expect(server.requests).toEqual(['POST /ok List-Unsubscribe=One-Click']);
    expect(server.lastHeaders?.['content-type']).toBe('application/x-www-form-urlencoded');
    expect(server.lastHeaders?.cookie).toBeUndefined();
  });

  it('a redirecting one-click endpoint is an error; the GET follows the redirect', async () => {
    const messages = await probe(probeMessage(`${server.base}/redirect`, `${server.base}/redirect`));
    expect(messages.map((m) => [m.messageId, m.line])).toEqual([['redirect', 4]]);
    expect(messages[0]!.column).toBe(19);
    expect(server.requests.sort()).toEqual(['GET /ok', 'GET /redirect', 'POST /redirect List-Unsubscribe=One-Click']);
  });

  it('a 404 endpoint: both requests are reported, at the header and at the body link', async () => {
    const messages = await probe(probeMessage(`${server.base}/gone`, `${server.base}/gone`));
    expect(messages.map((m) => [m.messageId, m.line, m.message.includes('404')])).toEqual([
      ['status', 4, true],
      ['status', 11, true],
    ]);
  });

  it('a slow endpoint times out', async () => {
    const messages = await probe(probeMessage(`${server.base}/slow`, `${server.base}/ok`), { timeoutMs: 300 });
    expect(messages.map((m) => m.messageId)).toEqual(['timeout']);
    expect(messages[0]!.message).toContain('0.3 s');
  });

  it('a huge body is capped and still judged', async () => {
    const messages = await probe(probeMessage(`${server.base}/ok`, `${server.base}/huge`), { maxBytes: 64 * 1024 });
    expect(messages).toEqual([]);
    // Counted, not timed: the probe hung up after its 64 KB, long before the server's 64 MB were written
    // (what was written is the 64 KB read plus what the sockets buffered).
    await vi.waitFor(() => expect(server.hugeSentBeforeClose).toBeDefined());
    expect(server.hugeSentBeforeClose).toBeLessThan(16 * 1024 * 1024);
  });

  it('a reset connection is a network error', async () => {
    const messages = await probe(probeMessage(`${server.base}/reset`, `${server.base}/ok`));
    expect(messages.map((m) => m.messageId)).toEqual(['network']);
    expect(messages[0]!.message).toMatch(/ECONNRESET|socket hang up/);
  });

  it('a GET that lands on a login page', async () => {
    const messages = await probe(probeMessage(`${server.base}/ok`, `${server.base}/to-login`));
    expect(messages.map((m) => [m.messageId, m.line])).toEqual([['login', 11]]);
  });

  it('more than 3 redirects on the GET', async () => {
    const messages = await probe(probeMessage(`${server.base}/ok`, `${server.base}/loop`));
    expect(messages.map((m) => m.messageId)).toEqual(['tooManyRedirects']);
    expect(server.requests.filter((r) => r.startsWith('GET /loop'))).toHaveLength(4);
  });

  it('no List-Unsubscribe-Post: no POST is sent', async () => {
    await probe(probeMessage(`${server.base}/ok`, `${server.base}/ok`, { onePost: false }));
    expect(server.requests).toEqual(['GET /ok']);
  });
});

describe('probe safety', () => {
  it('sends nothing to loopback without allowPrivate, and says why', async () => {
    const messages = await probe(probeMessage(`${server.base}/ok`, `${server.base}/ok`), { allowPrivate: false });
    expect(server.requests).toEqual([]);
    expect(messages.map((m) => m.messageId)).toEqual(['refused', 'refused']);
    expect(messages[0]!.message).toContain('127.0.0.1');
  });

  it('re-checks every redirect hop: a redirect to another private address is refused', async () => {
    const onlyFirstHop = (address: string) => address === '127.0.0.1';
    for (const path of ['/to-private', '/to-mapped']) {
      server.requests.length = 0;
      const messages = await probe(probeMessage(`${server.base}/ok`, `${server.base}${path}`, { onePost: false }), { allowPrivate: onlyFirstHop });
      expect(server.requests).toEqual([`GET ${path}`]);
      expect(messages.map((m) => m.messageId)).toEqual(['refused']);
    }
  });

  it('refuses metadata names without resolving them', async () => {
    const messages = await probe(probeMessage('https://metadata.google.internal/x', 'http://169.254.169.254/latest/meta-data/'), { allowPrivate: false });
    expect(messages.map((m) => m.messageId)).toEqual(['refused', 'refused']);
  });

  it('without a probe the endpoint rule reports nothing and nothing is sent', async () => {
    const result = await lintText(probeMessage(`${server.base}/gone`, `${server.base}/gone`), { filename: 'x.eml', config, rules });
    expect(result.messages).toEqual([]);
    expect(server.requests).toEqual([]);
  });
});
