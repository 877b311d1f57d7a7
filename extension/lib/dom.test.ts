// Snapshot, panel, guard and the debounced re-check, in happy-dom.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotDraft } from './snapshot.ts';
import { mountPanel } from './panel.ts';
import { installGuard } from './guard.ts';
import { watchPage, RECHECK_DELAY_MS, type MountedPanel } from './watcher.ts';
import { lintRequest } from './engine.ts';
import { resolveSettings } from './settings-config.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { useLocale } from './test-support.ts';
import type { Draft } from '../adapters/types.ts';
import type { Finding, LintReport } from './protocol.ts';
import { gmail } from '../adapters/gmail.ts';
import { adapterFor } from '../adapters/index.ts';

beforeEach(() => {
  useLocale('en');
  document.body.innerHTML = '';
});
afterEach(() => vi.useRealTimers());

const draftOf = (body: HTMLElement): Draft => ({ kind: 'contenteditable', body, container: body.parentElement!, anchor: body, subject: () => undefined });

describe('snapshotDraft', () => {
  it('stamps a clone, never the draft, and maps stamps back to live elements', () => {
    document.body.innerHTML = '<div id="d" contenteditable="true"><p>Hi <a href="#">x</a></p></div>';
    const body = document.getElementById('d')!;
    const before = body.outerHTML;
    const snap = snapshotDraft(draftOf(body));
    expect(body.outerHTML).toBe(before);
    expect(snap.html).toContain('<p data-optout-i="0">Hi <a href="#" data-optout-i="1">x</a></p>');
    expect(snap.elements[1]).toBe(body.querySelector('a'));
  });
});

describe('snapshotDraft of a block builder canvas', () => {
  it("is the whole canvas, blocks in order, without the builder's controls; the blocks are linted as one email", async () => {
    document.body.innerHTML =
      '<div id="canvas" data-testid="email-canvas"><div draggable="true"><div role="toolbar"><button>Delete</button></div><div contenteditable="true"><h1>Sale</h1></div></div>' +
      '<div draggable="true"><div contenteditable="true"><p>Shop Ltd, 1 Market Street, London SW1A 1AA. <a href="https://shop.example.com/unsubscribe">Unsubscribe</a></p></div></div>' +
      '<button>+ Add block</button></div>';
    const canvas = document.getElementById('canvas')!;
    const blocks = [...canvas.querySelectorAll<HTMLElement>('[contenteditable]')];
    const snap = snapshotDraft({ kind: 'blocks', body: canvas, blocks, container: document.body, anchor: canvas, subject: () => undefined });
    expect(snap.html).not.toMatch(/Delete|Add block|<button/);
    expect(snap.html.indexOf('Sale')).toBeLessThan(snap.html.indexOf('Unsubscribe'));
    const result = await lintRequest({ kind: 'html', text: snap.html, site: 'klaviyo' }, resolveSettings(DEFAULT_SETTINGS));
    expect(result.findings.map((f) => f.ruleId)).not.toContain('unsubscribe-link-present');
  });
});

const report = (findings: Finding[]): LintReport => {
  const errorCount = findings.filter((f) => f.severity === 2).length;
  return { status: errorCount ? 'fail' : 'pass', findings, errorCount, warningCount: findings.length - errorCount };
};
const F = (ruleId: string, messageId: string, message: string, severity: 1 | 2 = 2): Finding => ({ ruleId, messageId, message, severity, line: 1, column: 1 });

describe('panel', () => {
  it('sets data-status and data-rules and lists findings in plain words', () => {
    const host = document.createElement('optout-lint-panel');
    document.body.append(host);
    const view = mountPanel(host, host, 'Opt-out check', () => undefined);
    view.update(
      report([
        F('unsubscribe-link-present', 'missing', 'No opt-out link found.'),
        F('unsubscribe-link-text', 'ambiguous', 'x', 1),
        F('unsubscribe-link-text', 'ambiguous', 'y', 1),
      ]),
    );
    expect(host.dataset.status).toBe('fail');
    expect(host.dataset.rules).toBe('unsubscribe-link-present unsubscribe-link-text');
    expect(host.textContent).toContain('There is no unsubscribe link.');
    expect(host.dataset.checks).toBe('1');
    view.update({ ...report([]), engineMs: 12.5 });
    expect(host.dataset.status).toBe('pass');
    expect(host.dataset.rules).toBe('');
    expect(host.dataset.checks).toBe('2');
    expect(host.dataset.engineMs).toBe('12.5');
  });

  it('shows Italian when the browser UI is Italian', () => {
    useLocale('it');
    const host = document.createElement('div');
    mountPanel(host, host, 'x', () => undefined).update(report([F('unsubscribe-link-present', 'missing', 'No opt-out link found.')]));
    expect(host.textContent).toContain('Manca il link per disiscriversi');
    expect(host.textContent).toContain('1 errore da correggere prima di inviare.');
  });

  it("counts errors and warnings in the header, lists errors first, and keeps the engine's message one click away", () => {
    const host = document.createElement('div');
    mountPanel(host, host, 'x', () => undefined).update(
      report([
        F('unsubscribe-link-text', 'ambiguous', 'Opt-out link text "click here" does not say what it does.', 1),
        F('unsubscribe-link-visible', 'tiny', 'Opt-out link is too small to read: 6px text (minimum 10px).'),
        F('postal-address', 'missing', 'No postal address.', 1),
        F('unsubscribe-link-href', 'fragment', 'Opt-out link points to "#".'),
      ]),
    );
    expect(host.querySelector('.summary')!.textContent).toBe('2 errors, 2 warnings — fix the errors before sending.');
    expect([...host.querySelectorAll<HTMLElement>('button.finding')].map((b) => b.dataset.rule)).toEqual([
      'unsubscribe-link-visible',
      'unsubscribe-link-href',
      'unsubscribe-link-text',
      'postal-address',
    ]);
    const first = host.querySelector('li')!;
    expect(first.querySelector('button.finding')!.textContent).not.toContain('6px text'); // plain words on the button
    expect(first.querySelector('details.tech')!.textContent).toContain('Opt-out link is too small to read: 6px text'); // the engine's, folded
    mountPanel(host, host, 'x', () => undefined).update(report([F('postal-address', 'missing', 'No postal address.', 1)]));
    expect(host.querySelectorAll('.summary')[1]!.textContent).toBe('No errors, 1 warning.');
  });

  it('renders draft-derived text as text, never as markup', () => {
    const host = document.createElement('div');
    const onSelect = vi.fn();
    mountPanel(host, host, 'x', onSelect).update(report([F('future-rule', 'id', 'Link "<img src=x onerror=alert(1)>" is odd')]));
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
    (host.querySelector('button.finding') as HTMLElement).click();
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'future-rule' }));
  });
});

describe('pre-send guard', () => {
  const setup = (errors: Finding[], opts: { enabled?: boolean; stale?: { fresh: Finding[] } } = {}) => {
    document.body.innerHTML =
      '<div id="c"><input id="subject"><div id="b" contenteditable="true">x</div><div role="button" class="aoO" id="send">Send</div></div>';
    const sent = vi.fn();
    document.getElementById('send')!.addEventListener('mouseup', sent);
    let answer = false;
    const ask = vi.fn(async () => answer);
    const reveal = vi.fn();
    let stale = opts.stale !== undefined;
    const stop = installGuard(window, {
      sendSelector: gmail.sendSelector!,
      enabled: () => opts.enabled ?? true,
      ask,
      targets: () => [
        {
          container: document.getElementById('c')!,
          body: document.getElementById('b')!,
          errors: () => (stale ? errors : (opts.stale?.fresh ?? errors)),
          isStale: () => stale,
          fresh: async () => {
            stale = false;
            return opts.stale?.fresh ?? errors;
          },
          reveal,
        },
      ],
    });
    const press = () => {
      const send = document.getElementById('send')!;
      for (const type of ['mousedown', 'mouseup', 'click']) send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
    };
    const settle = () => new Promise((r) => setTimeout(r, 0));
    return { sent, ask, reveal, stop, press, settle, answer: (a: boolean) => (answer = a) };
  };

  it('holds Send and asks with the errors; "Fix it" keeps it unsent and shows the problem, "Send anyway" replays it', async () => {
    const missing = F('unsubscribe-link-present', 'missing', 'No opt-out link found.');
    const g = setup([missing]);
    g.press();
    await g.settle();
    expect(g.ask).toHaveBeenCalledWith([missing]);
    expect(g.sent).not.toHaveBeenCalled();
    expect(g.reveal).toHaveBeenCalledWith(missing);
    g.answer(true);
    g.press();
    await g.settle();
    expect(g.sent).toHaveBeenCalledTimes(1);
    g.stop();
  });

  it('Ctrl+Enter from another field of the compose window (the subject) is guarded too', async () => {
    const g = setup([F('unsubscribe-link-present', 'missing', 'x')]);
    const key = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    document.getElementById('subject')!.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);
    await g.settle();
    expect(g.ask).toHaveBeenCalledTimes(1);
    g.stop();
  });

  it('a draft changed since its last check is checked again at Send: fixed meanwhile, it goes without asking', async () => {
    const g = setup([F('unsubscribe-link-present', 'missing', 'x')], { stale: { fresh: [] } });
    g.press();
    await g.settle();
    expect(g.ask).not.toHaveBeenCalled();
    expect(g.sent).toHaveBeenCalledTimes(1);
    g.stop();
  });

  it('lets Send through without errors, or when the setting is off', async () => {
    const clean = setup([]);
    clean.press();
    expect(clean.ask).not.toHaveBeenCalled();
    expect(clean.sent).toHaveBeenCalledTimes(1);
    clean.stop();
    const off = setup([F('unsubscribe-link-present', 'missing', 'x')], { enabled: false });
    off.press();
    expect(off.ask).not.toHaveBeenCalled();
    expect(off.sent).toHaveBeenCalledTimes(1);
    off.stop();
  });

  it('the in-page dialog lists the errors in plain words; Escape means "Fix it"', async () => {
    const { askInPage } = await import('./guard-dialog.ts');
    const answer = askInPage(document, [F('unsubscribe-link-present', 'missing', 'No opt-out link found.')]);
    const host = document.querySelector('optout-lint-dialog')!;
    expect(host.shadowRoot!.textContent).toContain('There is no unsubscribe link.');
    expect(host.shadowRoot!.querySelector('button.send')!.textContent).toBe('Send anyway');
    host.shadowRoot!.querySelector('.box')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await answer).toBe(false);
    expect(document.querySelector('optout-lint-dialog')).toBeNull();
  });
});

describe('pre-send guard with drafts in other frames', () => {
  it("holds the page's Send on the frames' errors, checked at Send; a shortcut typed elsewhere is not theirs", async () => {
    document.body.innerHTML = '<input id="search"><button data-testid="campaign-send-button" id="send">Send</button>';
    const sent = vi.fn();
    document.getElementById('send')!.addEventListener('click', sent);
    let frameErrors = [F('unsubscribe-link-present', 'missing', 'No opt-out link found.')];
    const check = vi.fn(async () => frameErrors);
    const ask = vi.fn(async () => false);
    const watcher = watchPage(
      {
        adapter: adapterFor('www.klaviyo.com'),
        doc: document,
        url: new URL('https://www.klaviyo.com/'),
        lint: () => Promise.reject(new Error('no draft in this frame')),
        reportStatus: () => undefined,
        settings: () => DEFAULT_SETTINGS,
        mountPanel: () => Promise.reject(new Error('no draft in this frame')),
        ask,
        frames: { present: () => true, check },
      },
      { observe: false },
    );
    const settle = () => new Promise((r) => setTimeout(r, 0));
    document.getElementById('send')!.click();
    await settle();
    expect(check).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith(frameErrors);
    expect(sent).not.toHaveBeenCalled();
    const key = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    document.getElementById('search')!.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    frameErrors = [];
    document.getElementById('send')!.click();
    await settle();
    expect(check).toHaveBeenCalledTimes(2);
    expect(sent).toHaveBeenCalledTimes(1);
    watcher.dispose();
  });
});

describe('watcher', () => {
  it('re-checks on input, debounced, and updates the panel', async () => {
    document.body.innerHTML = '<div role="dialog"><div id="b" contenteditable="true" g_editable="true"><div>Big sale</div></div></div>';
    const config = resolveSettings(DEFAULT_SETTINGS);
    const lint = vi.fn((req: Parameters<typeof lintRequest>[0]) => lintRequest(req, config));
    const updates: (LintReport | 'checking')[] = [];
    const statuses: string[] = [];
    const watcher = watchPage(
      {
        adapter: gmail,
        doc: document,
        url: new URL('https://mail.google.com/'),
        lint,
        reportStatus: (u) => statuses.push(u.report.status),
        settings: () => DEFAULT_SETTINGS,
        mountPanel: async (): Promise<MountedPanel> => ({ view: { update: (r) => updates.push(r), expand: () => undefined }, remove: () => undefined }),
      },
      { observe: false },
    );
    await watcher.scan();
    expect(lint).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual(['fail']);
    const body = document.getElementById('b')!;
    for (const text of ['Unsub', 'Unsubscribe: ', 'Unsubscribe: https://x.example/unsubscribe']) {
      body.lastElementChild!.textContent = text;
      body.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await new Promise((r) => setTimeout(r, RECHECK_DELAY_MS + 200));
    expect(lint.mock.calls.length).toBeLessThanOrEqual(3); // one for the first scan, one or two after the burst
    expect(statuses.at(-1)).toBe('pass');
    watcher.dispose();
  });
});
