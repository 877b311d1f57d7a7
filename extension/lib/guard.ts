// Pre-send guard: Send (a click, Enter or Space on the button, or Ctrl/⌘+Enter from any field of the compose
// window) on a draft with errors is held back, and an in-page dialog says what is wrong: "Fix it" shows the
// first problem in the draft, "Send anyway" replays the original action. A draft changed since its last check
// is checked again first, so the decision is never taken on a check that is out of date.
import type { Finding } from './protocol.ts';
import { askInPage } from './guard-dialog.ts';

export interface GuardTarget {
  /** The compose window containing this Send button or draft, if any. */
  container: Element;
  body: Element;
  errors(): Finding[];
  /** The draft changed since its last check (a check is due or running). */
  isStale?(): boolean;
  /** Checks the draft again now; resolves with its errors. */
  fresh?(): Promise<Finding[]>;
  /** Shows a finding in the draft ("Fix it"). */
  reveal?(finding: Finding): void;
  /**
   * Guarded for a Send button only, never for Ctrl/⌘+Enter: the drafts of other frames, whose page-wide
   * container would otherwise claim a shortcut typed in any field (and replay it as a click on Send).
   */
  buttonsOnly?: boolean;
}

export interface GuardOptions {
  sendSelector: string;
  enabled(): boolean;
  targets(): Iterable<GuardTarget>;
  /** Asks whether to send anyway; resolves true to send. Default: the in-page dialog. */
  ask?: (errors: readonly Finding[]) => Promise<boolean>;
}

const HELD = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;

type Action = { button: Element } | { shortcut: EventTarget; container: Element };

export function installGuard(win: Window, opts: GuardOptions): () => void {
  const ask = opts.ask ?? ((errors: readonly Finding[]) => askInPage(win.document, errors));
  let replaying = false;
  let deciding = false;

  const targetOf = (node: EventTarget | null, anywhereInCompose: boolean): { button?: Element; target: GuardTarget } | undefined => {
    const n = node as Node | null;
    if (!n || typeof n.nodeType !== 'number') return undefined;
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    const button = el?.closest(opts.sendSelector) ?? undefined;
    const all = [...opts.targets()];
    if (button) {
      const target = all.find((g) => g.container.contains(button)) ?? (all.length === 1 ? all[0] : undefined);
      // (Drafts of this page come first in `all`: a Send inside a compose window is that draft's.)
      return target ? { button, target } : undefined;
    }
    const target = all.find((g) => !g.buttonsOnly && (g.body.contains(el ?? null) || (anywhereInCompose && g.container.contains(el ?? null))));
    return target ? { target } : undefined;
  };

  /** Held when it has errors, or when it changed since its last check (the check then decides). */
  const mustHold = (target: GuardTarget) => target.errors().length > 0 || target.isStale?.() === true;

  const blocked = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const decide = async (target: GuardTarget, action: Action) => {
    if (deciding) return;
    deciding = true;
    try {
      const errors = target.isStale?.() && target.fresh ? await target.fresh() : target.errors();
      if (errors.length === 0 || (await ask(errors))) replay(action);
      else if (errors[0]) target.reveal?.(errors[0]);
    } finally {
      deciding = false;
    }
  };

  const onHeld = (e: Event) => {
    if (replaying || !opts.enabled()) return;
    const hit = targetOf(e.target, false);
    if (hit?.button && mustHold(hit.target)) blocked(e);
  };

  const onClick = (e: MouseEvent) => {
    if (replaying || !opts.enabled()) return;
    const hit = targetOf(e.target, false);
    if (!hit?.button || !mustHold(hit.target)) return;
    blocked(e);
    void decide(hit.target, { button: hit.button });
  };

  const onKey = (e: KeyboardEvent) => {
    if (replaying || !opts.enabled()) return;
    const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
    const onButton = e.key === 'Enter' || e.key === ' ';
    if (!shortcut && !onButton) return;
    // Ctrl/⌘+Enter sends from any field of the compose window: the body, the subject, the recipients.
    const hit = targetOf(e.target, shortcut);
    if (!hit || (!shortcut && !hit.button) || !mustHold(hit.target)) return;
    blocked(e);
    void decide(hit.target, hit.button && !shortcut ? { button: hit.button } : { shortcut: e.target!, container: hit.target.container });
  };

  /** "Send anyway": the original action again, unguarded. */
  const replay = (action: Action) => {
    replaying = true;
    try {
      const button = 'button' in action ? action.button : action.container.querySelector(opts.sendSelector);
      if (button) {
        const init = { bubbles: true, cancelable: true, composed: true, view: win, button: 0 };
        const Pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
        button.dispatchEvent(new Pointer('pointerdown', init));
        button.dispatchEvent(new MouseEvent('mousedown', init));
        button.dispatchEvent(new Pointer('pointerup', init));
        button.dispatchEvent(new MouseEvent('mouseup', init));
        button.dispatchEvent(new MouseEvent('click', init));
      } else if ('shortcut' in action) {
        // No Send button to press: the shortcut again, where it was typed.
        const init = { key: 'Enter', code: 'Enter', ctrlKey: true, metaKey: false, bubbles: true, cancelable: true, composed: true };
        action.shortcut.dispatchEvent(new KeyboardEvent('keydown', init));
      }
    } finally {
      replaying = false;
    }
  };

  for (const type of HELD) win.addEventListener(type, onHeld, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);
  return () => {
    for (const type of HELD) win.removeEventListener(type, onHeld, true);
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
  };
}
