// A draft's HTML for the engine, taken from a clone so the draft itself is never touched. Every element of
// the clone is stamped with its index (`data-optout-i`), so findings can be traced to the live element.
import type { Draft } from '../adapters/types.ts';
import { STAMP } from './stamp.ts';

export interface Snapshot {
  html: string;
  /** Live elements by stamp index. */
  elements: Element[];
}

export function snapshotDraft(draft: Draft): Snapshot {
  if (draft.kind === 'textarea') {
    return { html: (draft.body as HTMLTextAreaElement).value, elements: [] };
  }
  if (draft.kind === 'code') return { html: '', elements: [] }; // the text comes from the editor's model (readText)
  const body = draft.body;
  const live = [...body.querySelectorAll('*')];
  const clone = body.cloneNode(true) as HTMLElement;
  const copies = clone.querySelectorAll('*');
  copies.forEach((el, i) => el.setAttribute(STAMP, String(i)));
  // A block builder's canvas holds its own controls around the blocks (toolbars, drag handles, "add block"
  // buttons): not part of the email. Links (<a>) are email content even when styled as buttons.
  if (draft.kind === 'blocks') for (const el of clone.querySelectorAll(BUILDER_CHROME)) el.remove();
  // An iframe editor's <head> carries the email's <style> blocks; a webmail editor's page styles are not part of the email.
  const head = draft.kind === 'iframe' ? headStyles(body.ownerDocument) : '';
  const lang = body.ownerDocument.documentElement.getAttribute('lang');
  const langAttr = draft.kind === 'iframe' && lang ? ` lang="${escapeAttr(lang)}"` : '';
  const html = `<!DOCTYPE html>\n<html${langAttr}><head>${head}</head><body>${clone.innerHTML}</body></html>`;
  return { html, elements: live };
}

const BUILDER_CHROME = 'button, [role="toolbar"], [role="menu"], [role="button"]:not(a), input, select, textarea, [draggable="true"] > [aria-hidden="true"]';

function headStyles(doc: Document): string {
  return [...(doc.head?.querySelectorAll('style') ?? [])].map((s) => s.outerHTML).join('');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
