// The visible text of a document as blocks, each character mapped back to its source offset, so a rule
// that finds a phrase ("allow up to 30 days") can underline exactly that phrase.
import type { AnyNode, Document } from 'domhandler';
import { BLOCKS, isTag, isText } from '../dom.ts';

export { normalizeWithMap, normalizeSpan } from './normalize.ts';
export { sentencesOf, sentenceRange, sentenceQuote, sentenceOverlaps, type Sentence } from './sentences.ts';

const NON_RENDERED = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'mj-head', 'mj-style']);
/** Blocks that bound a text chunk: HTML blocks, plus MJML containers when linting MJML source. */
const CHUNK_BLOCKS = new Set([...BLOCKS, 'mj-text', 'mj-column', 'mj-section', 'mj-wrapper', 'mj-hero', 'mj-body', 'mj-button', 'button']);
const WORD = /[\p{L}\p{N}]/u;

/** A run of visible text between block boundaries (`<br>` is a line break inside it). */
export interface Chunk {
  /** Decoded text as written (entities decoded, whitespace not collapsed). */
  text: string;
  /** Source offset of each character of `text`. */
  offsets: ArrayLike<number>;
}

/** Source offsets of the characters of a document's text, in one growing buffer. */
class OffsetBuffer {
  data = new Int32Array(4096);
  length = 0;

  reserve(n: number): void {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  push(offset: number): void {
    this.reserve(1);
    this.data[this.length++] = offset;
  }

  /** Offsets of a text node's decoded data, aligned with its raw source slice (entities make them differ). */
  pushAligned(data: string, raw: string | undefined, base: number, rawLength: number): void {
    this.reserve(data.length);
    const out = this.data;
    let at = this.length;
    this.length += data.length;
    if (raw === undefined) {
      for (let i = 0; i < data.length; i++) out[at++] = base + i;
      return;
    }
    let j = 0;
    let i = 0;
    while (i < data.length) {
      if (raw.charCodeAt(j) === 38 /* & */ && (data.charCodeAt(i) !== 38 || raw.startsWith('&amp;', j))) {
        const semi = raw.indexOf(';', j);
        if (semi > j && semi - j <= 32) {
          out[at++] = base + j;
          i++;
          // An entity for a character outside the BMP decodes to two UTF-16 units.
          if (i < data.length && isLowSurrogate(data.charCodeAt(i))) {
            out[at++] = base + j;
            i++;
          }
          j = semi + 1;
          continue;
        }
      }
      out[at++] = base + Math.min(j, Math.max(0, rawLength - 1));
      i++;
      j++;
    }
  }
}

const isLowSurrogate = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Several rules read the same document's chunks: computed once per parsed tree. */
const chunkCache = new WeakMap<Document, { source: string; chunks: Chunk[] }>();

/** What the walk does when it pops a stack entry: visit the node, or leave a block or a link. */
const VISIT = 0;
const LEAVE_BLOCK = 1;
const LEAVE_LINK = 2;
type Step = typeof VISIT | typeof LEAVE_BLOCK | typeof LEAVE_LINK;

/**
 * Splits the visible text of a document into chunks at block boundaries. Links that follow each other with
 * nothing but spaces or punctuation between them ("Unsubscribe  Log in") are a menu, not a sentence: a
 * line break is put between them.
 */
export function textChunks(root: Document, source: string): Chunk[] {
  const cached = chunkCache.get(root);
  if (cached && cached.source === source) return cached.chunks;
  const chunks: Chunk[] = [];
  const offsets = new OffsetBuffer();
  let text = '';
  let chunkStart = 0;
  let hasWord = false;
  /** A link ended in this chunk, and no letter or digit came after it yet. */
  let linkEnded = false;
  let wordSinceLink = false;
  const append = (data: string) => {
    text += data;
    if (WORD.test(data)) {
      hasWord = true;
      wordSinceLink = true;
    }
  };
  const flush = () => {
    if (hasWord) {
      chunks.push({ text, offsets: offsets.data.slice(chunkStart, offsets.length) });
      chunkStart = offsets.length;
    } else {
      offsets.length = chunkStart; // a chunk without letters or digits is dropped
    }
    text = '';
    hasWord = false;
    linkEnded = false;
  };
  // Explicit stack (templates nest deeper than the call stack): a node, or the exit of a block or link.
  const nodes: AnyNode[] = [];
  const steps: Step[] = [];
  const pushChildren = (children: readonly AnyNode[]) => {
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]!);
      steps.push(VISIT);
    }
  };
  pushChildren(root.children);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const step = steps.pop()!;
    if (step === LEAVE_BLOCK) {
      flush();
      continue;
    }
    if (step === LEAVE_LINK) {
      linkEnded = true;
      wordSinceLink = false;
      continue;
    }
    if (isText(node)) {
      const data = node.data;
      const start = node.startIndex;
      const end = node.endIndex;
      if (start != null && end != null) {
        const from = Math.min(start, source.length);
        const rawLength = Math.max(0, Math.min(end + 1, source.length) - from);
        offsets.pushAligned(data, rawLength === data.length ? undefined : source.slice(start, end + 1), start, rawLength);
      } else {
        offsets.pushAligned(data, undefined, start ?? 0, data.length);
      }
      append(data);
      continue;
    }
    if (!isTag(node)) continue;
    if (NON_RENDERED.has(node.name)) continue;
    if (node.name === 'br') {
      text += '\n';
      offsets.push(node.startIndex ?? 0);
      continue;
    }
    if (CHUNK_BLOCKS.has(node.name)) {
      flush();
      nodes.push(node);
      steps.push(LEAVE_BLOCK);
    } else if (node.attribs.href !== undefined) {
      if (linkEnded && !wordSinceLink) {
        text += '\n';
        offsets.push(node.startIndex ?? 0);
      }
      nodes.push(node);
      steps.push(LEAVE_LINK);
    }
    pushChildren(node.children);
  }
  flush();
  chunkCache.set(root, { source, chunks });
  return chunks;
}

/** Chunks of a plain-text body: paragraphs separated by blank lines; offsets relative to `base`. */
export function plainTextChunks(text: string, base = 0): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    const t = text.slice(from, to);
    if (!WORD.test(t)) return;
    const offsets = new Int32Array(t.length);
    for (let i = 0; i < t.length; i++) offsets[i] = base + from + i;
    chunks.push({ text: t, offsets });
  };
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10 && blankLineFollows(text, i)) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, text.length);
  return chunks;
}

/** Is the newline at `i` followed, within 39 characters, by spaces, tabs or CRs and another newline? */
function blankLineFollows(text: string, i: number): boolean {
  const limit = Math.min(text.length, i + 40);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return false;
}
