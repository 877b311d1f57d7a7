// End-to-end for .eml input, --headers and --probe, with the CLI run in-process (main() with a fake I/O object).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { ROOT, runCliInProcess, tempDir } from './helpers.ts';
import { probeMessage, startServer, type TestServer } from '../probe/server.ts';

let server: TestServer;
const tmp = tempDir();
const FIXTURES = path.join(ROOT, 'test/fixtures/eml');

beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => {
  tmp.cleanup();
  await server?.close();
});

const run = (args: string[]) => runCliInProcess(args, { env: { NO_COLOR: '1' } });
const json = (stdout: string) => JSON.parse(stdout) as LintResult[];
/** The probe's findings only (the loopback fixtures use http:, which other header rules flag). */
const endpoint = (r: LintResult | undefined) => (r?.messages ?? []).filter((m) => m.ruleId === 'list-unsubscribe-endpoint');

describe('.eml input', () => {
  it('a compliant message passes', async () => {
    const r = await run([path.join(FIXTURES, 'compliant.eml')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('findings point at lines of the .eml, with a code frame', async () => {
    const r = await run([path.join(FIXTURES, 'one-click-typo.eml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('9:24  error');
    expect(r.stdout).toContain('list-unsubscribe-one-click');
    expect(r.stdout).toContain('List-Unsubscribe-Post: ListUnsubscribe=One-Click');
  });

  it('a base64 HTML part: the finding names the part header line and says so', async () => {
    const r = await run(['-f', 'json', path.join(FIXTURES, 'base64-html.eml')]);
    const m = json(r.stdout)[0]!.messages.find((x) => x.ruleId === 'unsubscribe-link-visible');
    expect(m).toMatchObject({ line: 26, column: 1 });
    expect(m!.message).toContain('(in a base64-encoded part)');
  });

  it('directories include .eml files', async () => {
    const r = await run(['-f', 'json', FIXTURES]);
    const files = json(r.stdout).map((x) => path.basename(x.filePath));
    expect(files).toContain('compliant.eml');
    expect(files).toContain('nested-latin1.eml');
  });
});

describe('--headers', () => {
  const template = path.join(tmp.dir, 't.html');
  const headers = path.join(tmp.dir, 'headers.txt');
  writeFileSync(template, '<body><p>Sale</p><p><a href="*|UNSUB|*">Unsubscribe</a></p><p>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</p></body>');

  it('without headers a template skips the header rules', async () => {
    expect((await run([template])).code).toBe(0);
  });

  it('checks the given header block', async () => {
    writeFileSync(headers, 'From: a@b.example\nList-Unsubscribe: <https://b.example/u>\nList-Unsubscribe-Post: ListUnsubscribe=One-Click\n');
    const r = await run(['-f', 'json', '--headers', headers, template]);
    expect(r.code).toBe(1);
    const [m] = json(r.stdout)[0]!.messages;
    expect(m).toMatchObject({ ruleId: 'list-unsubscribe-one-click', messageId: 'typo', line: 1 });
    expect(m!.message).toContain('(configured headers, line 3)');
  });

  it('with an esp that adds the headers, says so as a warning', async () => {
    writeFileSync(headers, 'From: a@b.example\n');
    writeFileSync(path.join(tmp.dir, 'optout.config.json'), JSON.stringify({ esp: 'mailchimp' }));
    const r = await run(['-f', 'json', '--headers', headers, template]);
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0]!.messages.map((m) => [m.messageId, m.severity])).toEqual([['addedByEsp', 1]]);
  });

  it('a missing headers file is a usage error', async () => {
    const r = await run(['--headers', path.join(tmp.dir, 'nope.txt'), template]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--headers');
  });
});

describe('--probe', () => {
  const file = (name: string, text: string) => {
    const p = path.join(tmp.dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('judges a good, a redirecting and a 404 endpoint on loopback with --probe-allow-private', async () => {
    const good = file('good.eml', probeMessage(`${server.base}/ok`, `${server.base}/ok`));
    const redirect = file('redirect.eml', probeMessage(`${server.base}/redirect`, `${server.base}/ok`));
    const missing = file('missing.eml', probeMessage(`${server.base}/404`, `${server.base}/404`));
    const r = await run(['-f', 'json', '--probe', '--probe-allow-private', '--probe-timeout', '3', good, redirect, missing]);
    const [g, rd, m] = json(r.stdout);
    expect(endpoint(g)).toEqual([]);
    expect(endpoint(rd).map((x) => [x.ruleId, x.messageId, x.line])).toEqual([['list-unsubscribe-endpoint', 'redirect', 4]]);
    expect(endpoint(m).map((x) => [x.messageId, x.line])).toEqual([
      ['status', 4],
      ['status', 11],
    ]);
    expect(r.code).toBe(1);
  });

  it('sends nothing to loopback without --probe-allow-private', async () => {
    server.requests.length = 0;
    const target = file('private.eml', probeMessage(`${server.base}/ok`, `${server.base}/ok`));
    const r = await run(['-f', 'json', '--probe', target]);
    expect(server.requests).toEqual([]);
    expect(endpoint(json(r.stdout)[0]).map((x) => x.messageId)).toEqual(['refused', 'refused']);
  });

  it('sends nothing at all without --probe', async () => {
    server.requests.length = 0;
    const target = file('quiet.eml', probeMessage(`${server.base}/404`, `${server.base}/404`));
    const r = await run(['-f', 'json', target]);
    expect(server.requests).toEqual([]);
    expect(endpoint(json(r.stdout)[0])).toEqual([]);
    expect(r.stderr).toBe('');
  });

  it('rejects a bad --probe-timeout', async () => {
    const r = await run(['--probe', '--probe-timeout', 'soon', path.join(FIXTURES, 'compliant.eml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--probe-timeout');
  });
});
