import { describe, expect, it } from 'vitest';
import { forbiddenAddress, parseIPv6 } from '../../linter/cli/probe/address.ts';
import { resolveTarget } from '../../linter/cli/probe/http.ts';

describe('forbiddenAddress', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.100.100.200',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::',
    '::127.0.0.1',
    'ff02::1',
    'fe80::1%eth0',
  ])('refuses %s', (a) => {
    expect(forbiddenAddress(a)).toBeDefined();
  });
  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])('allows %s', (a) => {
    expect(forbiddenAddress(a)).toBeUndefined();
  });
  it('parses IPv6 forms', () => {
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIPv6('[2001:db8::1]')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('1::2::3')).toBeUndefined();
  });
});

describe('resolveTarget (no network: literals and names that never reach DNS)', () => {
  it('refuses numeric and bracketed forms the URL parser normalises to loopback', async () => {
    for (const href of ['http://2130706433/', 'http://0x7f.1/', 'http://127.1/', 'http://[::ffff:127.0.0.1]/', 'http://[::1]:8080/']) {
      const host = new URL(href).hostname;
      expect(await resolveTarget(host, false), href).toHaveProperty('refused');
    }
  });
  it('refuses metadata and localhost names without resolving them', async () => {
    expect(await resolveTarget('metadata.google.internal', false)).toHaveProperty('refused');
    expect(await resolveTarget('localhost', false)).toHaveProperty('refused');
  });
  it('allows loopback with allowPrivate', async () => {
    expect(await resolveTarget('127.0.0.1', true)).toEqual({ address: '127.0.0.1', family: 4 });
  });
});
