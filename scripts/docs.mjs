// `npm run docs`: regenerates the README's rule table from the rules' metadata.
// Bundles scripts/rules-table.ts and the rules with esbuild (no TypeScript loader needed) and runs them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = path.join(root, 'node_modules', '.cache', 'optout-lint-docs');
mkdirSync(base, { recursive: true });
const outdir = mkdtempSync(path.join(base, 'run-'));
try {
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "export * from './scripts/rules-table.ts'; export { rules, presets } from './rules/index.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: path.join(outdir, 'docs.js'),
    logLevel: 'warning',
  });
  const m = await import(pathToFileURL(path.join(outdir, 'docs.js')).href);
  const file = path.join(root, 'README.md');
  const before = readFileSync(file, 'utf8');
  const after = m.withRulesTable(before, m.rulesTable(m.rules, m.presets));
  if (after !== before) writeFileSync(file, after);
  process.stdout.write(`${after === before ? 'README.md rule table is up to date.' : 'README.md rule table updated.'}\n`);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
