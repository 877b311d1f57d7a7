// The html report opened in headless Chromium: each template is rendered in its sandboxed iframe with the
// findings' elements outlined and numbered. UPDATE_SCREENSHOTS=1 also refreshes docs/html-report.png.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { ROOT, buildCli, runCli, tempDir } from '../cli/helpers.ts';
import { blockNetwork, chromiumPath, launchOffline } from './chromium.ts';

const executable = chromiumPath();
if (!executable && process.env.CI) throw new Error('Chromium is required in CI for the html report test (apt-get install -y chromium).');

describe.skipIf(!executable)('html report in Chromium', () => {
  const tmp = tempDir();
  const report = path.join(tmp.dir, 'report.html');
  let browser: Browser;
  let page: Page;
  let refused: string[];
  let cleanupBuild = () => {};

  beforeAll(async () => {
    const built = await buildCli();
    cleanupBuild = built.cleanup;
    const r = runCli(built.cli, ['-f', 'html', '-o', report, 'examples/bad/click-here-it.html', 'examples/bad/promo.mjml', 'examples/good/newsletter.html'], {
      env: { NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    browser = await launchOffline(executable!);
    page = await browser.newPage({ viewport: { width: 1240, height: 900 } });
    refused = await blockNetwork(page);
    await page.goto(pathToFileURL(report).href);
    await page.waitForLoadState('load');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    cleanupBuild();
    tmp.cleanup();
  });

  const previews = async (): Promise<Frame[]> => {
    const frames: Frame[] = [];
    for (const handle of await page.locator('iframe').elementHandles()) {
      const frame = await handle.contentFrame();
      if (frame) frames.push(frame);
    }
    return frames;
  };

  const marked = (frame: Frame) =>
    frame.evaluate(() =>
      [...document.querySelectorAll('[data-optout-finding]')].map((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          tag: el.tagName.toLowerCase(),
          numbers: el.getAttribute('data-optout-finding'),
          text: (el.textContent ?? '').trim(),
          outline: `${style.outlineStyle} ${style.outlineColor}`,
          badge: getComputedStyle(el, '::before').content,
          visible: box.width > 0 && box.height > 0,
        };
      }),
    );

  it('lists the templates with problems and their findings', async () => {
    expect(await page.locator('section.file h2 .path').allTextContents()).toEqual(['examples/bad/click-here-it.html', 'examples/bad/promo.mjml']);
    expect(await page.locator('section.file').first().locator('.finding .rule').allTextContents()).toEqual(['unsubscribe-link-href', 'unsubscribe-link-text']);
    expect(await page.locator('details summary').textContent()).toBe('1 template without problems');
  });

  it('renders the HTML template with the offending link outlined and numbered', async () => {
    const [first] = await previews();
    expect(await first!.locator('h1, h2').first().textContent()).toContain('Saldi di fine stagione');
    expect(await marked(first!)).toEqual([{ tag: 'a', numbers: '1 2', text: 'clicca qui', outline: 'solid rgb(215, 38, 61)', badge: '"1 2"', visible: true }]);
  });

  it('renders the compiled MJML with its tiny, faint link marked with both findings', async () => {
    const [, second] = await previews();
    expect(await marked(second!)).toEqual([
      { tag: 'a', numbers: '1 2', text: 'Unsubscribe', outline: 'solid rgb(215, 38, 61)', badge: '"1 2"', visible: true },
    ]);
  });

  it('runs no script in the previews (empty sandbox, CSP)', async () => {
    expect(await page.locator('iframe').evaluateAll((els) => els.map((e) => e.getAttribute('sandbox')))).toEqual(['', '']);
    const [first] = await previews();
    // A sandboxed frame without allow-same-origin has an opaque origin.
    expect(await first!.evaluate(() => window.origin)).toBe('null');
  });

  it('sent nothing over the network', () => {
    expect(refused).toEqual([]);
  });

  it('looks right (screenshot)', async () => {
    const out = process.env.UPDATE_SCREENSHOTS ? path.join(ROOT, 'docs/html-report.png') : path.join(tmp.dir, 'html-report.png');
    mkdirSync(path.dirname(out), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1240, height: 900 } });
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });
});
