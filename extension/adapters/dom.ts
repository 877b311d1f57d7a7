// Small DOM helpers shared by the adapters (read-only).
import type { Draft } from './types.ts';
import { EDITOR_ROOTS } from '../lib/editor-models.ts';

/** The compose window: the closest ancestor that also holds a Send button (or a fallback selector). */
export function composeContainer(body: Element, containerSelector: string, sendSelector?: string): Element {
  const direct = body.closest(containerSelector);
  if (direct) return direct;
  if (sendSelector) {
    let el: Element | null = body.parentElement;
    for (let i = 0; el && i < 20; i++, el = el.parentElement) if (el.querySelector(sendSelector)) return el;
  }
  return body.parentElement ?? body;
}

export function inputValue(root: Element, selector: string): string | undefined {
  const el = root.querySelector(selector);
  if (!el) return undefined;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? undefined);
}

/** A same-origin iframe's document, or undefined when the page does not let us read it. */
function frameDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

function isEditableRoot(el: HTMLElement): boolean {
  if (!el.isContentEditable && el.getAttribute('contenteditable') === null) return false;
  const v = (el.getAttribute('contenteditable') ?? '').toLowerCase();
  if (v === 'false') return false;
  const parent = el.parentElement;
  return !(parent && parent.isContentEditable);
}

/** Contenteditable roots matching `selector` (not nested in another editable, not single-line fields). */
export function editableRoots(doc: Document | Element, selector = '[contenteditable]'): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(selector)].filter(
    (el) =>
      isEditableRoot(el) &&
      el.getAttribute('aria-multiline') !== 'false' &&
      el.getAttribute('role') !== 'combobox' &&
      !el.closest('optout-lint-panel') &&
      !el.closest(EDITOR_ROOTS), // a code editor's input surface: the editor is read from its model instead
  );
}

/** Iframes whose document is an editor: designMode on, or an editable body. */
export function editorFrames(doc: Document | Element, selector = 'iframe'): { frame: HTMLIFrameElement; body: HTMLElement }[] {
  const out: { frame: HTMLIFrameElement; body: HTMLElement }[] = [];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(selector)) {
    const d = frameDocument(frame);
    if (!d?.body) continue;
    if (d.designMode === 'on' || d.body.isContentEditable || d.body.getAttribute('contenteditable') === 'true') out.push({ frame, body: d.body });
  }
  return out;
}

const HTML_LIKE = /<(?:html|body|table|div|p|a|td|span)\b/i;

/** Code editors backed by a plain textarea holding the whole HTML. */
export function htmlTextareas(doc: Document | Element, selector = 'textarea'): HTMLTextAreaElement[] {
  return [...doc.querySelectorAll<HTMLTextAreaElement>(selector)].filter((t) => HTML_LIKE.test(t.value));
}

/**
 * Text boxes that are not an email on an ESP's pages: comments, notes, replies, chat, search, and the subject
 * and preheader fields. Named by what assistive technology and tests read (labels, placeholders, test ids).
 */
const NOT_A_DRAFT = /comment|note|reply|chat|search|subject|preheader|pre-header|caption|title/i;

export function isDraftBox(el: HTMLElement): boolean {
  const said = ['aria-label', 'placeholder', 'data-placeholder', 'data-testid', 'data-test-id', 'name', 'title'].map((a) => el.getAttribute(a) ?? '').join(' ');
  return !NOT_A_DRAFT.test(said);
}

/** Where block builders keep their blocks: a canvas named so by role, test id or label. */
export const CANVAS = '[data-testid*="canvas" i], [data-test-id*="canvas" i], [aria-label*="canvas" i], [role="document"][aria-label*="email" i]';

/**
 * Contenteditable roots as drafts: the blocks of one canvas (the `canvas` selector, else their nearest common
 * ancestor below <body>) are one draft, checked as one email; a lone root is a draft of its own.
 */
export function blockDrafts(roots: readonly HTMLElement[], canvas = CANVAS): Draft[] {
  const groups = new Map<Element, HTMLElement[]>();
  const alone: HTMLElement[] = [];
  for (const root of roots) {
    const holder = root.parentElement?.closest(canvas);
    if (holder) groups.set(holder, [...(groups.get(holder) ?? []), root]);
    else alone.push(root);
  }
  // Several roots in one document with no named canvas: their common ancestor, unless that is the page itself.
  const byDoc = new Map<Document, HTMLElement[]>();
  for (const root of alone) byDoc.set(root.ownerDocument, [...(byDoc.get(root.ownerDocument) ?? []), root]);
  const single: HTMLElement[] = [];
  for (const list of byDoc.values()) {
    const common = list.length > 1 ? commonAncestor(list) : undefined;
    if (common && common !== common.ownerDocument.body && common !== common.ownerDocument.documentElement) groups.set(common, list);
    else single.push(...list);
  }
  const drafts: Draft[] = single.map((body) => ({
    kind: 'contenteditable',
    body,
    container: body.parentElement ?? body,
    anchor: body,
    subject: () => undefined,
  }));
  for (const [holder, blocks] of groups) {
    const body = holder as HTMLElement;
    drafts.push({ kind: 'blocks', body, blocks, container: body.parentElement ?? body, anchor: body, subject: () => undefined });
  }
  return drafts;
}

function commonAncestor(nodes: readonly Element[]): Element | undefined {
  let common: Element | null = nodes[0]!.parentElement;
  while (common && !nodes.every((n) => common!.contains(n))) common = common.parentElement;
  return common ?? undefined;
}

/** Drafts any editor exposes: iframe editors first, then contenteditable roots (blocks of one canvas together), then HTML textareas. */
export function genericDrafts(doc: Document, scope: Document | Element = doc): Draft[] {
  const drafts: Draft[] = [];
  for (const { frame, body } of editorFrames(scope)) {
    drafts.push({ kind: 'iframe', body, frame, container: frame.parentElement ?? frame, anchor: frame, subject: () => undefined });
  }
  drafts.push(...blockDrafts(editableRoots(scope).filter(isDraftBox)));
  for (const body of htmlTextareas(scope)) {
    drafts.push({ kind: 'textarea', body, container: body.parentElement ?? body, anchor: body, subject: () => undefined });
  }
  return drafts;
}

export function hostIs(hostname: string, ...hosts: string[]): boolean {
  const h = hostname.toLowerCase();
  return hosts.some((x) => (x.startsWith('*.') ? h === x.slice(2) || h.endsWith(x.slice(1)) : h === x));
}

/** Text that starts like an RFC 5322 message: header lines, then a blank line. */
export function looksLikeRawMessage(text: string): boolean {
  const head = text.slice(0, 20_000);
  const blank = head.search(/\r?\n\r?\n/);
  if (blank < 0) return false;
  const names = head
    .slice(0, blank)
    .split(/\r?\n/)
    .filter((l) => /^[A-Z][A-Z0-9-]*:/i.test(l))
    .map((l) => l.slice(0, l.indexOf(':')).toLowerCase());
  return names.includes('from') && (names.includes('mime-version') || names.includes('received') || names.includes('subject') || names.includes('to'));
}
