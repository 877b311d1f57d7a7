// The popup: the current tab's status (as reported by its content script) and "Check this page".
import { browser } from 'wxt/browser';
import { sendMessage, type TabStatus } from './protocol.ts';
import { t } from './i18n.ts';

export function localise(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
}

function statusText(s: TabStatus): string {
  if (s.status === 'none') return t('popupNone');
  if (s.status === 'pass' && s.errorCount === 0) return t('popupPass', s.site ?? '');
  return t('popupFail', s.errorCount, s.warningCount, s.site ?? '');
}

function showStatus(doc: Document, s: TabStatus): void {
  const status = doc.getElementById('status')!;
  status.dataset.status = s.status;
  status.textContent = statusText(s);
  doc.getElementById('rules')!.textContent = s.ruleIds.join(' ');
}

export async function startPopup(doc: Document): Promise<void> {
  localise(doc);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id;
  const refresh = async () => {
    if (tabId !== undefined) showStatus(doc, await sendMessage('getTabStatus', tabId));
  };
  await refresh();
  doc.getElementById('check')!.addEventListener('click', async () => {
    const ok = tabId !== undefined && (await sendMessage('checkPage', tabId));
    doc.getElementById('status')!.textContent = ok ? t('popupChecked') : t('popupCannot');
    setTimeout(() => void refresh(), 800);
  });
  doc.getElementById('options')!.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
}
