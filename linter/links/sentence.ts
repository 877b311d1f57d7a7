// The sentence around a link: what "To unsubscribe, <a>click here</a>" says about an ambiguous link text.
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { BLOCKS, NON_RENDERED, isTag, isText, textOf } from '../dom.ts';

/** A sentence longer than this is cut: keeps the search linear on blocks without punctuation. */
const MAX_REACH = 400;

interface BlockText {
  text: string;
  /** For each character, 1 + index of the link it belongs to, or 0. */
  owner: Int32Array;
  spans: Map<Element, { id: number; start: number; end: number }>;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export class SentenceFinder {
  private readonly cache = new Map<ParentNode, BlockText>();
  private readonly isLink: (el: Element) => boolean;

  constructor(isLink: (el: Element) => boolean) {
    this.isLink = isLink;
  }

  /** The sentence holding `link` inside its nearest block; other links' text counts as a break. */
  around(link: Element): string | undefined {
    const block = this.blockText(blockOf(link));
    const span = block.spans.get(link);
    if (!span) return undefined;
    let { start, end } = this.segment(block, span);
    // A link that is its whole sentence ("…notre part ? <a>Cliquer ici</a>") takes the sentence before or after it.
    if (!this.hasWords(block.text, start, span.start) && !this.hasWords(block.text, span.end, end)) {
      const p = this.previousNonSpace(block.text, start - 1);
      const before = block.text[p];
      if (p >= 0 && block.owner[p] === 0 && (isWordChar(before) || before === '?' || before === ':' || before === ',')) {
        start = this.segment(block, { id: span.id, start: p, end: p }).start;
      } else if (end < block.text.length && block.text[end] === '\n') {
        end = this.segment(block, { id: span.id, start: end + 1, end: end + 1 }).end;
      }
    }
    return block.text.slice(start, end);
  }

  private segment(block: BlockText, span: { id: number; start: number; end: number }): { start: number; end: number } {
    const { text, owner } = block;
    const other = (i: number): boolean => owner[i] !== 0 && owner[i] !== span.id;
    let start = span.start;
    while (start > 0 && span.start - start < MAX_REACH && !isBreak(text, start - 1) && !other(start - 1)) start--;
    let end = span.end;
    while (end < text.length && end - span.end < MAX_REACH && !isBreak(text, end) && !other(end)) end++;
    return { start, end };
  }

  private hasWords(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (isWordChar(text[i])) return true;
    return false;
  }

  /** Index of the last non-space character at or before `i` (line breaks are spaces here), or -1. */
  private previousNonSpace(text: string, i: number): number {
    while (i >= 0 && /\s/.test(text[i]!)) i--;
    return i;
  }

  private blockText(block: ParentNode): BlockText {
    let cached = this.cache.get(block);
    if (cached) return cached;
    let text = '';
    const spans: BlockText['spans'] = new Map();
    const ranges: { id: number; start: number; end: number }[] = [];
    // Explicit enter/exit walk, so nested blocks end their sentence on both sides.
    const stack: { node: AnyNode; exit: boolean }[] = [];
    for (let i = block.children.length - 1; i >= 0; i--) stack.push({ node: block.children[i]!, exit: false });
    while (stack.length > 0) {
      const { node, exit } = stack.pop()!;
      if (isText(node)) {
        text += node.data;
        continue;
      }
      if (!isTag(node)) continue;
      if (exit || node.name === 'br') {
        text += '\n';
        continue;
      }
      if (NON_RENDERED.has(node.name)) continue;
      if (this.isLink(node)) {
        text += ' ';
        const span = { id: ranges.length + 1, start: text.length, end: 0 };
        text += textOf(node);
        span.end = text.length;
        text += ' ';
        ranges.push(span);
        spans.set(node, span);
        continue;
      }
      if (BLOCKS.has(node.name)) {
        text += '\n';
        stack.push({ node, exit: true });
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
    }
    const owner = new Int32Array(text.length);
    for (const r of ranges) owner.fill(r.id, r.start, r.end);
    cached = { text, owner, spans };
    this.cache.set(block, cached);
    return cached;
  }
}

function isBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '|' || c === '·' || c === '•') return true;
  if (c === '.' || c === '!' || c === '?' || c === ';') {
    const next = text[i + 1];
    return next === undefined || /\s/.test(next);
  }
  return false;
}

function blockOf(el: Element): ParentNode {
  if (!el.parent) return el;
  let p: ParentNode = el.parent;
  while (p.parent) {
    if (isTag(p) && BLOCKS.has(p.name)) return p;
    p = p.parent;
  }
  return p;
}
