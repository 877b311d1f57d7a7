// HTML parsing with offsets, Outlook conditional comments, and iterative tree helpers.
import { Parser } from 'htmlparser2';
import { DomHandler, Element, Comment, Document, isTag, isText } from 'domhandler';
import type { AnyNode, ParentNode } from 'domhandler';
import type { Range } from './types.ts';

export { Element, isTag, isText };
export type { AnyNode, ParentNode };

/** Which family of mail clients renders a part of the document. */
export type ClientFamily = 'outlook' | 'others';

/** A `<!--[if mso]>…<![endif]-->` block (content only Outlook renders) or a `<!--[if !mso]><!-->…<!--<![endif]-->` block (content Outlook skips). */
export interface ConditionalBlock extends Range {
  /** The client family that renders the block's content. */
  onlyIn: ClientFamily;
  /** The condition as written, e.g. `mso`, `gte mso 9`, `!mso`. */
  condition: string;
}

export interface ParsedHtml {
  root: Document;
  conditionals: ConditionalBlock[];
  /** Ordinary comments (not conditional): their content is not part of the email. */
  comments: Comment[];
}

const PARSER_OPTIONS = {
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  decodeEntities: true,
  recognizeSelfClosing: false,
} as const;

/** A DomHandler that also lists the comments it creates, in document order (saves a walk of the tree). */
class CommentRecordingHandler extends DomHandler {
  readonly comments: Comment[] = [];

  override addNode(node: AnyNode): void {
    super.addNode(node);
    if (node.type === 'comment') this.comments.push(node as Comment);
  }
}

/** Parses a fragment with indices relative to `base` in the full text. */
function parseFragment(html: string, base: number): AnyNode[] {
  const handler = new DomHandler(undefined, { withStartIndices: true, withEndIndices: true });
  const parser = new Parser(handler, PARSER_OPTIONS);
  parser.end(html);
  const nodes = handler.root.children;
  if (base !== 0) {
    forEachNode(nodes, (n) => {
      if (n.startIndex != null) n.startIndex += base;
      if (n.endIndex != null) n.endIndex += base;
    });
  }
  return nodes;
}

/**
 * Parses HTML keeping start/end offsets. The content of Outlook-only conditional comments is parsed
 * and spliced into the tree in place of the comment (Outlook renders it), and recorded as a
 * conditional block so visibility can say "only rendered in Outlook".
 */
export function parseHtml(text: string): ParsedHtml {
  const depth = estimateNestingDepth(text);
  if (depth > MAX_NESTING_DEPTH) {
    // htmlparser2 keeps its open-element stack with unshift/shift: deep nesting is quadratic.
    throw new Error(`elements nest about ${depth} levels deep (limit ${MAX_NESTING_DEPTH}); no email needs that many`);
  }
  const handler = new CommentRecordingHandler(undefined, { withStartIndices: true, withEndIndices: true });
  const parser = new Parser(handler, PARSER_OPTIONS);
  parser.end(text);
  const root = handler.root;
  const conditionals: ConditionalBlock[] = [];
  const comments: Comment[] = [];
  let openNotMso: { start: number; condition: string } | undefined;

  // Comments were recorded in document order while the tree was built; rewrite them now (splicing
  // while walking would revisit nodes).
  for (const comment of handler.comments) {
    const data = comment.data;
    const start = comment.startIndex ?? 0;
    const end = (comment.endIndex ?? start) + 1;
    const downlevelOpen = /^\[if ([^\]]{1,200})\]><!$/.exec(data.trim());
    if (downlevelOpen) {
      openNotMso = { start, condition: downlevelOpen[1]!.trim() };
      continue;
    }
    if (data.trim() === '<![endif]') {
      if (openNotMso) {
        const condition = openNotMso.condition;
        conditionals.push({ start: openNotMso.start, end, onlyIn: familyOf(condition), condition });
        openNotMso = undefined;
      }
      continue;
    }
    const downlevelHidden = /^\[if ([^\]]{1,200})\]>/.exec(data);
    if (downlevelHidden) {
      const condition = downlevelHidden[1]!.trim();
      const innerStart = downlevelHidden[0].length;
      const endif = data.lastIndexOf('<![endif]');
      const inner = data.slice(innerStart, endif >= innerStart ? endif : data.length);
      // "<!--" is 4 characters before the comment data.
      const nodes = parseFragment(inner, start + 4 + innerStart);
      spliceReplace(comment, nodes);
      conditionals.push({ start, end, onlyIn: familyOf(condition), condition });
      continue;
    }
    comments.push(comment);
  }
  if (openNotMso) {
    conditionals.push({ start: openNotMso.start, end: text.length, onlyIn: familyOf(openNotMso.condition), condition: openNotMso.condition });
  }
  return { root, conditionals, comments };
}

const MAX_NESTING_DEPTH = 10_000;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Open minus closed tags, at most, over the text: a linear upper bound of the nesting depth. */
function estimateNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = text.indexOf('<'); i >= 0 && i < text.length - 1; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 47 /* / */) {
      if (depth > 0) depth--;
      continue;
    }
    if (!isAsciiLetter(next)) continue;
    let j = i + 2;
    while (j < text.length && j - i <= MAX_VOID_NAME_LENGTH && isTagNameCode(text.charCodeAt(j))) j++;
    // Only short names can be void elements: skip building the name for the rest.
    if (j - i - 1 <= MAX_VOID_NAME_LENGTH && (j >= text.length || !isTagNameCode(text.charCodeAt(j))) && VOID_ELEMENTS.has(text.slice(i + 1, j).toLowerCase()))
      continue;
    depth++;
    if (depth > max) max = depth;
  }
  return max;
}

const MAX_VOID_NAME_LENGTH = 6; // "source"

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[\w:-]`: letters, digits, `_`, `:` and `-`. */
function isTagNameCode(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 58) || c === 95 || c === 45;
}

/** `mso`, `gte mso 9`, `(mso)|(IE)`, `IE` → Outlook/old IE; `!mso`, `!IE` → everyone else. */
function familyOf(condition: string): ClientFamily {
  return condition.replace(/\s+/g, '').startsWith('!') ? 'others' : 'outlook';
}

function spliceReplace(node: AnyNode, replacement: AnyNode[]): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node);
  if (index < 0) return;
  for (const r of replacement) r.parent = parent;
  parent.children.splice(index, 1, ...replacement);
  // Repair sibling links for the spliced range.
  const from = Math.max(0, index - 1);
  const to = Math.min(parent.children.length - 1, index + replacement.length);
  for (let i = from; i <= to; i++) {
    const c = parent.children[i]!;
    c.prev = parent.children[i - 1] ?? null;
    c.next = parent.children[i + 1] ?? null;
  }
}

/** Depth-first, document order, iterative (templates can nest deeper than the call stack). */
export function forEachNode(nodes: readonly AnyNode[], visit: (node: AnyNode) => void | 'skip'): void {
  const stack: AnyNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === 'skip') continue;
    if ('children' in node && node.children.length > 0) {
      const children = (node as ParentNode).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}

const elementLists = new WeakMap<ParentNode, readonly Element[]>();

/** Hands `elements()` the list a walk already made (see walk.ts). */
export function rememberElements(root: ParentNode, list: readonly Element[]): void {
  elementLists.set(root, list);
}

/**
 * Every element under `root`, in document order. Memoised per root: several rules and the style resolver
 * ask for the same list, and a parsed tree is never changed after parseHtml.
 */
export function elements(root: ParentNode): readonly Element[] {
  const cached = elementLists.get(root);
  if (cached) return cached;
  const out: Element[] = [];
  forEachNode(root.children, (n) => {
    if (isTag(n)) out.push(n);
  });
  elementLists.set(root, out);
  return out;
}

/**
 * Elements whose content a reader never sees. The one list for every text walk; the MJML names matter where
 * MJML source is read as markup (a fragment before compile), and never occur in HTML.
 */
export const NON_RENDERED: ReadonlySet<string> = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'mj-head', 'mj-style']);

/** `textOf` of the elements asked about: the link finder, the sentence finder and the wording rule ask for the same links. */
const elementTexts = new WeakMap<AnyNode, string>();

/** The text a reader sees under a node (no style/script/head), whitespace collapsed. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return collapse(node.data);
  let text = elementTexts.get(node);
  if (text === undefined) {
    text = computeTextOf(node);
    elementTexts.set(node, text);
  }
  return text;
}

function computeTextOf(node: AnyNode): string {
  let out = '';
  forEachNode([node], (n) => {
    if (isTag(n) && NON_RENDERED.has(n.name)) return 'skip';
    if (isText(n)) out += n.data;
    else if (isTag(n) && (n.name === 'br' || BLOCKS.has(n.name))) out += ' ';
  });
  return collapse(out);
}

/** Elements that start a new block of text (a line break for a reader), HTML and MJML containers alike: the one list. */
export const BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'td',
  'th',
  'tr',
  'table',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'body',
  'center',
  'section',
  'footer',
  'header',
  'article',
  'blockquote',
  'address',
  'dd',
  'dt',
  'dl',
  'tbody',
  'thead',
  'mj-text',
  'mj-column',
  'mj-section',
  'mj-wrapper',
  'mj-hero',
  'mj-body',
]);

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Range of the element's start tag. */
export function startTagRange(el: Element, text: string): Range {
  const start = el.startIndex ?? 0;
  const gt = text.indexOf('>', start);
  const endOfElement = (el.endIndex ?? start) + 1;
  return { start, end: gt >= 0 && gt < endOfElement ? gt + 1 : endOfElement };
}

/** Range of the whole node. */
export function nodeRange(node: AnyNode): Range {
  const start = node.startIndex ?? 0;
  return { start, end: (node.endIndex ?? start) + 1 };
}
