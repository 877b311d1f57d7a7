// The built extension in Debian's Chromium on local fixtures that reproduce Gmail's and Outlook's compose
// windows, an iframe ESP editor, Gmail's "Show original" and a "view in browser" page.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  CHROMIUM_SERVICE_HOSTS,
  ROOT,
  buildExtension,
  haveChromium,
  launchWithExtension,
  refusingProxy,
  serveFixtures,
  type Launched,
  type Proxy,
  type Server,
} from './harness.ts';

export const SCREENSHOTS = path.join(ROOT, '.output', 'e2e-screenshots');
const PANEL = 'optout-lint-panel';

const panelState = (page: Page, nth = 0) =>
  page.evaluate(
    ([tag, i]) => {
      const host = document.querySelectorAll(tag as string)[i as number] as HTMLElement | undefined;
      return host
        ? { status: host.dataset.status ?? '', rules: (host.dataset.rules ?? '').split(' ').filter(Boolean), text: host.shadowRoot?.textContent ?? '' }
        : undefined;
    },
    [PANEL, nth] as const,
  );

/** The guard's in-page dialog: the rules it lists, once it shows. */
async function guardDialog(page: Page): Promise<string[]> {
  await page.waitForSelector('optout-lint-dialog', { timeout: 5_000 });
  return page.evaluate(() => [...document.querySelector('optout-lint-dialog')!.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset.rule ?? ''));
}

/** Answers the guard's dialog: "Fix it" or "Send anyway". */
async function answerGuard(page: Page, answer: 'fix' | 'send'): Promise<void> {
  await page.evaluate((a) => (document.querySelector('optout-lint-dialog')!.shadowRoot!.querySelector(`button.${a}`) as HTMLElement).click(), answer);
  await page.waitForSelector('optout-lint-dialog', { state: 'detached' });
}

async function waitForPanel(page: Page, predicate: string, nth = 0, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ([tag, i, pred]) => {
      const host = document.querySelectorAll(tag as string)[i as number] as HTMLElement | undefined;
      if (!host?.dataset.status) return false;
      const rules = (host.dataset.rules ?? '').split(' ');
      return new Function('rules', 'status', `return ${pred as string}`)(rules, host.dataset.status) as boolean;
    },
    [PANEL, nth, predicate] as const,
    { timeout, polling: 50 },
  );
}

const clickFinding = (page: Page, ruleId: string) =>
  page.evaluate(
    ([tag, id]) => {
      const host = document.querySelector(tag as string)!;
      (host.shadowRoot!.querySelector(`button.finding[data-rule="${id as string}"]`) as HTMLElement).click();
    },
    [PANEL, ruleId] as const,
  );

const outlineRect = (page: Page) =>
  page.evaluate(() => {
    const o = document.querySelector('optout-lint-outline');
    if (!o) return undefined;
    const r = o.getBoundingClientRect();
    return { x: r.x + 3, y: r.y + 3, w: r.width - 6, h: r.height - 6 };
  });

describe.skipIf(!haveChromium())('extension in Chromium', () => {
  let server: Server;
  let proxy: Proxy;
  let browser: Launched;
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = buildExtension({ e2e: true });
    [server, proxy] = await Promise.all([serveFixtures(), refusingProxy()]);
    browser = await launchWithExtension(dir, proxy.url);
    browser.context.on('request', (r) => requests.push(r.url()));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await proxy?.close();
  });

  it('Gmail compose without an opt-out link: the panel lists unsubscribe-link-present, in plain words', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/gmail-compose.html`);
    await waitForPanel(page, "rules.includes('unsubscribe-link-present')");
    const state = await panelState(page);
    expect(state?.status).toBe('fail');
    expect(state?.rules).toContain('unsubscribe-link-present');
    expect(state?.text).toContain('There is no unsubscribe link');
    // The panel sits next to the compose body, outside it.
    expect(await page.evaluate(() => document.querySelector('[g_editable]')!.nextElementSibling?.tagName.toLowerCase())).toBe(PANEL);
    expect(await page.evaluate(() => document.querySelector('[g_editable]')!.querySelector('[data-optout-i], optout-lint-panel'))).toBeNull();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'gmail-compose-fail.png') });
    await page.close();
  });

  it('pre-send guard: Send with errors opens the in-page dialog; "Fix it" keeps the draft unsent, "Send anyway" sends it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/gmail-compose.html`);
    await waitForPanel(page, "status === 'fail'");
    await page.click('div[role="button"].aoO');
    expect(await guardDialog(page)).toContain('unsubscribe-link-present');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'guard-dialog.png') });
    await answerGuard(page, 'fix');
    expect(await page.evaluate(() => (window as unknown as { sends: number }).sends)).toBe(0);
    await page.click('div[role="button"].aoO');
    await guardDialog(page);
    await answerGuard(page, 'send');
    expect(await page.evaluate(() => (window as unknown as { sends: number }).sends)).toBe(1);
    await page.close();
  });

  it('pre-send guard: Send right after an edit is judged on the draft as it is now, not on the last check', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/gmail-compose.html`);
    await waitForPanel(page, "status === 'fail'");
    // Add the opt-out and press Send at once, inside the 300 ms typing pause: the guard checks again first.
    await page.evaluate(() => {
      const body = document.querySelector('[g_editable]')!;
      body.insertAdjacentHTML('beforeend', '<div>To stop these emails, <a href="https://shop.example.com/unsubscribe">unsubscribe</a>.</div>');
      body.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('div[role="button"].aoO');
    await page.waitForFunction(() => (window as unknown as { sends: number }).sends === 1, undefined, { timeout: 5_000 });
    expect(await page.$('optout-lint-dialog')).toBeNull();
    await page.close();
  });

  it('typing an opt-out link updates the panel within a second, and Send is no longer held', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/gmail-compose.html`);
    await waitForPanel(page, "status === 'fail'");
    const before = await page.evaluate(() => document.querySelector('[g_editable]')!.innerHTML);
    await clickFinding(page, 'unsubscribe-link-present');
    expect(await outlineRect(page)).toBeDefined();
    expect(await page.evaluate(() => document.querySelector('[g_editable]')!.innerHTML)).toBe(before);

    await page.click('[g_editable] div:last-child');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('To stop these emails, unsubscribe here: https://shop.example.com/unsubscribe', { delay: 5 });
    // Re-checked on input (a 300 ms debounce), not on a poll: the wait gives up after a second.
    await waitForPanel(page, "status === 'pass' && !rules.includes('unsubscribe-link-present')", 0, 1000);
    expect((await panelState(page))?.text).toContain('looks fine');
    await page.click('div[role="button"].aoO');
    expect(await page.$('optout-lint-dialog')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { sends: number }).sends)).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'gmail-compose-pass.png') });
    await page.close();
  });

  it('a fixed-height pop-up compose: the status next to Send stays in sight, never covers it, and opens the panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/gmail-popup.html`);
    await page.waitForFunction(() => document.querySelector('optout-lint-status')?.getAttribute('data-status') === 'fail', undefined, { timeout: 10_000 });
    const boxes = await page.evaluate(() => {
      const r = (el: Element) => {
        const b = el.getBoundingClientRect();
        return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
      };
      return {
        status: r(document.querySelector('optout-lint-status')!),
        send: r(document.querySelector('.aoO')!),
        panel: r(document.querySelector('optout-lint-panel')!),
        scroll: r(document.querySelector('.scroll')!),
      };
    });
    const inView = (b: { top: number; bottom: number }, area: { top: number; bottom: number }) => b.top >= area.top - 1 && b.bottom <= area.bottom + 1;
    expect(boxes.panel.top).toBeGreaterThan(boxes.scroll.bottom); // the panel is below the fold of the scroll area
    expect(inView(boxes.status, { top: 0, bottom: page.viewportSize()!.height })).toBe(true);
    expect(boxes.status.left >= boxes.send.right || boxes.status.right <= boxes.send.left).toBe(true); // beside Send, not on it
    expect(await page.evaluate(() => document.querySelector('optout-lint-status')!.shadowRoot?.textContent ?? '')).toContain('1 error');
    await page.click('optout-lint-status');
    await page.waitForFunction(() => {
      const p = document.querySelector('optout-lint-panel')!.getBoundingClientRect();
      const s = document.querySelector('.scroll')!.getBoundingClientRect();
      return p.top >= s.top - 1 && p.top < s.bottom;
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'gmail-popup-status.png') });
    await page.close();
  });

  it('Outlook compose: "Click here" with href="#" is reported; clicking a finding outlines the link without changing the draft', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/outlook-compose.html`);
    await waitForPanel(page, "rules.includes('unsubscribe-link-href')");
    const state = await panelState(page);
    expect(state?.rules).toEqual(expect.arrayContaining(['unsubscribe-link-text', 'unsubscribe-link-href']));
    const body = '[aria-label^="Message body"]';
    const before = await page.evaluate((s) => document.querySelector(s)!.outerHTML, body);
    await clickFinding(page, 'unsubscribe-link-href');
    const box = await outlineRect(page);
    const link = await page.evaluate((s) => {
      const r = document.querySelector(`${s} a`)!.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }, body);
    expect(box).toBeDefined();
    expect(Math.abs(box!.x - link.x)).toBeLessThan(2);
    expect(Math.abs(box!.y - link.y)).toBeLessThan(2);
    expect(Math.abs(box!.w - link.w)).toBeLessThan(2);
    expect(await page.evaluate((s) => document.querySelector(s)!.outerHTML, body)).toBe(before);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'outlook-outline.png') });
    // Ctrl+Enter from the draft is guarded too.
    await page.click(body);
    await page.keyboard.press('Control+Enter');
    expect(await guardDialog(page)).toContain('unsubscribe-link-href');
    await answerGuard(page, 'fix');
    await page.close();
  });

  const sent = (page: Page) => page.evaluate(() => (window as unknown as { sent: string[] }).sent);

  it('Gmail in German: Send & Archive, Schedule send and Enter on a focused Send are held; "Send anyway" replays each', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/gmail-reply-de.html`);
    await waitForPanel(page, "rules.includes('unsubscribe-link-present')");
    await page.click('#send-archive');
    expect(await guardDialog(page)).toContain('unsubscribe-link-present');
    await answerGuard(page, 'fix');
    expect(await sent(page)).toEqual([]);
    // The options arrow only opens the menu; its "Schedule send" item is held like Send.
    await page.click('#more');
    expect(await page.$('optout-lint-dialog')).toBeNull();
    await page.click('#schedule');
    await guardDialog(page);
    await answerGuard(page, 'send');
    expect(await sent(page)).toEqual(['schedule']);
    await page.focus('#send');
    await page.keyboard.press('Enter');
    await guardDialog(page);
    await answerGuard(page, 'send');
    await page.click('#send-archive');
    await guardDialog(page);
    await answerGuard(page, 'send');
    expect(await sent(page)).toEqual(['schedule', 'send', 'send-archive']);
    await page.close();
  });

  it('Outlook in German and Yahoo in Italian: Send is found by its test id, whatever its label says', async () => {
    for (const fixture of ['outlook-compose-de.html', 'yahoo-compose-it.html']) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/${fixture}`);
      await waitForPanel(page, "rules.includes('unsubscribe-link-present')");
      await page.click(
        fixture.startsWith('outlook') ? '[data-testid="ComposeSendButton"] button[aria-label="Senden"]' : '[data-test-id="compose-send-button"]',
      );
      expect(await guardDialog(page), fixture).toContain('unsubscribe-link-present');
      await answerGuard(page, 'fix');
      expect(await sent(page), fixture).toEqual([]);
      // Ctrl+Enter from the subject field is held as well.
      await page.focus('input');
      await page.keyboard.press('Control+Enter');
      await guardDialog(page);
      await answerGuard(page, 'send');
      expect(await sent(page), fixture).toEqual(['send']);
      await page.close();
    }
  });

  it('iframe ESP editor with a hidden opt-out link: the panel lists unsubscribe-link-visible', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/esp-iframe.html`);
    await waitForPanel(page, "rules.includes('unsubscribe-link-visible')");
    const state = await panelState(page);
    expect(state?.status).toBe('fail');
    expect(state?.rules).not.toContain('unsubscribe-link-present');
    expect(state?.text).toContain('hidden');
    await clickFinding(page, 'unsubscribe-link-visible');
    expect(await outlineRect(page)).toBeDefined();
    // Re-checks on input inside the iframe: un-hiding the footer links fixes it.
    await page.evaluate(() => {
      const doc = (document.getElementById('templateEditor') as HTMLIFrameElement).contentDocument!;
      doc.querySelector('style')!.textContent = '.footer { color: #333; font-size: 12px; }';
      doc.body.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitForPanel(page, "status === 'pass'", 0, 2000);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'esp-iframe.png') });
    await page.close();
  });

  it('block builder: the blocks of the canvas are one email, one panel; a comment box gets none', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/esp-blocks.html`);
    await waitForPanel(page, "status === 'pass'");
    await page.waitForTimeout(400); // a later scan must not add panels for the other blocks or the comment box
    expect(await page.$$eval(PANEL, (panels) => panels.length)).toBe(1);
    const state = await panelState(page);
    expect(state?.rules).not.toContain('unsubscribe-link-present');
    // Deleting the footer block leaves the email without its opt-out.
    await page.evaluate(() => document.getElementById('footer-block')!.remove());
    await waitForPanel(page, "rules.includes('unsubscribe-link-present')");
    expect(await page.$$eval(PANEL, (panels) => panels.length)).toBe(1);
    // The ESP's Send button, found by its test id, is guarded like webmail's.
    await page.click('#send');
    expect(await guardDialog(page)).toContain('unsubscribe-link-present');
    await answerGuard(page, 'fix');
    await page.close();
  });

  it("a code editor's document is read from its model in the page's world, not from its input textarea", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/esp-code.html`);
    await waitForPanel(page, "rules.includes('unsubscribe-link-present')");
    expect((await panelState(page))?.text).not.toContain('could not be checked');
    await page.evaluate(() =>
      (window as unknown as { setValue(v: string): void }).setValue(
        '<html><body><h1>Autumn sale</h1><p>Shop Ltd, 1 Market Street, London SW1A 1AA. <a href="https://shop.example.com/unsubscribe">Unsubscribe</a></p></body></html>',
      ),
    );
    await waitForPanel(page, "status === 'pass'", 0, 3000);
    await page.close();
  });

  it('a canvas in a cross-origin iframe is checked inside its frame, once', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/esp-cross-origin.html`);
    // localhost is another origin than 127.0.0.1: the page cannot reach into the frame, the frame's own script does.
    const other = server.origin.replace('127.0.0.1', 'localhost');
    await page.evaluate((src) => ((document.getElementById('canvas-frame') as HTMLIFrameElement).src = src), `${other}/esp-blocks.html`);
    const frame = await (await page.waitForSelector('#canvas-frame')).contentFrame();
    await frame!.waitForFunction((tag) => (document.querySelector(tag) as HTMLElement | null)?.dataset.status === 'pass', PANEL, { timeout: 10_000 });
    await page.waitForTimeout(400);
    expect(await frame!.$$eval(PANEL, (panels) => panels.length)).toBe(1);
    expect(await page.$$eval(PANEL, (panels) => panels.length)).toBe(0);
    await page.close();
  });

  it("the app's Send outside a cross-origin canvas is held on the canvas's errors, checked again at Send", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/esp-cross-origin.html`);
    const other = server.origin.replace('127.0.0.1', 'localhost');
    await page.evaluate((src) => ((document.getElementById('canvas-frame') as HTMLIFrameElement).src = src), `${other}/esp-blocks.html`);
    const frame = (await (await page.waitForSelector('#canvas-frame')).contentFrame())!;
    await frame.waitForFunction((tag) => (document.querySelector(tag) as HTMLElement | null)?.dataset.status === 'pass', PANEL, { timeout: 10_000 });
    // Without its footer block the canvas has no opt-out; Send is pressed in the top page at once, before the
    // canvas's own re-check has run: the guard asks the frame to check now.
    await frame.evaluate(() => document.getElementById('footer-block')!.remove());
    await page.click('#send');
    expect(await guardDialog(page)).toContain('unsubscribe-link-present');
    await answerGuard(page, 'fix');
    expect(await sent(page)).toEqual([]);
    await page.click('#send');
    await guardDialog(page);
    await answerGuard(page, 'send');
    expect(await sent(page)).toEqual(['send']);
    // The footer back: Send goes through without a question.
    await frame.evaluate(() => {
      document
        .querySelector('[data-testid="email-canvas"]')!
        .insertAdjacentHTML(
          'beforeend',
          '<div class="block"><div contenteditable="true" class="ql-editor"><p>Shop Ltd, 1 Market Street, London SW1A 1AA. <a href="https://shop.example.com/unsubscribe">Unsubscribe</a></p></div></div>',
        );
    });
    await page.click('#send');
    await page.waitForFunction(() => (window as unknown as { sent: string[] }).sent.length === 2, undefined, { timeout: 5_000 });
    expect(await page.$('optout-lint-dialog')).toBeNull();
    await page.close();
  });

  it('Gmail "Show original": the raw message is linted with its headers', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/gmail-original.html?view=om`);
    await waitForPanel(page, "rules.includes('unsubscribe-link-present')");
    const state = await panelState(page);
    expect(state?.status).toBe('fail');
    expect(state?.text).not.toContain('could not be checked');
    await page.close();
  });

  it('"Check this page" on a view-in-browser page finds the faint, tiny opt-out link', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/view-in-browser.html`);
    await page.waitForTimeout(300);
    expect(await page.$(PANEL)).toBeNull(); // no editor: nothing until asked
    const url = page.url();
    await browser.worker.evaluate(async (u) => {
      interface Chrome {
        tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
        scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
      }
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === u);
      if (!tab) throw new Error(`no tab for ${u}`);
      await c.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/content-scripts/page.js'] });
    }, url);
    await waitForPanel(page, "rules.includes('unsubscribe-link-visible')");
    await page.close();
  });

  it('the options page turns the Send guard off (storage.sync)', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('select[name="severity:unsubscribe-link-text"]');
    await options.uncheck('input[name="guard"]');
    await options.click('button[type="submit"]');
    await options.waitForFunction(() => document.getElementById('message')?.textContent === 'Saved.');
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/gmail-compose.html`);
    await waitForPanel(page, "status === 'fail'");
    await page.click('div[role="button"].aoO');
    expect(await page.$('optout-lint-dialog')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { sends: number }).sends)).toBe(1);
    // A bad value is refused with the config resolver's message and nothing is saved.
    await options.fill('input[name="locales"]', 'english');
    await options.click('button[type="submit"]');
    await options.waitForFunction(() => document.getElementById('message')?.dataset.kind === 'error');
    expect(await options.textContent('#message')).toContain('locales[0]');
    await options.close();
    await page.close();
  });

  it('no request left the machine: pages and the extension only reached loopback', async () => {
    // The request log sees the extension's service worker too: prove it with one loopback fetch from there.
    const probe = `${server.origin}/sw-probe.html`;
    await browser.worker.evaluate((u) => fetch(u).then((r) => r.status), probe);
    await new Promise((r) => setTimeout(r, 200));
    expect(requests).toContain(probe);
    // The fixture server under its two loopback names (the cross-origin iframe test uses localhost).
    const loopback = [server.origin, server.origin.replace('127.0.0.1', 'localhost')];
    const outside = requests.filter(
      (u) => !loopback.some((o) => u.startsWith(o)) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && !u.startsWith('about:'),
    );
    expect(outside).toEqual([]);
    // Everything else went to the refusing proxy and stopped there; only Chromium's own services tried.
    const hosts = proxy.seen.map((line) => {
      const target = line.split(' ')[1] ?? '';
      return target.includes('://') ? new URL(target).host : target;
    });
    expect(hosts.filter((h) => !CHROMIUM_SERVICE_HOSTS.test(h))).toEqual([]);
  });
});
