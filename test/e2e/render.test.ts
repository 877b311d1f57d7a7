// `--render` in Debian's Chromium: fixtures where only the layout shows the problem (the rendered email reports
// it), fixtures the static judgment already gets right (the rendering agrees, and says nothing twice), the
// screenshots in the reports, hostile pages, and not one request leaving the machine.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { Renderer, stampLinks } from '../../linter/cli/render/renderer.ts';
import { conditionVerdict } from '../../linter/cli/render/judge.ts';
import { startServer, type TestServer } from '../probe/server.ts';
import { runCliInProcess, tempDir } from '../cli/helpers.ts';
import { CHROMIUM, FIXTURES, ROOT, haveChromium } from './harness.ts';

const SOURCE = path.join(FIXTURES, 'render');
/** Real templates and newsletters by others, read in place (never copied into the repository). */
const CORPUS = path.resolve(ROOT, '../shared/corpus');

describe.skipIf(!haveChromium())('--render in Chromium', () => {
  let server: TestServer;
  let tmp: { dir: string; cleanup(): void };
  const env = () => ({ OPTOUT_RENDER_BROWSER: CHROMIUM });

  beforeAll(async () => {
    server = await startServer();
    tmp = tempDir();
    // The fixtures name the loopback server as PORT: every request they try would reach it, if any left Chromium.
    const port = new URL(server.base).port;
    for (const name of readdirSync(SOURCE)) writeFileSync(path.join(tmp.dir, name), readFileSync(path.join(SOURCE, name), 'utf8').replaceAll('PORT', port));
  });
  afterAll(async () => {
    await server?.close();
    tmp?.cleanup();
  });

  const lint = async (args: string[]) => {
    const r = await runCliInProcess(['-f', 'json', '--render', ...args], { cwd: tmp.dir, env: env() });
    return { ...r, results: JSON.parse(r.stdout || '[]') as LintResult[] };
  };
  const rendered = (r: LintResult) => r.messages.filter((m) => m.messageId === 'rendered');

  it('finds what only the layout shows: a link cut off by its cell, in a squeezed column, covered, or faint on a gradient', async () => {
    const files = ['clipped-cell.html', 'squeezed-column.html', 'covered.html', 'gradient.html'];
    // Without --render the static judgment finds nothing wrong with their opt-out links.
    const plain = await runCliInProcess(['-f', 'json', ...files], { cwd: tmp.dir });
    for (const r of JSON.parse(plain.stdout) as LintResult[])
      expect(
        r.messages.filter((m) => m.ruleId === 'unsubscribe-link-visible'),
        r.filePath,
      ).toEqual([]);

    const { code, results, stderr } = await lint(files);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const said = Object.fromEntries(results.map((r) => [path.basename(r.filePath), rendered(r).map((m) => m.message)]));
    expect(said['clipped-cell.html']).toEqual([
      expect.stringMatching(/^No readable opt-out in the rendered email \(every rendering: .*\): "Unsubscribe" is cut off.*clipped by <td>/),
    ]);
    expect(said['squeezed-column.html']).toEqual([expect.stringMatching(/"Unsubscribe" (is cut off|is not drawn)/)]);
    expect(said['covered.html']).toEqual([expect.stringMatching(/"Unsubscribe" is covered by another element \(<div>\)/)]);
    expect(said['gradient.html']).toEqual([
      expect.stringMatching(/"Unsubscribe" is hard to see: its text #ffffff on the pixels behind it \(#f[0-9a-f]{5}\) has contrast 1\.\d+:1/),
    ]);
    // Each at the link's own line and column, under the visibility rule and its severity.
    const clipped = results.find((r) => r.filePath.endsWith('clipped-cell.html'))!;
    expect(rendered(clipped)[0]).toMatchObject({ ruleId: 'unsubscribe-link-visible', severity: 2, line: 11, column: 5 });
  });

  it('renders standard input too (--stdin)', async () => {
    const r = await runCliInProcess(['-f', 'json', '--render', '--stdin', '--stdin-filename', 'clipped-cell.html'], {
      cwd: tmp.dir,
      env: env(),
      input: readFileSync(path.join(tmp.dir, 'clipped-cell.html')),
    });
    expect(rendered((JSON.parse(r.stdout) as LintResult[])[0]!).map((m) => m.line)).toEqual([11]);
  });

  it('agrees where the static judgment is right, and says nothing twice; a readable footer passes in every condition', async () => {
    const renderer = await Renderer.open(CHROMIUM);
    try {
      for (const [name, kind] of [
        ['static-hidden.html', 'not-drawn'],
        ['static-faint.html', 'contrast'],
      ] as const) {
        const html = readFileSync(path.join(tmp.dir, name), 'utf8');
        const renders = await renderer.render(stampLinks(html, [html.indexOf('<a ')]), { screenshots: false });
        for (const r of renders) expect(conditionVerdict(r.measures)?.problem.kind, `${name} ${r.condition.id}`).toBe(kind);
      }
      const fine = readFileSync(path.join(tmp.dir, 'fine.html'), 'utf8');
      const renders = await renderer.render(stampLinks(fine, [fine.indexOf('<a ')]), { screenshots: false });
      expect(renders.map((r) => [r.condition.id, conditionVerdict(r.measures)])).toEqual([
        ['desktop', undefined],
        ['mobile', undefined],
        ['dark', undefined],
      ]);
    } finally {
      await renderer.close();
    }
    const { results } = await lint(['static-hidden.html', 'static-faint.html', 'fine.html']);
    for (const r of results) expect(rendered(r), r.filePath).toEqual([]);
    expect(results.find((r) => r.filePath.endsWith('static-hidden.html'))!.messages.map((m) => m.messageId)).toContain('hidden');
    expect(results.find((r) => r.filePath.endsWith('fine.html'))!.messages).toEqual([]);
  });

  it('shows the footer: embedded in the html report, written as PNG files with --render-out, listed in markdown', async () => {
    const html = await runCliInProcess(['-f', 'html', '--render', 'clipped-cell.html'], { cwd: tmp.dir, env: env() });
    expect(html.stdout.match(/<img alt="clipped-cell\.html: the opt-out in the rendered email \([^)]*\)" src="data:image\/png;base64,/g)).toHaveLength(3);
    const out = path.join(tmp.dir, 'shots');
    const md = await runCliInProcess(['-f', 'markdown', '--render-out', 'shots', 'gradient.html'], { cwd: tmp.dir, env: env() });
    const files = readdirSync(out).sort();
    expect(files).toEqual(['gradient.html.dark.png', 'gradient.html.desktop.png', 'gradient.html.mobile.png']);
    for (const f of files) expect(readFileSync(path.join(out, f)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(md.stdout).toContain('![gradient.html (mobile, 375 px)](shots/gradient.html.mobile.png)');
  });

  it('a page that takes too long is reported on its file and the run goes on; not one request reached the network', async () => {
    const huge = `<!doctype html><html lang="en"><body><p>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</p>${'<table><tr><td>x</td></tr></table>'.repeat(60_000)}<a href="https://acme.example/unsubscribe">Unsubscribe</a></body></html>`;
    writeFileSync(path.join(tmp.dir, 'huge.html'), huge);
    const { OptoutLint } = await import('../../linter/cli/optout-lint.ts');
    const linter = new OptoutLint({ cwd: tmp.dir, render: { env: env(), loadTimeoutMs: 50 } });
    const results = await linter.lintFiles(['huge.html', 'escape.html']);
    expect(results[0]!.messages.map((m) => m.message)).toContainEqual(
      expect.stringMatching(/^Could not render the email \(--render\): .*; the static judgment stands\.$/),
    );
    // escape.html tries a refresh, scripts, a pop-up, style sheets, fonts, images, a frame, a video and a ping.
    const again = await lint(['escape.html']);
    expect(again.results[0]!.fatalErrorCount).toBe(0);
    expect(server.requests).toEqual([]);
  });

  it.skipIf(!existsSync(CORPUS))(
    'no noise on real newsletters: the corpus renders without a rendered finding',
    async () => {
      const r = await runCliInProcess(['-f', 'json', '--render', path.join(CORPUS, 'html'), path.join(CORPUS, 'eml')], { cwd: tmp.dir, env: env() });
      const results = JSON.parse(r.stdout) as LintResult[];
      expect(results.length).toBeGreaterThan(20);
      expect(results.flatMap((x) => rendered(x).map((m) => `${path.basename(x.filePath)}: ${m.message}`))).toEqual([]);
    },
    120_000,
  );

  it('without a browser it says so once, and the static judgment still runs', async () => {
    const r = await runCliInProcess(['-f', 'json', '--render', 'static-hidden.html', 'fine.html'], { cwd: tmp.dir, env: { PATH: tmp.dir } });
    expect(r.stderr.match(/--render: no Chromium or Chrome found/g)).toHaveLength(1);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as LintResult[];
    expect(results[0]!.messages.map((m) => m.messageId)).toContain('hidden');
  });
});
