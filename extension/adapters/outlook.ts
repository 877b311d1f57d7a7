// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com): the "Message body"
// textbox, "Add a subject" and the Send button; "View message source" shows headers and body in a dialog.
import type { Draft, SiteAdapter } from './types.ts';
import { composeContainer, editableRoots, hostIs, inputValue, looksLikeRawMessage } from './dom.ts';

const BODY =
  'div[contenteditable="true"][role="textbox"][aria-label^="Message body"], div[contenteditable="true"][aria-label^="Corpo del messaggio"], div[contenteditable="true"][role="textbox"][aria-multiline="true"]';
/**
 * Send by its test id (the same in every UI language: "Senden", "Envoyer", "Invia" …); the English and Italian
 * labels remain for older builds without it. The split button's arrow (`aria-haspopup`) only opens a menu.
 */
const SEND = [
  'button[data-testid="ComposeSendButton"]',
  '[data-testid="ComposeSendButton"] button:not([aria-haspopup="true"])',
  'button[aria-label="Send"]',
  'button[title^="Send"]',
  'button[aria-label="Invia"]',
  'button[title^="Invia"]',
].join(', ');
const CONTAINER = '[data-app-section="Form_Content"], div[role="main"] form, div[role="dialog"]';

export const outlook: SiteAdapter = {
  id: 'outlook',
  name: 'Outlook on the web',
  // outlook.cloud.microsoft: the new Outlook on the web's host (2024 on).
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'],
  handles: (hostname) => hostIs(hostname, 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'),
  sendSelector: SEND,
  findDrafts(doc) {
    return editableRoots(doc, BODY).map((body): Draft => {
      const container = composeContainer(body, CONTAINER, SEND);
      return {
        kind: 'contenteditable',
        body,
        container,
        anchor: body,
        subject: () => inputValue(container, 'input[aria-label="Add a subject"], input[placeholder="Add a subject"], input[aria-label="Aggiungi un oggetto"]'),
      };
    });
  },
  findRaw(doc) {
    for (const el of doc.querySelectorAll('[role="dialog"] pre, [role="dialog"] textarea')) {
      const text = el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
      if (looksLikeRawMessage(text)) return { element: el, text };
    }
    return undefined;
  },
};
