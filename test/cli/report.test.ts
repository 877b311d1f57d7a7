// The CLI (in-process) with the reviewer/CI formats and directive flags.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { EXAMPLES, runCliInProcess, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => {
  tmp.cleanup();
});

const run = (args: string[], input?: string) => runCliInProcess(args, { env: { NO_COLOR: '1' }, ...(input !== undefined ? { input } : {}) });
const DIRECTIVE =
  '<body><!-- optout-disable unsubscribe-link-visible -- legal -->\n<a href="https://e.com/u">Unsubscribe</a>\n<p>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</p></body>';

describe('--report-unused-disable-directives', () => {
  it('is off by default', async () => {
    const r = await run(['--stdin', '-f', 'json'], DIRECTIVE);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as LintResult[])[0]!.messages).toEqual([]);
  });

  it('reports an unused directive as a warning', async () => {
    const r = await run(['--stdin', '-f', 'json', '--report-unused-disable-directives'], DIRECTIVE);
    expect(r.code).toBe(0);
    const [m] = (JSON.parse(r.stdout) as LintResult[])[0]!.messages;
    expect(m).toMatchObject({
      ruleId: null,
      severity: 1,
      line: 1,
      column: 7,
      message: "Unused optout-disable directive (no problems were reported from 'unsubscribe-link-visible').",
    });
  });

  it('takes a severity; error makes the run fail', async () => {
    const r = await run(['--stdin', '--report-unused-disable-directives-severity', 'error'], DIRECTIVE);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("1:7  error  Unused optout-disable directive (no problems were reported from 'unsubscribe-link-visible')");
    expect((await run(['--stdin', '--report-unused-disable-directives-severity', 'loud'], DIRECTIVE)).code).toBe(2);
  });
});

describe('formats from the CLI', () => {
  const files = [path.join(EXAMPLES, 'bad/click-here-it.html'), path.join(EXAMPLES, 'bad/promo.mjml')];

  it.each(['sarif', 'github', 'gitlab', 'junit', 'markdown', 'html'])('%s keeps the exit code', async (format) => {
    const r = await run(['-f', format, ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('html shows the compiled MJML with its finding marked, also with --quiet', async () => {
    const out = path.join(tmp.dir, 'r.html');
    expect((await run(['-f', 'html', '--quiet', '-o', out, ...files])).code).toBe(1);
    const page = readFileSync(out, 'utf8');
    // click-here-it: only the error is left (finding 1); promo.mjml: its two errors on the one link (too small, too faint).
    expect(page).toContain('&lt;a data-optout-finding=&quot;1&quot; data-optout-severity=&quot;error&quot; href=&quot;#&quot;');
    expect(page).toMatch(/&lt;a data-optout-finding=&quot;1 2&quot; data-optout-severity=&quot;error&quot; href=&quot;\*\|UNSUB\|\*&quot;/);
  });

  it('json never carries the rendered HTML', async () => {
    const [result] = JSON.parse((await run(['-f', 'json', files[1]!])).stdout) as LintResult[];
    expect(result).not.toHaveProperty('rendered');
  });
});
