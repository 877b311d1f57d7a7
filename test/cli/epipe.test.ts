// `optout-lint … | head`: when the reader of stdout goes away, the CLI stops quietly (no stack trace).
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCli, tempDir } from './helpers.ts';

let cli: string;
let cleanup: () => void;
const tmp = tempDir();
beforeAll(async () => {
  ({ cli, cleanup } = await buildCli());
  // A report of a few MB (sources included): far more than a pipe holds, so writes fail after `head` exits.
  const bad = path.join(ROOT, 'examples', 'bad');
  const files = readdirSync(bad).filter((f) => f.endsWith('.html'));
  for (let i = 0; i < 300; i++) copyFileSync(path.join(bad, files[i % files.length]!), path.join(tmp.dir, `t${i}.html`));
}, 60_000);
afterAll(() => {
  cleanup?.();
  tmp.cleanup();
});

describe('stdout closed early', () => {
  it('ends without an EPIPE stack trace', () => {
    // `head -c 10` reads ten bytes of the JSON report and closes the pipe while the CLI is still writing.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" -f json --concurrency off "${tmp.dir}" | head -c 10`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stdout).toBe('[{"filePat');
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
  });
});
