// Yahoo Mail (mail.yahoo.com): the rich-text editor (data-test-id="rte"), subject and Send button; "View raw
// message" opens the message source as a plain-text page on apis.mail.yahoo.com (the browser shows it in a <pre>).
import type { Draft, SiteAdapter } from './types.ts';
import { composeContainer, editableRoots, hostIs, inputValue, looksLikeRawMessage } from './dom.ts';

const BODY = 'div[data-test-id="rte"][contenteditable="true"], div[contenteditable="true"][aria-label="Message body"]';
// The test ids are the same in every UI language; the English title is for builds without them.
const SEND = 'button[data-test-id="compose-send-button"], button[title="Send this email"]';
const CONTAINER = 'div[data-test-id="compose"], div[data-test-id="compose-styler"], form';

export const yahoo: SiteAdapter = {
  id: 'yahoo',
  name: 'Yahoo Mail',
  matches: ['https://mail.yahoo.com/*', 'https://apis.mail.yahoo.com/*'],
  handles: (hostname) => hostIs(hostname, 'mail.yahoo.com', 'apis.mail.yahoo.com'),
  sendSelector: SEND,
  findDrafts(doc) {
    return editableRoots(doc, BODY).map((body): Draft => {
      const container = composeContainer(body, CONTAINER, SEND);
      return { kind: 'contenteditable', body, container, anchor: body, subject: () => inputValue(container, 'input[data-test-id="compose-subject"]') };
    });
  },
  findRaw(doc) {
    // The raw view is the browser's plain-text viewer: a lone <pre> holding the message.
    const pre = doc.body?.children.length === 1 ? doc.body.querySelector(':scope > pre') : null;
    const text = pre?.textContent ?? '';
    return pre && looksLikeRawMessage(text) ? { element: pre, text } : undefined;
  },
};
