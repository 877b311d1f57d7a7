// Test helpers for the extension's unit tests (imported by *.test.ts only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setMessageGetter } from './i18n.ts';

const LOCALES = path.resolve(import.meta.dirname, '../public/_locales');

/** Installs a getMessage that reads `_locales/<lang>/messages.json`, as the browser would. */
export function useLocale(lang: 'en' | 'it'): void {
  const messages = JSON.parse(readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  setMessageGetter((key, subs = []) => (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''));
}

type Sender = { id?: string; tab?: { id: number } };

/**
 * @webext-core/messaging calls `chrome.runtime.sendMessage(message, callback)` and answers through
 * `sendResponse`; fakeBrowser's runtime is promise-only. This bridges the two for one sender.
 */
export function bridgeMessaging(sender: () => Sender): void {
  const runtime = fakeBrowser.runtime as unknown as { sendMessage: unknown; lastError: unknown; onMessage: { trigger(...a: unknown[]): Promise<unknown[]> } };
  runtime.lastError = undefined;
  runtime.sendMessage = (message: unknown, callback: (r: unknown) => void) => {
    let answered = false;
    const respond = (r: unknown) => {
      if (!answered) {
        answered = true;
        callback(r);
      }
    };
    void runtime.onMessage.trigger(message, sender(), respond).then((results) => {
      if (!results.includes(true)) respond(undefined);
    });
  };
}
