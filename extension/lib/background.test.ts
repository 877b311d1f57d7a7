// The protocol end to end inside fakeBrowser: content script → background engine → report.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from './background.ts';
import { removeAllListeners, sendMessage } from './protocol.ts';
import { saveSettings, DEFAULT_SETTINGS } from './settings.ts';
import { resolveSettings } from './settings-config.ts';
import { bridgeMessaging } from './test-support.ts';

let sender: { id?: string; tab?: { id: number }; frameId?: number };

beforeEach(() => {
  fakeBrowser.reset();
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown> & { onClicked: Record<string, unknown> };
  menus.create = vi.fn();
  menus.onClicked.addListener = vi.fn();
  sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } };
  bridgeMessaging(() => sender);
  removeAllListeners();
  registerBackground();
});

// Both drafts sign with a sender and a postal address, so only the opt-out link decides.
const FOOTER = '<p>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</p>';
const NO_LINK = `<!DOCTYPE html><html><head></head><body><div data-optout-i="0">Big sale today.</div>${FOOTER}</body></html>`;

describe('lintDraft', () => {
  it('lints a draft with the CLI rules and reports pass/fail', async () => {
    const report = await sendMessage('lintDraft', { kind: 'html', text: NO_LINK, site: 'gmail' });
    expect(report.status).toBe('fail');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['unsubscribe-link-present']);
    const ok = await sendMessage('lintDraft', {
      kind: 'html',
      text: `<p>Bye? <a data-optout-i="0" href="https://x.example/unsubscribe">Unsubscribe</a></p>${FOOTER}`,
      site: 'gmail',
    });
    expect(ok).toEqual({ status: 'pass', findings: [], errorCount: 0, warningCount: 0, engineMs: expect.any(Number) });
  });

  it('uses the settings from storage.sync', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, severities: { 'unsubscribe-link-present': 'warn' } }, resolveSettings);
    const report = await sendMessage('lintDraft', { kind: 'html', text: NO_LINK, site: 'gmail' });
    expect(report.status).toBe('pass');
    expect(report.findings[0]?.severity).toBe(1);
  });

  it('rejects malformed requests and other senders', async () => {
    await expect(sendMessage('lintDraft', { kind: 'html', text: 1 } as never)).rejects.toThrow('text must be a string');
    sender = { id: 'another-extension', tab: { id: 7 } };
    await expect(sendMessage('lintDraft', { kind: 'html', text: NO_LINK, site: 'gmail' })).rejects.toThrow('unknown sender');
  });
});

describe('tab status for the popup', () => {
  it('remembers what the content script reported, per tab', async () => {
    const report = await sendMessage('lintDraft', { kind: 'html', text: NO_LINK, site: 'gmail' });
    await sendMessage('reportStatus', { site: 'gmail', report });
    sender = { id: fakeBrowser.runtime.id }; // the popup has no tab
    expect(await sendMessage('getTabStatus', 7)).toEqual({
      status: 'fail',
      errorCount: 1,
      warningCount: 0,
      site: 'gmail',
      ruleIds: ['unsubscribe-link-present'],
    });
    expect(await sendMessage('getTabStatus', 8)).toEqual({ status: 'none', errorCount: 0, warningCount: 0, ruleIds: [] });
  });
  it("adds up the frames of a tab: the page's draft and a canvas in a cross-origin iframe", async () => {
    const failing = await sendMessage('lintDraft', { kind: 'html', text: NO_LINK, site: 'klaviyo' });
    const passing = await sendMessage('lintDraft', {
      kind: 'html',
      text: `<p><a href="https://x.example/unsubscribe">Unsubscribe</a></p>${FOOTER}`,
      site: 'klaviyo',
    });
    sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0 };
    await sendMessage('reportStatus', { site: 'klaviyo', report: passing });
    sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3 };
    await sendMessage('reportStatus', { site: 'klaviyo', report: failing });
    await sendMessage('reportStatus', { site: 'klaviyo', report: failing }); // reported again: counted once
    sender = { id: fakeBrowser.runtime.id };
    expect(await sendMessage('getTabStatus', 7)).toEqual({
      status: 'fail',
      errorCount: 1,
      warningCount: 0,
      site: 'klaviyo',
      ruleIds: ['unsubscribe-link-present'],
    });
  });
  it('only content scripts ask the frames to check', async () => {
    sender = { id: fakeBrowser.runtime.id };
    await expect(sendMessage('checkFrames', undefined)).rejects.toThrow('only content scripts');
  });
  it("content scripts cannot read other tabs' status", async () => {
    await expect(sendMessage('getTabStatus', 7)).rejects.toThrow('only the popup');
  });
});
