// Yahoo Mail (mail.yahoo.com): the rich-text editor (data-test-id="rte"), subject and Send button.
import type { Draft, SiteAdapter } from './types.ts';
import { composeContainer, editableRoots, hostIs, inputValue } from './dom.ts';

const BODY = 'div[data-test-id="rte"][contenteditable="true"], div[contenteditable="true"][aria-label="Message body"]';
const SEND = 'button[data-test-id="compose-send-button"], button[title="Send this email"]';
const CONTAINER = 'div[data-test-id="compose"], div[data-test-id="compose-styler"], form';

export const yahoo: SiteAdapter = {
  id: 'yahoo',
  name: 'Yahoo Mail',
  matches: ['https://mail.yahoo.com/*'],
  handles: (hostname) => hostIs(hostname, 'mail.yahoo.com'),
  sendSelector: SEND,
  findDrafts(doc) {
    return editableRoots(doc, BODY).map((body): Draft => {
      const container = composeContainer(body, CONTAINER, SEND);
      return { kind: 'contenteditable', body, container, anchor: body, subject: () => inputValue(container, 'input[data-test-id="compose-subject"]') };
    });
  },
};
