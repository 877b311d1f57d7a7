// `--render`: the email drawn by a real Chromium (driven by playwright-core) in each condition of conditions.ts,
// and its opt-out links measured there. One browser for the run, one page per condition, reused. The email's own
// JavaScript is off, every request is refused (no request leaves the machine: images show their alt box at their
// declared size), and `position` is ignored as Gmail ignores it. A page that does not finish in time is given up.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { RENDER_CONDITIONS, type RenderCondition } from './conditions.ts';
import { addStyle, dominantColor, measureLinks, pageHeight, removeStyle, type RawMeasure } from './page-scripts.ts';
import type { LinkMeasure } from './judge.ts';
import { RenderUnavailableError } from './browser.ts';

/**
 * Chromium's own traffic (component updates, safe browsing, sync) is off too, and whatever is left finds no DNS and
 * a proxy on a closed port: nothing leaves the machine, whatever the email holds.
 */
const QUIET_ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--mute-audio',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/** Per page load by default; a template that never finishes loading is reported on its file, and the run goes on. */
const LOAD_TIMEOUT_MS = 10_000;
/** The tallest page drawn: the footer screenshot and the sampled pixels come from the first this-many px. */
const MAX_HEIGHT = 16_000;
/** The footer screenshot: this much above the first opt-out link, and below the last one. */
const SHOT_ABOVE = 160;
const SHOT_BELOW = 60;

/**
 * How mail clients treat what the static engine models too: Gmail drops `position`. An email that does not declare
 * that it supports dark mode (`color-scheme`) keeps its light canvas: the dark rendering is its own dark styles.
 */
const CLIENT_CSS = '<style data-optout-render>*{position:static!important}</style>';
// Headless Chromium paints the canvas of a page dark when dark mode is preferred, whatever the page says; a mail
// client keeps an email that does not support dark mode white. (`:where` weighs nothing: the email's own wins.)
const LIGHT_ONLY_CSS = '<style data-optout-render>:root{color-scheme:light only}:where(html){background-color:#ffffff}</style>';
/** `<meta name="color-scheme" content="light dark">`, `color-scheme: light dark` (not `prefers-color-scheme`). */
const DECLARES_DARK = /(?<!prefers-)color-scheme["']?\s*(?:content\s*=\s*["'][^"'>]{0,40}\bdark|:[^;}"'<]{0,40}\bdark)/i;
const OUTLINE_CSS = '[data-optout-r]{outline:3px solid #d1242f!important;outline-offset:2px!important}';
/** The links' text made transparent, to sample the pixels behind it. */
const TRANSPARENT_CSS =
  '[data-optout-r],[data-optout-r] *{color:transparent!important;-webkit-text-fill-color:transparent!important;text-shadow:none!important;text-decoration-color:transparent!important}';

export interface ConditionRender {
  condition: RenderCondition;
  measures: LinkMeasure[];
  /** The footer region with the opt-out links outlined (PNG), when asked for. */
  screenshot?: Buffer;
}

export interface RenderOptions {
  /** Take the footer screenshots (the html report and --render-out show them). */
  screenshots: boolean;
}

/** The email's HTML with each element at `starts` stamped `data-optout-r="i"` (i: its index in `starts`). */
export function stampLinks(html: string, starts: readonly (number | undefined)[]): string {
  const order = starts.map((start, index) => ({ start, index })).filter((s): s is { start: number; index: number } => s.start !== undefined);
  order.sort((a, b) => b.start - a.start);
  let out = html;
  for (const { start, index } of order) {
    const name = /^<[a-z][\w:-]*/i.exec(out.slice(start, start + 64));
    if (!name) continue;
    const at = start + name[0].length;
    out = `${out.slice(0, at)} data-optout-r="${index}"${out.slice(at)}`;
  }
  return out;
}

export class Renderer {
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * One page for every condition: Chromium throttles a tab in the background to about a frame a second, so pages
   * kept per condition would wait on it at every capture.
   */
  private current: { page: Page; cdp: CDPSession } | undefined;
  private helper: Page | undefined;

  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly loadTimeoutMs: number,
  ) {}

  /** Starts the browser; throws RenderUnavailableError when playwright-core or the browser cannot be used. */
  static async open(executablePath: string, loadTimeoutMs = LOAD_TIMEOUT_MS): Promise<Renderer> {
    let playwright: typeof import('playwright-core');
    try {
      playwright = await import('playwright-core');
    } catch {
      throw new RenderUnavailableError('--render needs playwright-core next to optout-lint: npm install --save-dev playwright-core');
    }
    let browser: Browser;
    try {
      browser = await playwright.chromium.launch({ executablePath, args: QUIET_ARGS });
    } catch (error) {
      throw new RenderUnavailableError(`could not start ${executablePath}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block', acceptDownloads: false });
    // Nothing leaves the machine: every request the email makes (images, fonts, style sheets, navigations) is refused.
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    return new Renderer(browser, context, loadTimeoutMs);
  }

  /**
   * Draws `html` (its opt-out links stamped with stampLinks) in every condition. Calls are queued: the pages are
   * shared, and one email at a time keeps the screenshots' pages apart.
   */
  render(html: string, options: RenderOptions): Promise<ConditionRender[]> {
    const run = this.queue.then(() => this.withDeadline(this.renderNow(html, options)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The whole email (three conditions, samples, screenshots) within three load timeouts, or it is given up. */
  private async withDeadline<T>(work: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`rendering took longer than ${(this.loadTimeoutMs * 3) / 1000} s`)), this.loadTimeoutMs * 3);
    });
    try {
      return await Promise.race([work, deadline]);
    } catch (error) {
      if (this.current) this.drop(this.current.page);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }

  private async page(condition: RenderCondition): Promise<{ page: Page; cdp: CDPSession }> {
    if (!this.current || this.current.page.isClosed()) {
      const page = await this.context.newPage();
      await page.evaluate('globalThis.__name ??= (f) => f'); // helpers a transpiler may put in the functions below
      this.current = { page, cdp: await this.context.newCDPSession(page) };
    }
    const current = this.current;
    await current.page.setViewportSize({ width: condition.width, height: 900 });
    await current.page.emulateMedia({ colorScheme: condition.colorScheme, media: 'screen' });
    return current;
  }

  /** A page given up (it did not load in time): the next email gets a fresh one. */
  private drop(page: Page): void {
    if (this.current?.page === page) this.current = undefined;
    void page.close().catch(() => undefined);
  }

  private async renderNow(html: string, options: RenderOptions): Promise<ConditionRender[]> {
    const declaresDark = DECLARES_DARK.test(html);
    const css = declaresDark ? CLIENT_CSS : CLIENT_CSS + LIGHT_ONLY_CSS;
    const withClientCss = html.replace(/<head\b[^>]*>/i, (m) => `${m}${css}`);
    const page = withClientCss === html ? css + html : withClientCss;
    const out: ConditionRender[] = [];
    for (const condition of RENDER_CONDITIONS) {
      const { page: p, cdp } = await this.page(condition);
      try {
        await p.setContent(page, { timeout: this.loadTimeoutMs, waitUntil: 'load' });
      } catch (error) {
        this.drop(p);
        throw new Error(
          `the email did not finish loading in ${this.loadTimeoutMs / 1000} s (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        );
      }
      const height = Math.min(await p.evaluate(pageHeight), MAX_HEIGHT);
      // The whole email in the viewport: hit tests and captures then need no scrolling (a capture outside the viewport
      // would read blank pixels).
      await p.setViewportSize({ width: condition.width, height: Math.max(200, height) });
      const raw = await p.evaluate(measureLinks);
      const measures = await this.sampleBehind(p, cdp, raw);
      const render: ConditionRender = { condition, measures };
      if (options.screenshots) {
        const shot = await this.footerShot(p, cdp, raw, condition.width, height);
        if (shot) render.screenshot = shot;
      }
      out.push(render);
    }
    return out;
  }

  /** For each link with visible text: the colour behind its text (the text made transparent, then sampled). */
  private async sampleBehind(page: Page, cdp: CDPSession, raw: RawMeasure[]): Promise<LinkMeasure[]> {
    const out: LinkMeasure[] = [];
    const sampled = raw.filter((m) => m.hasText && m.visible && m.visible.width >= 1 && m.visible.height >= 1);
    if (sampled.length > 0) await page.evaluate(addStyle, { id: 'optout-transparent', css: TRANSPARENT_CSS });
    for (const m of raw) {
      const { visible, ...measure } = m;
      let behind;
      if (visible && sampled.includes(m) && visible.y + visible.height <= MAX_HEIGHT) {
        behind = await this.decode(await capture(cdp, visible));
      }
      out.push(behind ? { ...measure, behind } : measure);
    }
    if (sampled.length > 0) await page.evaluate(removeStyle, 'optout-transparent');
    return out;
  }

  private async decode(base64: string): Promise<LinkMeasure['behind']> {
    if (!this.helper || this.helper.isClosed()) {
      // A page of its own with JavaScript on (the emails' context has it off), on about:blank: no request either.
      const context = await this.browser.newContext({ offline: true });
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      this.helper = await context.newPage();
      await this.helper.evaluate('globalThis.__name ??= (f) => f');
    }
    return (await this.helper.evaluate(dominantColor, base64)) ?? undefined;
  }

  /** The footer: from a little above the first opt-out link to a little below the last, the links outlined. */
  private async footerShot(page: Page, cdp: CDPSession, raw: RawMeasure[], width: number, height: number): Promise<Buffer | undefined> {
    const boxes = raw.map((m) => m.visible).filter((v): v is NonNullable<typeof v> => v !== undefined);
    const top = boxes.length > 0 ? Math.max(0, Math.min(...boxes.map((b) => b.y)) - SHOT_ABOVE) : Math.max(0, height - 400);
    const bottom = boxes.length > 0 ? Math.min(height, Math.max(...boxes.map((b) => b.y + b.height)) + SHOT_BELOW) : height;
    if (bottom - top < 1) return undefined;
    await page.evaluate(addStyle, { id: 'optout-outline', css: OUTLINE_CSS });
    try {
      return Buffer.from(await capture(cdp, { x: 0, y: top, width, height: Math.min(bottom - top, 1200) }), 'base64');
    } finally {
      await page.evaluate(removeStyle, 'optout-outline');
    }
  }
}

/**
 * A region of the page as PNG (base64), by the DevTools protocol: Playwright's screenshot waits for fonts and
 * resizes the page for every capture, about a second each here; this is a few milliseconds.
 */
async function capture(cdp: CDPSession, clip: { x: number; y: number; width: number; height: number }): Promise<string> {
  const { data } = (await cdp.send('Page.captureScreenshot', {
    format: 'png',
    clip: { ...clip, scale: 1 },
    captureBeyondViewport: false,
    fromSurface: true,
  })) as {
    data: string;
  };
  return data;
}
