// End-to-end harness: builds the extension, serves fixtures on 127.0.0.1, and launches Debian's Chromium
// with the extension loaded. Every request that is not for loopback goes to a refusing proxy that records
// it, so the tests can prove that nothing leaves the machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS } from './chromium.ts';

// OPTOUT_ROOT: set by scripts/bench/run-ts.mjs, whose bundle does not live next to this file.
export const ROOT = process.env.OPTOUT_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/e2e/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** Whether Chromium is there; in CI (which installs it) a missing browser is an error, never a silent skip. */
export function haveChromium(): boolean {
  const found = existsSync(CHROMIUM);
  if (!found && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium`);
  return found;
}

/** `wxt build` the way `npm run build:extension` does; returns the output folder. */
export function buildExtension(opts: { e2e?: boolean; browser?: 'chrome' | 'firefox' } = {}): string {
  const browser = opts.browser ?? 'chrome';
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const env = { ...process.env, OPTOUT_E2E: opts.e2e ? '1' : '' };
  const r = spawnSync('npx', args, { cwd: ROOT, env, encoding: 'utf8', timeout: 170_000 });
  if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
  const mv = browser === 'firefox' ? 2 : 3;
  return path.join(ROOT, '.output', `${browser}-mv${mv}${opts.e2e ? '-e2e' : ''}`);
}

export function readManifest(
  dir: string,
): Record<string, unknown> & { content_scripts?: { matches: string[] }[]; permissions?: string[]; host_permissions?: string[] } {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

export interface Server {
  origin: string;
  close(): Promise<void>;
}

export async function serveFixtures(): Promise<Server> {
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(FIXTURES, name);
    if (!name.endsWith('.html') || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export interface Proxy {
  url: string;
  /** Requests that tried to leave the machine. */
  seen: string[];
  close(): Promise<void>;
}

/** Hosts of Chromium's own background services, which the browser may still try to reach in headless mode. */
export const CHROMIUM_SERVICE_HOSTS = /^(?:[\w-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(?::\d+)?$/;

/** A proxy that refuses everything and remembers what was asked (plain HTTP and CONNECT). */
export async function refusingProxy(): Promise<Proxy> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    // The browser may reset a refused tunnel (it does when it shuts down): without a listener that is an uncaught ECONNRESET.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => server.close(() => r())) };
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(dir: string, proxyUrl: string): Promise<Launched> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'optout-lint-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...QUIET_CHROMIUM_ARGS,
      '--disable-domain-reliability',
      '--metrics-recording-only',
      // Chromium's own services (autofill predictions, sign-in, updaters): quiet them; the proxy refuses the rest.
      '--disable-client-side-phishing-detection',
      '--no-pings',
      '--safebrowsing-disable-auto-update',
      '--disable-field-trial-config',
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,CertificateTransparencyComponentUpdater,SigninInterceptBubble,ChromeSignin,NetworkTimeServiceQuerying',
      '--password-store=basic',
      '--use-mock-keychain',
      `--proxy-server=${proxyUrl}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
