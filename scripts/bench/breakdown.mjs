#!/usr/bin/env node
// `npm run bench:breakdown -- [DIR…] [--rounds=N]`: bundles breakdown-entry.ts (the engine from source) and
// runs it, printing where in-process lint time goes: parsing, the shared lazy parts and each rule.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = mkdtempSync(join(tmpdir(), 'optout-breakdown-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
await build({
  absWorkingDir: ROOT,
  entryPoints: ['scripts/bench/breakdown-entry.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: { 'class-field': false }, // as the CLI build (scripts/build-cli.mjs)
  outfile: join(out, 'breakdown.mjs'),
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
process.env.OPTOUT_ROOT ??= ROOT;
await import(pathToFileURL(join(out, 'breakdown.mjs')).href);
