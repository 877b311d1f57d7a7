// The CLI's bundled mjml leaves out the packages it never runs, and loads some only when used
// (scripts/mjml-lean-plugin.mjs): the compiled HTML must not change, and a use of a left-out package must
// fail loudly. Bundled here the way scripts/build-cli.mjs bundles it, and run in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import mjml2html from 'mjml';
import { ROOT } from './helpers.ts';
// @ts-expect-error: a plain .mjml build script, no types
import { mjmlLeanPlugin } from '../../scripts/mjml-lean-plugin.mjs';

let outdir: string;

beforeAll(async () => {
  const base = path.join(ROOT, 'node_modules', '.cache', 'optout-lint-test');
  await mkdir(base, { recursive: true });
  outdir = mkdtempSync(path.join(base, 'lean-'));
  writeFileSync(path.join(outdir, 'features.mjml'), FEATURES);
  files.push(path.join(outdir, 'features.mjml'));
  await build({
    absWorkingDir: ROOT,
    stdin: {
      resolveDir: ROOT,
      loader: 'ts',
      contents: `import { compileMjmlParts } from './linter/cli/mjml-compile.ts';
import mjml2html from 'mjml';
import { readFileSync } from 'node:fs';
const files = JSON.parse(process.argv[2]);
const html = {};
for (const f of files) html[f] = (await compileMjmlParts(readFileSync(f, 'utf8'))).html;
let minify;
try { await mjml2html('<mjml><mj-body></mj-body></mjml>', { minify: true }); minify = 'no error'; } catch (e) { minify = e.message; }
process.stdout.write(JSON.stringify({ html, minify }));
`,
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [mjmlLeanPlugin],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    outfile: path.join(outdir, 'run.mjs'),
    logLevel: 'warning',
  });
}, 60_000);
afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const dirs = [path.join(ROOT, 'examples', 'good'), path.join(ROOT, 'examples', 'bad'), path.join(ROOT, '..', 'shared', 'corpus', 'mjml')];
const files = dirs.filter(existsSync).flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.mjml'))
    .map((f) => path.join(d, f)),
);
// The two features whose packages load at first use: mj-style inline (juice), mj-html-attributes (cheerio).
const FEATURES = `<mjml>
  <mj-head>
    <mj-style inline="inline">.small a { font-size: 9px; color: #999999; }</mj-style>
    <mj-html-attributes><mj-selector path=".small a"><mj-html-attribute name="data-id">42</mj-html-attribute></mj-selector></mj-html-attributes>
  </mj-head>
  <mj-body><mj-section><mj-column>
    <mj-text css-class="small">Bye: <a href="https://example.com/unsubscribe">Unsubscribe</a></mj-text>
  </mj-column></mj-section></mj-body>
</mjml>`;
// mj-carousel and friends draw random ids on every compile.
const stable = (html: string) => html.replace(/\b([\w-]*?)[0-9a-f]{16}\b/g, '$1ID');

describe('bundled mjml without its unused packages', () => {
  it('compiles every example and corpus template to the same HTML; minify fails with a clear message', async () => {
    const r = spawnSync(process.execPath, [path.join(outdir, 'run.mjs'), JSON.stringify(files)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { html: Record<string, string>; minify: string };
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const theirs = await mjml2html(readFileSync(file, 'utf8'), { validationLevel: 'soft' });
      expect(stable(out.html[file]!), file).toBe(stable(theirs.html));
    }
    const features = out.html[path.join(outdir, 'features.mjml')]!;
    expect(features).toContain('<a href="https://example.com/unsubscribe" data-id="42" style="font-size: 9px; color: #999999;">');
    expect(out.minify).toMatch(/mjml called htmlnano\.process, which optout-lint does not load/);
  }, 60_000);
});
