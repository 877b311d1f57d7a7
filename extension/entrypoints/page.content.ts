// Injected on demand ("Check this page" in the popup or the context menu, through activeTab): checks the
// page's drafts if it has any, else the page itself (an ESP preview, a "view in browser" page).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWatcher } from '../lib/content.ts';

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const watcher = await startWatcher(ctx, { observe: false });
    await watcher.scan();
    if (watcher.sessions().length === 0) await watcher.checkPage();
  },
});
