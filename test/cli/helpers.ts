// Builds the CLI the way `npm run build` does (into a private folder, so parallel test files and a stale
// dist/ do not matter) and runs it with a clean environment.
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
// @ts-expect-error: plain .mjs build script without types
import { cliBuildOptions } from '../../scripts/build-cli.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(ROOT, 'examples');

/** Same options as package.json "build". The bundle sits under node_modules so its bare imports resolve. */
export async function buildCli(): Promise<{ cli: string; cleanup(): void }> {
  const base = path.join(ROOT, 'node_modules', '.cache', 'optout-lint-test');
  await mkdir(base, { recursive: true });
  const outdir = mkdtempSync(path.join(base, 'cli-'));
  await build(cliBuildOptions(outdir));
  return { cli: path.join(outdir, 'cli.js'), cleanup: () => rmSync(outdir, { recursive: true, force: true }) };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cli: string, args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}): RunResult {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd ?? ROOT,
    // Not the test runner's environment: it may set FORCE_COLOR.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir(), ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'optout-lint-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** ESLint's result keys (without the optional `source`). */
export const RESULT_KEYS = [
  'errorCount',
  'fatalErrorCount',
  'filePath',
  'fixableErrorCount',
  'fixableWarningCount',
  'messages',
  'suppressedMessages',
  'usedDeprecatedRules',
  'warningCount',
];

/** `count` files in `dir` cycling over examples/ `sources`, each made unique by a trailing comment (for the cache). */
export function uniqueCopies(dir: string, sources: readonly string[], count: number): void {
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const target = path.join(dir, `t${String(i).padStart(2, '0')}${path.extname(source)}`);
    copyFileSync(path.join(EXAMPLES, source), target);
    appendFileSync(target, `\n<!-- copy ${i} -->\n`);
  }
}

/** Runs the CLI with `-f json` on `dir` (findings expected: exit 1) and returns its results. */
export function lintDirJson(cli: string, dir: string, ...args: string[]): LintResult[] {
  const r = runCli(cli, ['-f', 'json', ...args, dir], { env: { NO_COLOR: '1' } });
  expect(r.code, r.stderr).toBe(1);
  return JSON.parse(r.stdout) as LintResult[];
}

/**
 * Runs the CLI's main() in this process with a fake I/O object: same argv, cwd, environment and stdin as
 * runCli, without a bundle or a child process (and so without worker threads: those are tested on the bundle).
 */
export async function runCliInProcess(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}): Promise<RunResult> {
  const { main } = await import('../../linter/cli/main.ts');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir(), ...opts.env },
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => (typeof opts.input === 'string' ? Buffer.from(opts.input) : (opts.input ?? Buffer.alloc(0))),
  });
  return { code, stdout, stderr };
}
