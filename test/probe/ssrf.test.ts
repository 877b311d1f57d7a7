// The probe's SSRF guard, form by form: numeric host spellings, IPv6-mapped and bracketed forms, private, link-local,
// multicast and metadata addresses, names that resolve to them, every redirect hop, and the connection pinned to the
// address that was checked (DNS rebinding). Traffic only ever goes to 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request, resolveTarget, type Resolver } from '../../linter/cli/probe/http.ts';
import { lintText } from '../support/lint.ts';
import { resolveConfig } from '../../linter/config.ts';
import { presets, rules } from '../../rules/index.ts';
import { probeDocument, type ProbeOptions } from '../../linter/cli/probe/index.ts';
import { probeMessage, startServer, type TestServer } from './server.ts';

let server: TestServer;
let port: number;
beforeAll(async () => {
  server = await startServer();
  port = Number(new URL(server.base).port);
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

/** A resolver that must never be asked (literal addresses and refused names never reach DNS). */
const noDns: Resolver = async (host) => {
  throw new Error(`unexpected DNS lookup of ${host}`);
};
const fixed =
  (answers: Record<string, string[]>): Resolver =>
  async (host) =>
    (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
const hostOf = (href: string) => new URL(href).hostname;

describe('resolveTarget refuses every spelling of a forbidden address', () => {
  it.each([
    ['decimal loopback', 'http://2130706433/'],
    ['octal loopback', 'http://0177.0.0.1/'],
    ['hex loopback', 'http://0x7f.0.0.1/'],
    ['hex, short form', 'http://0x7f000001/'],
    ['mixed octal/short', 'http://0177.1/'],
    ['IPv6-mapped loopback', 'http://[::ffff:127.0.0.1]/'],
    ['IPv6-mapped, hex groups', 'http://[::ffff:7f00:1]/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['IPv6 unspecified', 'http://[::]/'],
    ['this network', 'http://0.0.0.0/'],
    ['private 10/8', 'http://10.1.2.3/'],
    ['private 172.16/12', 'http://172.16.0.1/'],
    ['private 172.31', 'http://172.31.255.254/'],
    ['private 192.168/16', 'http://192.168.0.1/'],
    ['CGNAT 100.64/10', 'http://100.64.0.1/'],
    ['link-local 169.254/16', 'http://169.254.1.1/'],
    ['AWS/GCP/Azure metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['metadata, decimal', 'http://2852039166/'],
    ['metadata, IPv6-mapped', 'http://[::ffff:169.254.169.254]/'],
    ['AWS metadata IPv6', 'http://[fd00:ec2::254]/'],
    ['Alibaba metadata', 'http://100.100.100.200/'],
    ['multicast 224/4', 'http://224.0.0.1/'],
    ['multicast 239', 'http://239.255.255.250/'],
    ['broadcast', 'http://255.255.255.255/'],
    ['IPv6 link-local', 'http://[fe80::1]/'],
    ['IPv6 unique local', 'http://[fc00::1]/'],
    ['IPv6 multicast', 'http://[ff02::1]/'],
    ['NAT64 of metadata', 'http://[64:ff9b::a9fe:a9fe]/'],
    ['6to4 of loopback', 'http://[2002:7f00:1::]/'],
  ])('%s: %s', async (_name, href) => {
    const r = await resolveTarget(hostOf(href), false, noDns);
    expect(r).toHaveProperty('refused');
  });

  it.each(['metadata.google.internal', 'metadata.google.internal.', 'METADATA.GOOGLE.INTERNAL', 'metadata', 'instance-data', 'localhost', 'a.localhost'])(
    'refuses the name %s without resolving it',
    async (name) => {
      expect(await resolveTarget(name, false, noDns)).toHaveProperty('refused');
    },
  );

  it('refuses names that resolve to a forbidden address, also when only one answer of several is', async () => {
    const dns = fixed({
      'internal.test': ['10.0.0.5'],
      'mapped.test': ['::ffff:192.168.1.1'],
      'meta.test': ['169.254.169.254'],
      'mixed.test': ['93.184.215.14', '127.0.0.1'],
      'public.test': ['93.184.215.14'],
    });
    for (const name of ['internal.test', 'mapped.test', 'meta.test', 'mixed.test']) {
      expect(await resolveTarget(name, false, dns), name).toHaveProperty('refused');
    }
    expect(await resolveTarget('public.test', false, dns)).toEqual({ address: '93.184.215.14', family: 4 });
  });
});

describe('the connection is pinned to the checked address', () => {
  it('DNS rebinding: a resolver that answers differently the second time is asked once, and the request goes to the first answer', async () => {
    let calls = 0;
    // First answer: 127.0.0.1 (allowed for the test). Any later answer: 127.0.0.2, which nothing listens on.
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    const r = await request(new URL(`http://rebind.test:${port}/ok`), {
      method: 'GET',
      timeoutMs: 2000,
      maxBytes: 1024,
      allowPrivate: (a) => a === '127.0.0.1',
      resolve: rebinding,
    });
    expect(r).toMatchObject({ ok: true, status: 200 });
    expect(calls).toBe(1);
    expect(server.requests).toEqual(['GET /ok']);
    expect(server.lastHeaders?.host).toBe(`rebind.test:${port}`);
  });

  it('a resolver whose first answer is forbidden is refused before any connection', async () => {
    let calls = 0;
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? '127.0.0.2' : '127.0.0.1', family: 4 }];
    const r = await request(new URL(`http://rebind.test:${port}/ok`), {
      method: 'GET',
      timeoutMs: 2000,
      maxBytes: 1024,
      allowPrivate: (a) => a === '127.0.0.1',
      resolve: rebinding,
    });
    expect(r).toMatchObject({ ok: false, problem: 'refused' });
    expect(calls).toBe(1);
    expect(server.requests).toEqual([]);
  });
});

describe('every redirect hop is checked again', () => {
  const config = resolveConfig([{ extends: [], rules: { 'list-unsubscribe-endpoint': 'error' } }], { rules, presets });
  const onlyFirstHop = (address: string) => address === '127.0.0.1';

  async function getVia(target: string, opts: Partial<ProbeOptions> = {}) {
    const result = await lintText(probeMessage(`${server.base}/ok`, `${server.base}/redirect-to?u=${encodeURIComponent(target)}`, { onePost: false }), {
      filename: 'x.eml',
      config,
      rules,
      beforeRules: async (doc) => {
        doc.message.probe = await probeDocument(doc, {
          timeoutMs: 2000,
          allowPrivate: onlyFirstHop,
          resolve: fixed({ 'internal.test': ['10.0.0.5'], 'loop.test': ['127.0.0.2'] }),
          ...opts,
        });
      },
    });
    return result.messages;
  }

  it.each([
    ['decimal', `http://2130706434:PORT/ok`],
    ['octal', `http://0177.0.0.2:PORT/ok`],
    ['hex', `http://0x7f.0.0.2:PORT/ok`],
    ['IPv6-mapped', `http://[::ffff:127.0.0.2]:PORT/ok`],
    ['IPv6 loopback', `http://[::1]:PORT/ok`],
    ['metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['metadata name', 'http://metadata.google.internal/computeMetadata/v1/'],
    ['link-local', 'http://169.254.10.10/'],
    ['multicast', 'http://224.0.0.251/'],
    ['private 10/8', 'http://10.0.0.1/'],
    ['private 172.16/12', 'http://172.16.0.1/'],
    ['private 192.168/16', 'http://192.168.1.1/'],
    ['a name resolving to a private address', 'http://internal.test/'],
    ['a name resolving to loopback', `http://loop.test:PORT/ok`],
  ])('a redirect to %s is refused and nothing is sent there', async (_name, target) => {
    const messages = await getVia(target.replace('PORT', String(port)));
    expect(server.requests.map((r) => r.split('?')[0])).toEqual(['GET /redirect-to']);
    expect(messages.map((m) => m.messageId)).toEqual(['refused']);
  });
});
