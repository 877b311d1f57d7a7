// .mjml files in a pooled run: `auto` keeps a few of them in the main thread (each worker would import
// mjml again), compiled by one worker; whichever thread lints them, the results are those of a
// single-threaded run.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILES_FOR_POOL, mjmlInThread } from '../../linter/cli/pool.ts';
import { buildCli, lintDirJson, tempDir, uniqueCopies } from './helpers.ts';

let cli: string;
let cleanupBuild: () => void;
const tmp = tempDir();
const sources = ['good/newsletter.html', 'bad/no-optout.html', 'bad/tiny-grey.html', 'good/welcome.mjml', 'bad/promo.mjml'];

beforeAll(async () => {
  ({ cli, cleanup: cleanupBuild } = await buildCli());
  // 50 files: on more than two cores, enough for `auto` to start a pool for the HTML ones.
  uniqueCopies(tmp.dir, sources, 50);
  // Compile errors come back from the compiling worker as the same fatal messages.
  writeFileSync(path.join(tmp.dir, 'broken.mjml'), '<mjml><mj-body><mj-section><mj-column><mj-text>unclosed');
  writeFileSync(path.join(tmp.dir, 'not-mjml.mjml'), '<html><body>plain html</body></html>');
}, 60_000);
afterAll(() => {
  cleanupBuild?.();
  tmp.cleanup();
});

const lint = (...args: string[]) => lintDirJson(cli, tmp.dir, ...args);

describe('worker pool with .mjml files', () => {
  it('gives the same results whether .mjml files stay in the main thread (auto) or go to workers (2)', () => {
    const single = lint('--concurrency', 'off');
    expect(single).toHaveLength(52);
    expect(single.filter((r) => r.filePath.endsWith('.mjml'))).toHaveLength(22);
    expect(single.find((r) => r.filePath.endsWith('not-mjml.mjml'))!.messages[0]!.message).toMatch(/^Could not parse MJML: broken MJML/);
    expect(lint('--concurrency', 'auto')).toEqual(single);
    expect(lint('--concurrency', '2')).toEqual(single);
  }, 120_000);

  it('keeps .mjml files in the main thread only under auto, on two cores or when too few for a pool', () => {
    expect(mjmlInThread(undefined, 5000, 2)).toBe(true);
    expect(mjmlInThread('auto', MIN_FILES_FOR_POOL - 1, 8)).toBe(true);
    expect(mjmlInThread('auto', MIN_FILES_FOR_POOL, 8)).toBe(false);
    expect(mjmlInThread('2', 60, 2)).toBe(false);
    expect(mjmlInThread('off', 60, 2)).toBe(false);
  });
});
