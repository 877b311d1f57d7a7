// One walk of the parsed tree collects what several parts of the engine read: every element (the style resolver,
// directives, rules), the link candidates and the rendered text around them (the opt-out link finder), and the
// declared language and the first stretch of visible text (language detection). Each used to walk the tree itself.
import type { Document, Element, Text, AnyNode } from 'domhandler';
import { NON_RENDERED, isTag, isText, rememberElements } from './dom.ts';

/** Elements whose `lang` declares the email's language. */
const ROOT_ELEMENTS = new Set(['html', 'mjml']);
/** Enough text to judge the language; templates can be huge. */
const LANGUAGE_SAMPLE_CHARS = 20_000;

export interface DocumentWalk {
  /** Every element, in document order. */
  readonly elements: readonly Element[];
  /** Link candidates and the rendered text nodes outside them, in document order (nothing inside either). */
  readonly linkItems: readonly (Element | Text)[];
  /** `lang` (or `xml:lang`) of the first `<html>` / `<mjml>` that has one, as written. */
  readonly declaredLang: string | undefined;
  /** Rendered text, each node after a space, up to LANGUAGE_SAMPLE_CHARS. */
  readonly visibleText: string;
}

/** State bits of a node on the walk's stack. */
const HIDDEN = 1;
const IN_LINK = 2;

export function walkDocument(root: Document, isLinkCandidate: (el: Element) => boolean): DocumentWalk {
  const elements: Element[] = [];
  const linkItems: (Element | Text)[] = [];
  let declaredLang: string | undefined;
  let visibleText = '';
  const nodes: AnyNode[] = [];
  const states: number[] = [];
  const pushChildren = (children: readonly AnyNode[], state: number) => {
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]!);
      states.push(state);
    }
  };
  pushChildren(root.children, 0);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    let state = states.pop()!;
    if (isTag(node)) {
      elements.push(node);
      if (!(state & HIDDEN)) {
        if (NON_RENDERED.has(node.name)) state |= HIDDEN;
        else if (!(state & IN_LINK)) {
          if (declaredLang === undefined && ROOT_ELEMENTS.has(node.name)) declaredLang = (node.attribs.lang ?? node.attribs['xml:lang'])?.trim() || undefined;
          if (isLinkCandidate(node)) {
            linkItems.push(node);
            state |= IN_LINK;
          }
        }
      }
      if (node.children.length > 0) pushChildren(node.children, state);
    } else if (isText(node) && !(state & HIDDEN)) {
      if (!(state & IN_LINK)) linkItems.push(node);
      if (visibleText.length < LANGUAGE_SAMPLE_CHARS) visibleText += ` ${node.data}`;
    } else if ('children' in node && (node as Document).children.length > 0) {
      pushChildren((node as Document).children, state); // CDATA and the like
    }
  }
  rememberElements(root, elements);
  return { elements, linkItems, declaredLang, visibleText: visibleText.slice(0, LANGUAGE_SAMPLE_CHARS) };
}
