// WXT build of the browser extension (entry points under extension/entrypoints, helpers in extension/lib
// and extension/adapters). `OPTOUT_E2E=1` adds loopback pages to the content scripts' matches for the
// end-to-end tests and writes to .output/<browser>-mv<n>-e2e, so it can never be mistaken for a release.
import { defineConfig, type Wxt } from 'wxt';
import type { Browser } from 'wxt/browser';

const E2E = process.env.OPTOUT_E2E === '1';
export const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
export const EXTENSION_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'";

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDirTemplate: E2E ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  // Explicit imports only: the sources typecheck and lint like the rest of the repository.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: "Check this page" on any page the user picks, without host access to all sites.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    // Only the extension's own bundled scripts run in its pages; no plugins, no <base>, no network from its pages
    // (the engine runs offline). WXT turns this into the MV2 string form for Firefox.
    content_security_policy: { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'optout-lint@optout-lint.dev', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt: Wxt, manifest: Browser.runtime.Manifest) => {
      if (!E2E) return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...E2E_MATCHES];
      // Lets the tests stand in for the activeTab grant of "Check this page" on the fixture pages.
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...E2E_MATCHES];
      // Lets the request-log test prove it sees the service worker's traffic (a fetch to the loopback fixture server).
      manifest.content_security_policy = { extension_pages: EXTENSION_CSP.replace("connect-src 'none'", 'connect-src http://127.0.0.1:*') };
    },
  },
  vite: () => ({
    // No modulepreload polyfill: it would put a fetch() in the popup and options bundles.
    build: { modulePreload: { polyfill: false } },
  }),
});
