// Regulation profiles from the command line: the same template passes one profile and fails another.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { ROOT, runCliInProcess } from './helpers.ts';

const NO_ADDRESS = path.join(ROOT, 'test/fixtures/profiles/no-postal-address.html');
const DELAY =
  '<html lang="en"><body><p>Sale!</p><p>Acme Inc., 1 Main Street, Springfield, IL 62701</p>' +
  '<p><a href="https://acme.example/unsubscribe">Unsubscribe</a>: requests take up to 5 days.</p></body></html>';

const run = (args: string[], input?: string) => runCliInProcess(args, { env: { NO_COLOR: '1' }, ...(input !== undefined ? { input } : {}) });
const messages = (stdout: string) => (JSON.parse(stdout) as LintResult[])[0]!.messages.map((m) => [m.ruleId, m.severity]);

describe('--profile', () => {
  it('recommended warns about a missing postal address (exit 0)', async () => {
    const r = await run(['-f', 'json', NO_ADDRESS]);
    expect(r.code).toBe(0);
    expect(messages(r.stdout)).toEqual([['postal-address', 1]]);
  });

  it('can-spam and casl fail it (exit 1)', async () => {
    for (const profile of ['can-spam', 'casl']) {
      const r = await run(['--profile', profile, '-f', 'json', NO_ADDRESS]);
      expect(r.code, profile).toBe(1);
      expect(messages(r.stdout), profile).toEqual([['postal-address', 2]]);
    }
  });

  it('gmail-yahoo does not ask for an address, but holds the delay to 2 days', async () => {
    expect((await run(['--profile', 'gmail-yahoo', NO_ADDRESS])).code).toBe(0);
    const strictDelay = await run(['--profile', 'gmail-yahoo', '-f', 'json', '--stdin'], DELAY);
    expect(strictDelay.code).toBe(1);
    expect(messages(strictDelay.stdout)).toEqual([['unsubscribe-wording', 2]]);
    expect((await run(['--profile', 'can-spam', '--stdin'], DELAY)).code).toBe(0);
  });

  it('every profile is known to --profile and prints the can-spam message in stylish output', async () => {
    for (const profile of ['recommended', 'strict', 'gmail-yahoo', 'can-spam', 'casl', 'gdpr-eu']) {
      expect((await run(['--profile', profile, '--print-config', NO_ADDRESS])).code, profile).toBe(0);
    }
    const r = await run(['--profile', 'can-spam', NO_ADDRESS]);
    expect(r.stdout).toContain('4:1  error  No postal address of the sender found');
    expect(r.stdout).toContain('postal-address');
  });
});
