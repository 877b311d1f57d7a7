// Runs on the webmail and ESP sites the adapters know: panels next to drafts, Send guard, raw views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../adapters/index.ts';
import { startWatcher } from '../lib/content.ts';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const watcher = await startWatcher(ctx, { observe: true });
    await watcher.scan();
  },
});
