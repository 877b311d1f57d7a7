// ESP editors. Their builders change often, so each adapter prefers the editor it knows (an iframe, a
// contenteditable canvas or a code editor's textarea) and falls back to the generic finder on its pages.
import type { Draft, SiteAdapter } from './types.ts';
import { EDITOR_ROOTS, requestEditorText } from '../lib/editor-models.ts';
import { CANVAS, blockDrafts, editableRoots, editorFrames, genericDrafts, hostIs, htmlTextareas, isDraftBox } from './dom.ts';

interface EspSpec {
  id: string;
  name: string;
  hosts: string[];
  /** Preferred editor iframes / editable canvases / code textareas, most specific first. */
  frames?: string;
  editables?: string;
  textareas?: string;
  /** The block builder's canvas, when it has one of its own (else the generic canvas names). */
  canvas?: string;
}

/**
 * An ESP's Send and Schedule buttons, by their test ids (stable across the UI's languages, unlike labels):
 * `…send`, `…send-button`, `…schedule`, `…schedule-button`.
 */
const ESP_SEND = ['send', 'send-button', 'schedule', 'schedule-button']
  .flatMap((end) => [`button[data-testid$="${end}" i]`, `button[data-test-id$="${end}" i]`, `[role="button"][data-testid$="${end}" i]`])
  .join(', ');

function espAdapter(spec: EspSpec): SiteAdapter {
  return {
    id: spec.id,
    name: spec.name,
    sendSelector: ESP_SEND,
    matches: spec.hosts.map((h) => `https://${h}/*`),
    handles: (hostname) => hostIs(hostname, ...spec.hosts),
    findDrafts(doc) {
      const drafts: Draft[] = [];
      if (spec.frames)
        for (const { frame, body } of editorFrames(doc, spec.frames))
          drafts.push({ kind: 'iframe', body, frame, container: frame.parentElement ?? frame, anchor: frame, subject: () => undefined });
      // A block builder shows one contenteditable per block: the blocks of a canvas are one email.
      if (spec.editables)
        drafts.push(...blockDrafts(editableRoots(doc, spec.editables).filter(isDraftBox), spec.canvas ? `${spec.canvas}, ${CANVAS}` : CANVAS));
      if (spec.textareas)
        for (const body of htmlTextareas(doc, spec.textareas))
          drafts.push({ kind: 'textarea', body, container: body.parentElement ?? body, anchor: body, subject: () => undefined });
      // Code editors (the HTML view): their document is read from the editor's model, in the page's world.
      for (const body of doc.querySelectorAll<HTMLElement>(EDITOR_ROOTS)) {
        const win = doc.defaultView;
        if (!win) continue;
        drafts.push({
          kind: 'code',
          body,
          container: body.parentElement ?? body,
          anchor: body,
          subject: () => undefined,
          readText: () => requestEditorText(win, body),
        });
      }
      return drafts.length > 0 ? drafts : genericDrafts(doc);
    },
  };
}

export const mailchimp = espAdapter({
  id: 'mailchimp',
  name: 'Mailchimp',
  hosts: ['*.admin.mailchimp.com'],
  frames: 'iframe#templateEditor, iframe[title*="editor" i], iframe.preview-frame',
  editables: '.mceContentBody[contenteditable], [data-testid="canvas"] [contenteditable]',
  textareas: 'textarea[name="html"]',
});
export const brevo = espAdapter({
  id: 'brevo',
  name: 'Brevo',
  hosts: ['app.brevo.com', 'editor-app.brevo.com', 'my.brevo.com'],
  frames: 'iframe#editor-iframe, iframe[name="editor"]',
  textareas: 'textarea#html-editor',
});
export const hubspot = espAdapter({
  id: 'hubspot',
  name: 'HubSpot',
  // HubSpot's regional app hosts (its data centres: US, EU, and the newer US and APAC ones).
  hosts: ['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com', 'app-na3.hubspot.com', 'app-ap1.hubspot.com'],
  frames: 'iframe[data-test-id="email-editor-preview"], iframe.email-editor-frame',
  editables: '.public-DraftEditor-content[contenteditable], .ProseMirror[contenteditable]',
});
export const klaviyo = espAdapter({
  id: 'klaviyo',
  name: 'Klaviyo',
  hosts: ['www.klaviyo.com'],
  frames: 'iframe[title*="email" i]',
  editables: '.ql-editor[contenteditable], .ProseMirror[contenteditable]',
  textareas: 'textarea[name="html"]',
});
export const sendgrid = espAdapter({
  id: 'sendgrid',
  name: 'SendGrid',
  hosts: ['mc.sendgrid.com'],
  frames: 'iframe.design-editor-iframe, iframe[title*="preview" i]',
  editables: '.fr-element[contenteditable]',
  textareas: 'textarea.code-editor',
});
