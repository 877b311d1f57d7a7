// Runs on the webmail and ESP sites the adapters know: panels next to drafts, Send guard, raw views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../adapters/index.ts';
import { startWatcher } from '../lib/content.ts';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // ESP canvases often live in an iframe of another origin (an editor host inside the app's page).
  allFrames: true,
  async main(ctx) {
    // A frame the page can reach (same origin) is checked from the page, as one of its editor iframes.
    if (window.top !== window && window.frameElement !== null) return;
    const watcher = await startWatcher(ctx, { observe: true, linkFrames: true });
    await watcher.scan();
  },
});
