// The extension in Debian's Chromium (the end-to-end harness): a ~100 KB draft in a Gmail-like compose
// window; each round types one character and times, in the page, the input event → the panel's update.
// Prints JSON: medians of the whole latency, of the part after the re-check debounce, and of the engine's
// own time as the background reports it. Loopback only, like the e2e tests.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES, ROOT, buildExtension, haveChromium, launchWithExtension, refusingProxy } from '../../test/e2e/harness.ts';
import { RECHECK_DELAY_MS } from '../../extension/lib/timing.ts';

const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 15);

if (!haveChromium()) {
  console.log(JSON.stringify({ skipped: 'no Chromium at /usr/lib/chromium/chromium' }));
  process.exit(0);
}

/** The newsletter example's body, repeated to ~100 KB: what a long promotional draft looks like. */
function draftHtml(): string {
  const html = readFileSync(join(ROOT, 'examples', 'good', 'newsletter.html'), 'utf8');
  const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>')).replace(/<body[^>]*>/, '');
  let draft = '';
  while (draft.length < 100 * 1024) draft += body;
  return draft;
}

const draft = draftHtml();
const page = readFileSync(join(FIXTURES, 'gmail-compose.html'), 'utf8').replace(
  /(<div class="Am Al editable[^>]*>)[\s\S]*?(<\/div>\s*<div class="btC">)/,
  (_m, open: string, close: string) => `${open}${draft}<div id="typing-here">Hello</div></div>${close.slice('</div>'.length)}`,
);
const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const dir = buildExtension({ e2e: true });
const proxy = await refusingProxy();
const browser = await launchWithExtension(dir, proxy.url);
try {
  const tab = await browser.context.newPage();
  await tab.goto(`${origin}/gmail-compose.html`);
  await tab.waitForFunction(() => Number((document.querySelector('optout-lint-panel') as HTMLElement | null)?.dataset.checks ?? 0) >= 1, undefined, {
    timeout: 60_000,
  });
  // In the page: the time of the first input event of a round, and of the panel update that follows it.
  await tab.evaluate(() => {
    const w = window as unknown as { t0?: number; t1?: number; checks?: string };
    const host = document.querySelector('optout-lint-panel') as HTMLElement;
    document.addEventListener(
      'input',
      () => {
        w.t0 ??= performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      if (w.t0 !== undefined && w.t1 === undefined && host.dataset.checks !== w.checks) w.t1 = performance.now();
    }).observe(host, { attributes: true, attributeFilter: ['data-checks'] });
  });
  await tab.click('#typing-here');
  await tab.keyboard.press('End');
  const total: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < ROUNDS + 2; i++) {
    await tab.evaluate(() => {
      const w = window as unknown as { t0?: number; t1?: number; checks?: string };
      w.t0 = undefined;
      w.t1 = undefined;
      w.checks = (document.querySelector('optout-lint-panel') as HTMLElement).dataset.checks;
    });
    await tab.keyboard.type('x');
    await tab.waitForFunction(() => (window as unknown as { t1?: number }).t1 !== undefined, undefined, { timeout: 30_000 });
    const r = await tab.evaluate(() => {
      const w = window as unknown as { t0: number; t1: number };
      return { ms: w.t1 - w.t0, engineMs: Number((document.querySelector('optout-lint-panel') as HTMLElement).dataset.engineMs) };
    });
    if (i < 2) continue; // warm-up: the background's first checks compile the engine
    total.push(r.ms);
    engine.push(r.engineMs);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const totalMs = median(total);
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      bytes: draft.length,
      rounds: ROUNDS,
      totalMs: round(totalMs),
      debounceMs: RECHECK_DELAY_MS,
      afterDebounceMs: round(totalMs - RECHECK_DELAY_MS),
      engineMs: round(median(engine)),
    }),
  );
} finally {
  await browser.close();
  await proxy.close();
  server.close();
}
