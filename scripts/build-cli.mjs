// Builds the CLI and the Node API: one bundle (dependencies included, so start-up reads a few files, not
// hundreds) plus the worker entry. mjml is bundled too, in its own lazily imported chunk (loaded only for
// .mjml input), without the packages it never runs (mjml-lean-plugin.mjs).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { mjmlLeanPlugin } from './mjml-lean-plugin.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const cliBuildOptions = (outdir) => ({
  absWorkingDir: ROOT,
  entryPoints: {
    cli: 'linter/cli/bin.ts',
    worker: 'linter/cli/worker.ts',
    api: 'linter/cli/api.ts',
    action: 'linter/cli/action-bin.ts',
    'eslint-plugin': 'linter/cli/integrations/eslint-plugin.ts',
    'eslint-worker': 'linter/cli/integrations/eslint-worker.ts',
    lsp: 'linter/cli/integrations/lsp-bin.ts',
    mcp: 'linter/cli/integrations/mcp-bin.ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Class fields become plain assignments: on Node 20, domhandler's field initialisers made building the
  // tree ~14% slower than assigning (measured on the templates of the benchmark).
  supported: { 'class-field': false },
  plugins: [mjmlLeanPlugin],
  // React Email emails are bundled with the esbuild installed next to optout-lint, loaded only for .tsx/.jsx.
  // synckit (the ESLint plugin's bridge to its worker) preloads a file of its own package into the worker: a
  // runtime dependency, not bundled.
  // playwright-core (`--render`) is an optional peer: the user's own install, loaded only when asked for.
  external: ['esbuild', 'synckit', 'playwright-core'],
  // jsonc-parser's main build is UMD, whose dynamic require()s esbuild cannot follow: take its ES module build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // Bundled CommonJS dependencies (postcss) call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __optoutCreateRequire } from 'node:module'; const require = __optoutCreateRequire(import.meta.url);" },
  splitting: true,
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Chunk names carry a content hash: clear old ones so dist/ holds only what this build wrote.
  rmSync(resolve(ROOT, 'dist', 'chunks'), { recursive: true, force: true });
  await build(cliBuildOptions(resolve(ROOT, 'dist')));
  // The API's declarations are generated from the sources by `tsc -p tsconfig.api.json` (npm run build).
  rmSync(resolve(ROOT, 'dist', 'types'), { recursive: true, force: true });
}
