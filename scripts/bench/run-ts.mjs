#!/usr/bin/env node
// `node scripts/bench/run-ts.mjs ENTRY.ts [args…]`: bundles a TypeScript benchmark entry (the engine from
// source, dependencies bundled, built like the CLI) and runs it with the remaining arguments. The few
// packages left external resolve because the bundle is written under node_modules/.cache.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.mjs ENTRY.ts [args…]');
  process.exit(2);
}
const cache = join(ROOT, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'optout-bench-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const outfile = join(out, basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  absWorkingDir: ROOT,
  entryPoints: [entry],
  bundle: true,
  external: ['playwright-core', 'mjml', 'mjml-core', 'mjml-parser-xml'],
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' }, // as the CLI build: its UMD main does not bundle
  banner: { js: "import { createRequire as __optoutCreateRequire } from 'node:module'; const require = __optoutCreateRequire(import.meta.url);" },
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: { 'class-field': false }, // as the CLI build (scripts/build-cli.mjs)
  outfile,
  logLevel: 'warning',
});
process.env.OPTOUT_ROOT ??= ROOT;
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
