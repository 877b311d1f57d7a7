// The background's message handlers: lint with the CLI's engine and config resolver, remember each tab's
// status for the popup, and inject the on-demand checker (activeTab). Nothing here touches the network.
import { browser } from 'wxt/browser';
import { lintRequest } from './engine.ts';
import {
  isOwnSender,
  onMessage,
  ProtocolError,
  sendMessage,
  validateFindings,
  validateLintRequest,
  validateStatusUpdate,
  type Finding,
  type LintReport,
  type TabStatus,
} from './protocol.ts';
import { DEFAULT_SETTINGS, loadSettings } from './settings.ts';
import { knownRulesOnly, resolveSettings } from './settings-config.ts';
import type { ResolvedConfig } from '../../linter/types.ts';
import { ruleIds } from './panel.ts';
import { t } from './i18n.ts';

const PAGE_SCRIPT = '/content-scripts/page.js';
const MENU_ID = 'optout-lint-check-page';

/** What each frame of a tab last reported (frame 0 is the page; others are editor canvases in iframes). */
const statuses = new Map<number, Map<number, TabStatus>>();
/** A frame that does not answer at Send within this long is passed over (it was removed, or hangs). */
const FRAME_ANSWER_MS = 4000;

/** The tab's status for the popup and the badge: every frame's drafts together. */
function tabStatus(tabId: number): TabStatus {
  const frames = [...(statuses.get(tabId)?.values() ?? [])];
  if (frames.length === 0) return { status: 'none', errorCount: 0, warningCount: 0, ruleIds: [] };
  const top = frames.find((f) => f.site) ?? frames[0]!;
  return {
    status: frames.some((f) => f.status === 'fail') ? 'fail' : 'pass',
    errorCount: frames.reduce((n, f) => n + f.errorCount, 0),
    warningCount: frames.reduce((n, f) => n + f.warningCount, 0),
    ...(top.site ? { site: top.site } : {}),
    ruleIds: [...new Set(frames.flatMap((f) => f.ruleIds))],
  };
}

/** Asks each other frame of the tab that reported a draft to check it now; their errors together. */
async function checkFrames(tabId: number, askingFrame: number): Promise<Finding[]> {
  const others = [...(statuses.get(tabId)?.keys() ?? [])].filter((id) => id !== askingFrame);
  const answers = await Promise.all(
    others.map((frameId) => {
      const answer = sendMessage('checkNow', undefined, { tabId, frameId }).then(validateFindings);
      const late = new Promise<Finding[]>((resolve) => setTimeout(() => resolve([]), FRAME_ANSWER_MS));
      return Promise.race([answer, late]).catch((): Finding[] => {
        statuses.get(tabId)?.delete(frameId); // gone (navigated away, removed): not asked again
        return [];
      });
    }),
  );
  return answers.flat().filter((f) => f.severity === 2);
}

async function currentConfig(): Promise<ResolvedConfig> {
  try {
    return resolveSettings(knownRulesOnly(await loadSettings()));
  } catch {
    return resolveSettings(DEFAULT_SETTINGS);
  }
}

function toTabStatus(site: string, report: LintReport): TabStatus {
  return { status: report.status, errorCount: report.errorCount, warningCount: report.warningCount, site, ruleIds: ruleIds(report.findings) };
}

async function checkPage(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT] });
    return true;
  } catch {
    return false; // chrome:// pages, the web store, pages without activeTab
  }
}

function setBadge(tabId: number, status: TabStatus): void {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  void action.setBadgeText({ tabId, text: status.errorCount > 0 ? String(status.errorCount) : '' }).catch(() => undefined);
  void action.setBadgeBackgroundColor({ tabId, color: '#cf222e' }).catch(() => undefined);
}

export function registerBackground(): void {
  onMessage('lintDraft', async ({ data, sender }) => {
    if (!isOwnSender(sender, browser.runtime.id)) throw new ProtocolError('unknown sender');
    const req = validateLintRequest(data);
    return lintRequest(req, await currentConfig());
  });
  onMessage('reportStatus', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!isOwnSender(sender, browser.runtime.id) || tabId === undefined) return;
    const { site, report } = validateStatusUpdate(data);
    const frameId = sender.frameId ?? 0;
    let frames = statuses.get(tabId);
    if (!frames) statuses.set(tabId, (frames = new Map()));
    const isNew = !frames.has(frameId);
    frames.set(frameId, toTabStatus(site, report));
    setBadge(tabId, tabStatus(tabId));
    if (frameId !== 0 && isNew) {
      const drafts = [...frames.keys()].filter((id) => id !== 0).length;
      void sendMessage('framesChanged', { drafts }, { tabId, frameId: 0 }).catch(() => undefined);
    }
  });
  onMessage('getTabStatus', ({ data, sender }) => {
    if (!isOwnSender(sender, browser.runtime.id) || sender.tab) throw new ProtocolError('only the popup asks for tab status');
    return tabStatus(Number(data));
  });
  onMessage('checkFrames', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (!isOwnSender(sender, browser.runtime.id) || tabId === undefined) throw new ProtocolError('only content scripts check frames');
    return checkFrames(tabId, sender.frameId ?? 0);
  });
  onMessage('checkPage', ({ data, sender }) => {
    if (!isOwnSender(sender, browser.runtime.id) || sender.tab) throw new ProtocolError('only the popup checks pages');
    return checkPage(Number(data));
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuCheck'), contexts: ['page', 'frame', 'editable', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void checkPage(tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => statuses.delete(tabId));
  // A new page in the tab: what its old frames reported is gone with them.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) statuses.delete(tabId);
  });
}
