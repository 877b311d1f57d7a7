// Gmail (mail.google.com): the compose window's "Message Body" contenteditable, its subject box and
// Send button; "Show original" (view=om) shows the raw message in <pre id="raw_message_text">.
import type { Draft, SiteAdapter } from './types.ts';
import { composeContainer, editableRoots, hostIs, inputValue, looksLikeRawMessage } from './dom.ts';

const BODY = 'div[contenteditable="true"][g_editable="true"], div.editable[contenteditable="true"][role="textbox"]';
/**
 * Send, Send & Archive (`.Uo`, in replies) and the "Schedule send" menu item, found by structure and Gmail's own
 * `selector` attribute as InboxSDK finds them: the same in every UI language. The send row is `.IZ .Up`; its
 * buttons with `aria-haspopup` open the send options menu and send nothing.
 */
const SEND = [
  '.IZ .Up div > div[role="button"]:not([aria-haspopup="true"])',
  'div[role="button"].aoO',
  '[role="menuitem"][selector="scheduledSend"]',
  'div[role="button"][data-tooltip^="Send"]',
].join(', ');
const CONTAINER = 'div[role="dialog"], div.M9, div.AD, form';

export const gmail: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  handles: (hostname) => hostIs(hostname, 'mail.google.com'),
  sendSelector: SEND,
  findDrafts(doc) {
    return editableRoots(doc, BODY).map((body): Draft => {
      const container = composeContainer(body, CONTAINER, SEND);
      return { kind: 'contenteditable', body, container, anchor: body, subject: () => inputValue(container, 'input[name="subjectbox"]') };
    });
  },
  findRaw(doc, url) {
    const pre = doc.querySelector('pre#raw_message_text, pre.raw_message_text');
    if (!pre && url.searchParams.get('view') !== 'om') return undefined;
    const el = pre ?? doc.querySelector('pre');
    const text = el?.textContent ?? '';
    return el && looksLikeRawMessage(text) ? { element: el, text } : undefined;
  },
};
