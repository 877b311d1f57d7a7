// Wiring of the content scripts: WXT's shadow-root UI, the messaging protocol and storage.sync settings.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { adapterForPage } from '../adapters/index.ts';
import { mountPanel, mountStatus, PANEL_CSS, PANEL_TAG, STATUS_CSS, STATUS_TAG } from './panel.ts';
import { onMessage, sendMessage, type Finding } from './protocol.ts';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from './settings.ts';
import { watchPage, type PageWatcher, type WatcherDeps } from './watcher.ts';

/**
 * `linkFrames`: the content script that runs in every frame of the sites it knows. The top frame's guard asks the
 * other frames for their drafts' errors at Send; the other frames answer with theirs.
 */
export async function startWatcher(ctx: ContentScriptContext, opts: { observe: boolean; linkFrames?: boolean }): Promise<PageWatcher> {
  let settings: Settings = DEFAULT_SETTINGS;
  try {
    settings = await loadSettings();
  } catch {
    // storage unavailable: defaults
  }
  const deps: WatcherDeps = {
    adapter: adapterForPage(location, document),
    doc: document,
    url: new URL(location.href),
    lint: (req) => sendMessage('lintDraft', req),
    reportStatus: (update) => void sendMessage('reportStatus', update).catch(() => undefined),
    settings: () => settings,
    async mountPanel(anchor, title, onSelect, append) {
      const ui = await createShadowRootUi(ctx, {
        name: PANEL_TAG,
        position: 'inline',
        anchor,
        append,
        css: PANEL_CSS,
        isolateEvents: true,
        onMount: (container, _shadow, host) => mountPanel(container, host, title, onSelect),
      });
      ui.mount();
      return { view: ui.mounted!, remove: () => ui.remove(), reveal: () => ui.shadowHost.scrollIntoView({ block: 'nearest' }) };
    },
    async mountStatus(anchor, onOpen) {
      const ui = await createShadowRootUi(ctx, {
        name: STATUS_TAG,
        position: 'inline',
        anchor,
        append: 'after',
        css: STATUS_CSS,
        isolateEvents: true,
        onMount: (container, _shadow, host) => mountStatus(container, host, onOpen),
      });
      ui.mount();
      return { view: ui.mounted!, remove: () => ui.remove() };
    },
  };
  let framesWithDrafts = 0;
  const isTop = window.top === window;
  if (opts.linkFrames && isTop) {
    deps.frames = { present: () => framesWithDrafts > 0, check: () => sendMessage('checkFrames', undefined) };
    onMessage('framesChanged', ({ data }) => void (framesWithDrafts = Math.max(0, Number(data.drafts) || 0)));
  }
  const watcher = watchPage(deps, opts);
  if (opts.linkFrames && !isTop) {
    onMessage('checkNow', async (): Promise<Finding[]> => (await Promise.all(watcher.sessions().map((s) => s.fresh()))).flat());
  }
  const stop = onSettingsChanged((s) => {
    settings = s;
    for (const session of watcher.sessions()) void session.check();
    void watcher.scan();
  });
  ctx.onInvalidated(() => {
    stop();
    watcher.dispose();
  });
  return watcher;
}
