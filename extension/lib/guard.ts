// Pre-send guard: pressing Send (or Ctrl/⌘+Enter) on a draft with error findings asks first. The whole
// pointer gesture on the Send button is held back; when the user confirms it is replayed on the button.
import type { Finding } from './protocol.ts';
import { plainWords, t } from './i18n.ts';

export interface GuardTarget {
  /** The compose window containing this Send button or draft, if any. */
  container: Element;
  body: Element;
  errors(): Finding[];
}

export interface GuardOptions {
  sendSelector: string;
  enabled(): boolean;
  targets(): Iterable<GuardTarget>;
  confirm?: (message: string) => boolean;
}

const HELD = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;

function confirmMessage(errors: readonly Finding[]): string {
  const lines = errors.map((f) => `• ${plainWords(f)} (${f.ruleId})`);
  return t('guardConfirm', lines.join('\n'));
}

export function installGuard(win: Window, opts: GuardOptions): () => void {
  const ask = opts.confirm ?? ((m: string) => win.confirm(m));
  let replaying = false;

  const targetOf = (node: EventTarget | null): { button?: Element; target: GuardTarget } | undefined => {
    const n = node as Node | null;
    if (!n || typeof n.nodeType !== 'number') return undefined;
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    const button = el?.closest(opts.sendSelector) ?? undefined;
    const all = [...opts.targets()];
    if (button) {
      const target = all.find((g) => g.container.contains(button)) ?? (all.length === 1 ? all[0] : undefined);
      return target ? { button, target } : undefined;
    }
    const target = all.find((g) => g.body.contains(el ?? null));
    return target ? { target } : undefined;
  };

  const blocked = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const onHeld = (e: Event) => {
    if (replaying || !opts.enabled()) return;
    const hit = targetOf(e.target);
    if (hit?.button && hit.target.errors().length > 0) blocked(e);
  };

  const onClick = (e: MouseEvent) => {
    if (replaying || !opts.enabled()) return;
    const hit = targetOf(e.target);
    if (!hit?.button) return;
    const errors = hit.target.errors();
    if (errors.length === 0) return;
    blocked(e);
    if (ask(confirmMessage(errors))) replay(hit.button);
  };

  const onKey = (e: KeyboardEvent) => {
    if (replaying || !opts.enabled()) return;
    const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
    const onButton = e.key === 'Enter' || e.key === ' ';
    if (!shortcut && !onButton) return;
    const hit = targetOf(e.target);
    if (!hit || (!shortcut && !hit.button)) return;
    const errors = hit.target.errors();
    if (errors.length === 0) return;
    // A synchronous confirm: when the user says yes the key event simply goes on to the page.
    if (!ask(confirmMessage(errors))) blocked(e);
  };

  const replay = (button: Element) => {
    replaying = true;
    try {
      const init = { bubbles: true, cancelable: true, composed: true, view: win, button: 0 };
      const Pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
      button.dispatchEvent(new Pointer('pointerdown', init));
      button.dispatchEvent(new MouseEvent('mousedown', init));
      button.dispatchEvent(new Pointer('pointerup', init));
      button.dispatchEvent(new MouseEvent('mouseup', init));
      button.dispatchEvent(new MouseEvent('click', init));
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
