// A lint worker that dies fails only the files it held; the pool goes on with a replacement, and never hangs.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LintPool } from '../../linter/cli/pool.ts';
import { resolveConfig } from '../../linter/config.ts';
import { presets, rules } from '../../rules/index.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const config = resolveConfig([], { rules, presets });

/** A stand-in worker: answers at once, except for files named crash*, on which its thread exits. */
function fakeWorker(): URL {
  const file = path.join(tmp.dir, 'fake-worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (r) => {
  if (r.file.includes('crash')) process.exit(3);
  const result = { filePath: r.file, messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, suppressedMessages: [], usedDeprecatedRules: [] };
  setTimeout(() => parentPort.postMessage({ id: r.id, result }), 5);
});`,
  );
  return pathToFileURL(file);
}

describe('LintPool when a worker dies', () => {
  it('reports the files that worker held as not checked, lints the others, and settles every file', async () => {
    const pool = new LintPool(2, fakeWorker());
    const files = ['a.html', 'b.html', 'crash-1.html', 'c.html', 'd.html', 'e.html', 'f.html'];
    try {
      const results = await Promise.all(files.map((f) => pool.lint(f, config)));
      expect(results.map((r) => r.filePath)).toEqual(files);
      const crashed = results.find((r) => r.filePath === 'crash-1.html')!;
      expect(crashed.messages[0]).toMatchObject({ fatal: true, ruleId: null });
      expect(crashed.messages[0]!.message).toMatch(/^Internal error: the lint worker stopped \(exit code 3\); this file was not checked\.$/);
      // Files after the crash were linted by the others or by the replacement.
      for (const f of ['d.html', 'e.html', 'f.html']) expect(results.find((r) => r.filePath === f)!.fatalErrorCount).toBe(0);
      // A file queued on the same worker as the crash may have been lost with it: it is reported, not dropped.
      for (const r of results) if (r.fatalErrorCount > 0) expect(r.messages[0]!.message).toMatch(/not checked/);
    } finally {
      await pool.close();
    }
  });

  it('gives up after a few restarts: every remaining file gets a clear fatal result instead of a hang', async () => {
    const pool = new LintPool(1, fakeWorker());
    const files = Array.from({ length: 12 }, (_, i) => `crash-${i}.html`);
    try {
      const results = await Promise.all(files.map((f) => pool.lint(f, config)));
      expect(results).toHaveLength(12);
      for (const r of results) expect(r.messages[0]!.message).toMatch(/not checked/);
      expect(results.some((r) => /kept stopping/.test(r.messages[0]!.message))).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('workerCount (--concurrency)', () => {
  it('auto pools from MIN_FILES_FOR_POOL files on more than two cores only; a number is obeyed; off is off', async () => {
    const { MIN_FILES_FOR_POOL, workerCount } = await import('../../linter/cli/pool.ts');
    expect(workerCount(undefined, 2000, 2)).toBe(0);
    expect(workerCount('auto', 2000, 4)).toBe(4);
    expect(workerCount('auto', MIN_FILES_FOR_POOL - 1, 8)).toBe(0);
    expect(workerCount('auto', 5000, 32)).toBe(8);
    expect(workerCount('2', 10, 2)).toBe(2);
    expect(workerCount('off', 2000, 8)).toBe(0);
    expect(workerCount('1', 2000, 8)).toBe(0);
  });
});
