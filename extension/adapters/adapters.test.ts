// Adapters against the fixture DOMs the e2e tests use (happy-dom).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor, adapterForPage, adapters, SITE_MATCHES } from './index.ts';
import { gmail } from './gmail.ts';
import { outlook } from './outlook.ts';
import { yahoo } from './yahoo.ts';
import { generic } from './generic.ts';
import { looksLikeRawMessage } from './dom.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/e2e/fixtures');
const load = (name: string) => {
  const html = readFileSync(path.join(FIXTURES, name), 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
};

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('site selection', () => {
  it.each([
    ['mail.google.com', 'gmail'],
    ['outlook.live.com', 'outlook'],
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['mail.yahoo.com', 'yahoo'],
    ['us6.admin.mailchimp.com', 'mailchimp'],
    ['app.brevo.com', 'brevo'],
    ['app.hubspot.com', 'hubspot'],
    ['www.klaviyo.com', 'klaviyo'],
    ['mc.sendgrid.com', 'sendgrid'],
    ['example.org', 'generic'],
    ['mail.google.com.evil.example', 'generic'],
  ])('%s → %s', (host, id) => {
    expect(adapterFor(host).id).toBe(id);
  });
  it('only loopback pages may name the site they imitate', () => {
    document.head.innerHTML = '<meta name="optout-lint-site" content="gmail">';
    expect(adapterForPage({ hostname: '127.0.0.1' }, document).id).toBe('gmail');
    expect(adapterForPage({ hostname: 'example.org' }, document).id).toBe('generic');
  });
  it('never asks for every site', () => {
    for (const m of SITE_MATCHES) {
      expect(m).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
      expect(m).toMatch(/^https:\/\/[\w.*-]+\/\*$/);
    }
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
  });
});

describe('drafts', () => {
  it('Gmail: the Message Body, its subject and the Send button', () => {
    load('gmail-compose.html');
    const [draft, ...rest] = gmail.findDrafts(document);
    expect(rest).toEqual([]);
    expect(draft?.body.getAttribute('aria-label')).toBe('Message Body');
    expect(draft?.subject()).toBe('Spring sale: 20% off everything');
    expect(draft?.container.querySelector(gmail.sendSelector!)?.textContent).toBe('Send');
  });
  it('Outlook: the message body and "Add a subject"', () => {
    load('outlook-compose.html');
    const [draft] = outlook.findDrafts(document);
    expect(draft?.kind).toBe('contenteditable');
    expect(draft?.subject()).toBe('Our newsletter');
    expect(draft?.container.querySelector(outlook.sendSelector!)).not.toBeNull();
  });
  it('Yahoo: the rich-text editor', () => {
    document.body.innerHTML =
      '<div data-test-id="compose"><input data-test-id="compose-subject" value="Hi"><div data-test-id="rte" contenteditable="true"><p>x</p></div><button data-test-id="compose-send-button">Send</button></div>';
    const [draft] = yahoo.findDrafts(document);
    expect(draft?.subject()).toBe('Hi');
    expect(draft?.container.getAttribute('data-test-id')).toBe('compose');
  });
  it('generic: top-level editables and HTML code textareas, not nested or single-line fields', () => {
    document.body.innerHTML =
      '<div id="a" contenteditable="true"><div contenteditable="true">nested</div></div><div contenteditable="false">no</div><div role="combobox" contenteditable="true">to</div><textarea id="code"></textarea><textarea>plain notes</textarea>';
    (document.getElementById('code') as HTMLTextAreaElement).value = '<table><tr><td>x</td></tr></table>';
    const drafts = generic.findDrafts(document);
    expect(drafts.map((d) => `${d.kind}#${d.body.id}`)).toEqual(['contenteditable#a', 'textarea#code']);
  });
});

describe('raw message views', () => {
  it('Gmail "Show original"', () => {
    load('gmail-original.html');
    const raw = gmail.findRaw!(document, new URL('https://mail.google.com/mail/u/0/?ik=1&view=om'));
    expect(raw?.element.id).toBe('raw_message_text');
    expect(raw?.text).toMatch(/^Delivered-To: /);
  });
  it('recognises RFC 5322 text only', () => {
    expect(looksLikeRawMessage('From: a@b.example\nTo: c@d.example\nSubject: x\n\nbody')).toBe(true);
    expect(looksLikeRawMessage('const x = 1;\n\nfoo')).toBe(false);
  });
});

describe('block builders', () => {
  it('the blocks of one canvas are one draft; a comment box beside it is no draft', () => {
    load('esp-blocks.html');
    const drafts = adapterFor('www.klaviyo.com').findDrafts(document);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.kind).toBe('blocks');
    expect(drafts[0]!.body.getAttribute('data-testid')).toBe('email-canvas');
    expect(drafts[0]!.blocks).toHaveLength(3);
  });

  it("without a named canvas, the blocks' common ancestor is the canvas; a lone editable stays a draft of its own", () => {
    document.body.innerHTML =
      '<main><section id="c"><div contenteditable="true">a</div><div contenteditable="true">b</div></section></main><div contenteditable="true" aria-label="Search notes"></div>';
    const drafts = generic.findDrafts(document);
    expect(drafts.map((d) => [d.kind, d.body.id])).toEqual([['blocks', 'c']]);
    document.body.innerHTML = '<div contenteditable="true" id="only">x</div>';
    expect(generic.findDrafts(document).map((d) => [d.kind, d.body.id])).toEqual([['contenteditable', 'only']]);
  });
});

describe('hosts', () => {
  it.each([
    ['outlook.cloud.microsoft', 'outlook'],
    ['app-eu1.hubspot.com', 'hubspot'],
    ['app-na2.hubspot.com', 'hubspot'],
    ['app-ap1.hubspot.com', 'hubspot'],
    ['www.hubspot.com', 'generic'],
  ])('%s → %s', (host, id) => {
    expect(adapterFor(host).id).toBe(id);
  });
});

describe("code editors' models", () => {
  it('reads CodeMirror 5, CodeMirror 6, Ace and Monaco from their models', async () => {
    const { readEditorModel } = await import('../lib/editor-models.ts');
    document.body.innerHTML =
      '<div class="CodeMirror" id="cm5"></div><div class="cm-editor" id="cm6"><div class="cm-content"></div></div><div class="ace_editor" id="ace"></div><div class="monaco-editor" id="mo"><textarea>x</textarea></div>';
    const el = (id: string) => document.getElementById(id)! as unknown as Record<string, unknown>;
    el('cm5')['CodeMirror'] = { getValue: () => 'cm5 text' };
    (document.querySelector('#cm6 .cm-content') as unknown as Record<string, unknown>)['cmView'] = { view: { state: { doc: { toString: () => 'cm6 text' } } } };
    el('ace')['env'] = { editor: { getValue: () => 'ace text' } };
    const monaco = { editor: { getEditors: () => [{ getDomNode: () => document.getElementById('mo'), getValue: () => 'monaco text' }] } };
    const win = Object.assign(window, { monaco });
    expect(['cm5', 'cm6', 'ace', 'mo'].map((id) => readEditorModel(document.getElementById(id)!, win))).toEqual([
      'cm5 text',
      'cm6 text',
      'ace text',
      'monaco text',
    ]);
    expect(readEditorModel(document.createElement('div'), window)).toBeUndefined();
  });

  it("an ESP's code editor is a draft of its own kind, never its hidden textarea", () => {
    document.body.innerHTML = '<div class="ace_editor"><textarea class="ace_text-input">&lt;p&gt;x</textarea></div>';
    const drafts = adapterFor('app.brevo.com').findDrafts(document);
    expect(drafts.map((d) => d.kind)).toEqual(['code']);
  });
});

describe('send buttons and raw views', () => {
  it("finds an ESP's Send and Schedule buttons by test id, not by label", () => {
    const { mailchimp } = { mailchimp: adapterFor('us1.admin.mailchimp.com') };
    document.body.innerHTML =
      '<button data-testid="campaign-send-button">Envoyer</button><button data-testid="schedule">Pianifica</button><button data-testid="sender-select">From</button>';
    expect([...document.querySelectorAll(mailchimp.sendSelector!)].map((b) => b.textContent)).toEqual(['Envoyer', 'Pianifica']);
  });

  it("Gmail's send row in any UI language: Send, Send & Archive and Schedule send, never the options arrow", () => {
    load('gmail-reply-de.html');
    const [draft] = gmail.findDrafts(document);
    expect([...draft!.container.querySelectorAll(gmail.sendSelector!)].map((b) => b.id)).toEqual(['send', 'send-archive', 'schedule']);
  });

  it("Outlook's Send by its test id (German UI), not the split button's arrow or Discard", () => {
    load('outlook-compose-de.html');
    const [draft] = outlook.findDrafts(document);
    expect(draft?.body.getAttribute('aria-label')).toBe('Nachrichtentext');
    expect([...draft!.container.querySelectorAll(outlook.sendSelector!)].map((b) => b.textContent)).toEqual(['Senden']);
  });

  it("Yahoo's Send by its test id (Italian UI)", () => {
    load('yahoo-compose-it.html');
    const [draft] = yahoo.findDrafts(document);
    expect(draft?.subject()).toBe('Novità di dicembre');
    expect([...draft!.container.querySelectorAll(yahoo.sendSelector!)].map((b) => b.textContent)).toEqual(['Invia']);
  });

  it("Yahoo's raw view: the browser's plain-text page of the message", () => {
    document.body.innerHTML = '<pre>From: a@example.com\nTo: b@example.org\nSubject: Hi\nMIME-Version: 1.0\n\nHello</pre>';
    expect(adapterFor('apis.mail.yahoo.com').findRaw?.(document, new URL('https://apis.mail.yahoo.com/ws/raw'))?.text).toContain('Subject: Hi');
  });
});
