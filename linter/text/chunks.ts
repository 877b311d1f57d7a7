// The visible text of a document as blocks, each character mapped back to its source offset, so a rule
// that finds a phrase ("allow up to 30 days") can underline exactly that phrase.
import type { AnyNode, Document } from 'domhandler';
import { BLOCKS, NON_RENDERED, isTag, isText } from '../dom.ts';
import { OffsetRunBuilder, type OffsetRuns } from './offsets.ts';

/** Blocks that bound a text chunk: the blocks, plus buttons (a button's label is a text of its own). */
const CHUNK_BLOCKS = new Set([...BLOCKS, 'mj-button', 'button']);
const WORD = /[\p{L}\p{N}]/u;

/** A run of visible text between block boundaries (`<br>` is a line break inside it). */
export interface Chunk {
  /** Decoded text as written (entities decoded, whitespace not collapsed). */
  text: string;
  /** Source offset of each character of `text`. */
  offsets: ArrayLike<number>;
  /** The smallest and largest of `offsets`, when known. */
  span?: { min: number; max: number };
  /** `offsets[i]`, for chunks that build `offsets` lazily. */
  offsetAt?(i: number): number | undefined;
}

/** Source offset of character `i` of a chunk (undefined outside it). */
export function offsetAt(chunk: Chunk, i: number): number | undefined {
  return chunk.offsetAt ? chunk.offsetAt(i) : chunk.offsets[i];
}

/** A chunk of a parsed document: its offsets are built from runs when first asked for. */
class TextChunk implements Chunk {
  private readonly runs: OffsetRuns;
  private cachedOffsets: Int32Array | undefined;

  constructor(
    readonly text: string,
    runs: OffsetRuns,
    readonly span: { min: number; max: number },
  ) {
    this.runs = runs;
  }

  get offsets(): ArrayLike<number> {
    this.cachedOffsets ??= this.runs.toArray();
    return this.cachedOffsets;
  }

  offsetAt(i: number): number | undefined {
    return this.cachedOffsets ? this.cachedOffsets[i] : this.runs.at(i);
  }
}

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
  const chunks: Chunk[] = [];
  const offsets = new OffsetRunBuilder();
  let text = '';
  let hasWord = false;
  /** A link ended in this chunk; `wordSinceLink`: a letter or digit came after it. */
  let linkEnded = false;
  let wordSinceLink = false;
  const append = (data: string) => {
    text += data;
    // Only tested while the answer matters: until the chunk has a word, and right after a link.
    if ((!hasWord || (linkEnded && !wordSinceLink)) && WORD.test(data)) {
      hasWord = true;
      wordSinceLink = true;
    }
  };
  const flush = () => {
    if (hasWord) {
      const span = { min: offsets.min, max: offsets.max };
      chunks.push(new TextChunk(text, offsets.take(), span));
    } else {
      offsets.reset(); // a chunk without letters or digits is dropped
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
        offsets.addText(data, source, start, Math.max(0, Math.min(end + 1, source.length) - from));
      } else {
        offsets.addText(data, data, start ?? 0, data.length);
      }
      append(data);
      continue;
    }
    if (!isTag(node)) continue;
    if (NON_RENDERED.has(node.name)) continue;
    if (node.name === 'br') {
      text += '\n';
      offsets.addOne(node.startIndex ?? 0);
      continue;
    }
    if (CHUNK_BLOCKS.has(node.name)) {
      flush();
      nodes.push(node);
      steps.push(LEAVE_BLOCK);
    } else if (node.attribs.href !== undefined) {
      if (linkEnded && !wordSinceLink) {
        text += '\n';
        offsets.addOne(node.startIndex ?? 0);
      }
      nodes.push(node);
      steps.push(LEAVE_LINK);
    }
    pushChildren(node.children);
  }
  flush();
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
    chunks.push({ text: t, offsets, span: { min: base + from, max: base + from + t.length - 1 } });
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
