// --concurrency (worker pool) and --cache give the same results as a plain single-threaded run.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lintDirJson, runCli, tempDir, uniqueCopies } from './helpers.ts';

let cli: string;
let cleanupBuild: () => void;
const tmp = tempDir();
const sources = ['good/newsletter.html', 'bad/no-optout.html', 'bad/hidden-footer.html', 'bad/tiny-grey.html', 'good/newsletter-it.html'];

beforeAll(async () => {
  ({ cli, cleanup: cleanupBuild } = await buildCli());
  uniqueCopies(tmp.dir, sources, 60);
  writeFileSync(path.join(tmp.dir, 'broken.html'), Buffer.from([0, 1, 2, 0, 255]));
}, 60_000);
afterAll(() => {
  cleanupBuild?.();
  tmp.cleanup();
});

const lint = (...args: string[]) => lintDirJson(cli, tmp.dir, ...args);

describe('worker pool', () => {
  it('gives the same results, in the same order, as one thread', () => {
    const single = lint('--concurrency', 'off');
    const pooled = lint('--concurrency', '2');
    expect(single).toHaveLength(61);
    expect(pooled).toEqual(single);
    expect(single.map((r) => path.basename(r.filePath))).toEqual([...single.map((r) => path.basename(r.filePath))].sort());
    expect(single.find((r) => r.filePath.endsWith('broken.html'))!.fatalErrorCount).toBe(1);
  });

  it('rejects a bad --concurrency value with exit 2', () => {
    const r = runCli(cli, ['--concurrency', 'lots', tmp.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--concurrency expects off, auto or a number/);
  });
});

describe('--cache', () => {
  it('writes a cache, reuses it, and notices changed files and configs', () => {
    const location = path.join(tmp.dir, 'cache', 'results.json');
    const first = lint('--cache', '--cache-location', location);
    expect(existsSync(location)).toBe(true);
    const cached = JSON.parse(readFileSync(location, 'utf8')) as { entries: Record<string, unknown> };
    // 60 templates cached; the unreadable one is not (it is retried next time).
    expect(Object.keys(cached.entries)).toHaveLength(60);
    const mtime = statSync(location).mtimeMs;
    const second = lint('--cache', '--cache-location', location);
    expect(second).toEqual(first);
    expect(statSync(location).mtimeMs).toBe(mtime); // nothing new to write

    // A changed file is linted again.
    const changed = path.join(tmp.dir, 't00.html');
    writeFileSync(changed, '<html><body><p>Sale</p><p>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</p></body></html>');
    const third = lint('--cache', '--cache-location', location);
    expect(third.find((r) => r.filePath === changed)!.messages.map((m) => m.ruleId)).toEqual(['unsubscribe-link-present']);

    // A different config is not served from the cache.
    const off = lint('--cache', '--cache-location', location, '--rule', 'unsubscribe-link-present:off');
    expect(off.find((r) => r.filePath === changed)!.messages).toEqual([]);
  });
});
