// Headless Chromium for the e2e tests, with every network request refused: no DNS (host resolver rule),
// no connection (a proxy on a closed port), and a route that lets only file:, data: and about: through.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p): p is string => p !== undefined && p !== '' && existsSync(p));
}

/** Flags every test browser starts with: headless on CI, and none of Chromium's own background traffic. */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

export async function launchOffline(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      '--disable-extensions',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
    ],
  });
}

/** Routes the page's requests, aborting all but local ones; returns the URLs it refused. */
export async function blockNetwork(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (/^(?:file|data|about):/.test(url)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  return refused;
}
