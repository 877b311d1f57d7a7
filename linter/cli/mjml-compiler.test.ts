// The compiling worker's plumbing, with a stand-in worker script: answers, errors, and a thread that dies.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MjmlCompileWorker } from './mjml-compiler.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'optout-mjml-compiler-'));
const script = path.join(dir, 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, text }) => {
  if (text === 'die') process.exit(3);
  if (text === 'bad') parentPort.postMessage({ id, error: 'broken MJML: bad' });
  else setTimeout(() => parentPort.postMessage({ id, compiled: { html: text.toUpperCase(), segments: [] } }), text === 'slow' ? 200 : 0);
});
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('MjmlCompileWorker', () => {
  it('answers each request, passes compile errors on, and survives a thread that dies', async () => {
    const compiler = new MjmlCompileWorker(pathToFileURL(script));
    try {
      await expect(compiler.compile('a')).resolves.toEqual({ html: 'A', segments: [] });
      await expect(compiler.compile('bad')).rejects.toThrow('broken MJML: bad');
      const held = compiler.compile('slow');
      await expect(compiler.compile('die')).rejects.toThrow(/exit code 3/);
      await expect(held).rejects.toThrow(/exit code 3/);
      // The next file gets a new thread.
      await expect(Promise.all([compiler.compile('b'), compiler.compile('c')])).resolves.toEqual([
        { html: 'B', segments: [] },
        { html: 'C', segments: [] },
      ]);
    } finally {
      await compiler.close();
    }
  });
});
