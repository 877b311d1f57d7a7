// Which addresses the probe refuses to contact (SSRF guard): loopback, private, link-local, CGNAT, metadata,
// multicast, reserved and documentation ranges, also when written as IPv4-mapped/compatible, NAT64 or 6to4 IPv6.

/** Host names that resolve to cloud metadata services. */
const METADATA_NAMES = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

export function isMetadataName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return METADATA_NAMES.has(h) || h === 'localhost' || h.endsWith('.localhost');
}

/** Parses dotted-quad IPv4 into a 32-bit number (only the canonical form: URL and DNS give us that). */
function parseIPv4(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

/** Parses IPv6 (with `::`, an embedded dotted quad, an optional zone) into eight 16-bit groups. */
export function parseIPv6(input: string): number[] | undefined {
  let s = input.replace(/^\[|\]$/g, '');
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  if (!s.includes(':')) return undefined;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIPv4(last);
    if (v4 === undefined) return undefined;
    tail = [v4 >>> 16, v4 & 0xffff];
    s = `${s.slice(0, lastColon + 1)}0:0`;
    tail = tail.slice();
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if ([...head, ...rest].some(Number.isNaN)) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const fill = 8 - head.length - rest.length;
    if (fill < 1) return undefined;
    groups = [...head, ...new Array<number>(fill).fill(0), ...rest];
  } else groups = head;
  if (groups.length !== 8) return undefined;
  if (tail.length === 2) {
    groups[6] = tail[0]!;
    groups[7] = tail[1]!;
  }
  return groups;
}

const V4_BLOCKED: [number, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
].map(([a, bits]) => [parseIPv4(a as string)!, bits as number]);

function v4Blocked(n: number): string | undefined {
  for (const [base, bits] of V4_BLOCKED) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((n & mask) >>> 0 === base) return 'private';
  }
  return undefined;
}

/** Why an address must not be contacted ('loopback/private…'), or undefined when it is a public address. */
export function forbiddenAddress(address: string): string | undefined {
  const v4 = parseIPv4(address);
  if (v4 !== undefined) return v4Blocked(v4) ? address : undefined;
  const g = parseIPv6(address);
  if (!g) return address; // unparseable: refuse
  const embedded = (hi: number, lo: number) => ((hi << 16) >>> 0) + lo;
  const zeroPrefix = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroPrefix(8)) return address; // ::
  if (zeroPrefix(7) && g[7] === 1) return address; // ::1
  if (zeroPrefix(5) && g[5] === 0xffff) return v4Blocked(embedded(g[6]!, g[7]!)) ? address : undefined; // ::ffff:a.b.c.d
  if (zeroPrefix(6)) return v4Blocked(embedded(g[6]!, g[7]!)) ? address : undefined; // ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return v4Blocked(embedded(g[6]!, g[7]!)) ? address : undefined; // NAT64
  }
  if (g[0] === 0x2002) return v4Blocked(embedded(g[1]!, g[2]!)) ? address : undefined; // 6to4
  if ((g[0]! & 0xfe00) === 0xfc00) return address; // fc00::/7 unique local (fd00:ec2::254 metadata)
  if ((g[0]! & 0xffc0) === 0xfe80) return address; // link-local
  if ((g[0]! & 0xffc0) === 0xfec0) return address; // site-local (deprecated)
  if ((g[0]! & 0xff00) === 0xff00) return address; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return address; // documentation
  if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return address; // discard
  return undefined;
}
