// Builds the CLI and the Node API: one bundle (dependencies included, so start-up reads a few files, not
// hundreds) plus the worker entry. mjml is bundled too, in its own lazily imported chunk (loaded only for
// .mjml input), without the packages it never runs (mjml-lean-plugin.mjs).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { mjmlLeanPlugin } from './mjml-lean-plugin.mjs';

/**
 * Class fields as plain assignments in the constructor. esbuild lowers a field to a call of its shared
 * `__publicField` helper, whose property stores see every class's shape (megamorphic): building domhandler's
 * tree nodes went through it for every node. Our TypeScript classes get assignments from
 * `useDefineForClassFields: false`; domhandler's node classes are read as TypeScript for the same. None of
 * these fields shadows an accessor, the one case where assigning and defining differ.
 */
export const assignedFields = {
  supported: { 'class-field': false },
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
};
export const assignedFieldsPlugin = {
  name: 'assigned-fields',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]domhandler[\\/]dist[\\/]node\.js$/ }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'ts',
    }));
  },
};

/**
 * fdir (tinyglobby's crawler) requires picomatch from node_modules when its module loads, for a `glob()` method
 * tinyglobby never calls (it passes its own matchers): five files read and compiled at every start for nothing.
 * The build fails if that code changes shape.
 */
const FDIR_PICOMATCH = 'try {\n\t__require.resolve("picomatch");\n\tpm = __require("picomatch");\n} catch {}';
const fdirWithoutPicomatchPlugin = {
  name: 'fdir-without-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(FDIR_PICOMATCH)) throw new Error(`fdir changed: "${FDIR_PICOMATCH}" not found in ${args.path}`);
      return { contents: text.replace(FDIR_PICOMATCH, ''), loader: 'js' };
    });
  },
};

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
  ...assignedFields,
  plugins: [mjmlLeanPlugin, assignedFieldsPlugin, fdirWithoutPicomatchPlugin],
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
