// One HTTP(S) request for the probe: the host is resolved here, checked, and the connection is pinned to the checked
// address (custom `lookup`), so a DNS answer cannot change between the check and the connect. No cookies, no agent
// reuse, a hard timeout, and at most `maxBytes` of body read.
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { forbiddenAddress, isMetadataName } from './address.ts';

export interface RequestOptions {
  method: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  /** true: contact any address; a function: decide per forbidden address (tests allow exactly 127.0.0.1). */
  allowPrivate: boolean | ((address: string) => boolean);
  /** Resolves a host name to every address (default: the system resolver). Tests inject one to simulate DNS rebinding. */
  resolve?: Resolver;
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolve: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export type RequestResult =
  | { ok: true; status: number; location: string | undefined; body: string; contentType: string }
  | { ok: false; problem: 'refused' | 'timeout' | 'tls' | 'network'; detail: string };

const USER_AGENT = 'optout-lint-probe (+https://github.com/optout-lint/optout-lint)';

/** The address to connect to, or why not. */
export async function resolveTarget(
  hostname: string,
  allowPrivate: boolean | ((address: string) => boolean),
  resolve: Resolver = systemResolve,
): Promise<{ address: string; family: 4 | 6 } | { refused: string } | { error: string }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (allowPrivate !== true && isMetadataName(host)) return { refused: host };
  let addresses: { address: string; family: number }[];
  const literal = isIP(host);
  if (literal) addresses = [{ address: host, family: literal }];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
  }
  if (addresses.length === 0) return { error: 'ENOTFOUND' };
  if (allowPrivate !== true) {
    // Refuse when any answer is private: a round-robin with one internal address is still an SSRF path.
    for (const a of addresses) {
      const bad = forbiddenAddress(a.address);
      if (bad && !(typeof allowPrivate === 'function' && allowPrivate(a.address))) return { refused: literal ? bad : `${host} (${bad})` };
    }
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

export async function request(url: URL, opts: RequestOptions): Promise<RequestResult> {
  const target = await resolveTarget(url.hostname, opts.allowPrivate, opts.resolve);
  if ('refused' in target) return { ok: false, problem: 'refused', detail: target.refused };
  if ('error' in target) return { ok: false, problem: 'network', detail: target.error };
  const pinned: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise<RequestResult>((resolve) => {
    let settled = false;
    const finish = (r: RequestResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const body = opts.body ?? '';
    const req = mod.request(url, {
      method: opts.method,
      agent: false,
      lookup: pinned,
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,*/*;q=0.5',
        connection: 'close',
        ...(opts.method === 'POST' ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        ...opts.headers,
      },
    });
    const timer = setTimeout(() => {
      finish({ ok: false, problem: 'timeout', detail: `${opts.timeoutMs / 1000} s` });
      req.destroy();
    }, opts.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, ...classifyError(error) }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const location = res.headers.location;
        finish({
          ok: true,
          status: res.statusCode ?? 0,
          location,
          body: Buffer.concat(chunks).toString('utf8'),
          contentType: res.headers['content-type'] ?? '',
        });
        res.destroy();
      };
      res.on('data', (chunk: Buffer) => {
        if (size >= opts.maxBytes) return;
        chunks.push(chunk.subarray(0, opts.maxBytes - size));
        size += chunk.length;
        if (size >= opts.maxBytes) done(); // enough to judge: stop reading a huge body
      });
      res.on('end', done);
      res.on('error', done);
      res.on('close', done);
    });
    req.end(body);
  });
}

const TLS_CODES =
  /^(?:ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT|HOSTNAME_MISMATCH|EPROTO)/;

function classifyError(error: NodeJS.ErrnoException): { problem: 'tls' | 'network' | 'timeout'; detail: string } {
  const code = error.code ?? '';
  if (TLS_CODES.test(code) || /\bSSL\b|certificate|TLS/i.test(error.message)) return { problem: 'tls', detail: code || error.message };
  if (code === 'ETIMEDOUT') return { problem: 'timeout', detail: code };
  return { problem: 'network', detail: code || error.message };
}
