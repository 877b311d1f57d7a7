// The background's message handlers: lint with the CLI's engine and config resolver, remember each tab's
// status for the popup, and inject the on-demand checker (activeTab). Nothing here touches the network.
import { browser } from 'wxt/browser';
import { lintRequest } from './engine.ts';
import { isOwnSender, onMessage, ProtocolError, validateLintRequest, validateStatusUpdate, type LintReport, type TabStatus } from './protocol.ts';
import { DEFAULT_SETTINGS, loadSettings } from './settings.ts';
import { knownRulesOnly, resolveSettings } from './settings-config.ts';
import type { ResolvedConfig } from '../../linter/types.ts';
import { ruleIds } from './panel.ts';
import { t } from './i18n.ts';

const PAGE_SCRIPT = '/content-scripts/page.js';
const MENU_ID = 'optout-lint-check-page';

const statuses = new Map<number, TabStatus>();

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
    const status = toTabStatus(site, report);
    statuses.set(tabId, status);
    setBadge(tabId, status);
  });
  onMessage('getTabStatus', ({ data, sender }) => {
    if (!isOwnSender(sender, browser.runtime.id) || sender.tab) throw new ProtocolError('only the popup asks for tab status');
    return statuses.get(Number(data)) ?? { status: 'none', errorCount: 0, warningCount: 0, ruleIds: [] };
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
}
